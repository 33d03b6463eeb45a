package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An assigned String key named {@code name}. */
@Entity
public class Setting {

    @Id
    @Column(length = 80)
    String name;

    @Column(length = 500)
    String content;

    Boolean secret;
}
