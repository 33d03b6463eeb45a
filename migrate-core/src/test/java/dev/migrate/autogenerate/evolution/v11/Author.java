package dev.migrate.autogenerate.evolution.v11;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Step 11: a shorter bio. */
@Entity
public class Author {

    @Id
    Long id;

    @Column(length = 100)
    String name;

    @Column(length = 80)
    String bio;

    @Column(length = 120)
    String email;
}
