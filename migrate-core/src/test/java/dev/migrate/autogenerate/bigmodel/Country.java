package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An assigned String id. */
@Entity
public class Country {

    @Id
    @Column(length = 2)
    String code;

    @Column(nullable = false, unique = true, length = 80)
    String name;

    Long population;
}
