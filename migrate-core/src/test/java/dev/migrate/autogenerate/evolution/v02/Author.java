package dev.migrate.autogenerate.evolution.v02;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Step 2: an email column. */
@Entity
public class Author {

    @Id
    Long id;

    @Column(length = 50)
    String name;

    @Column(length = 200)
    String bio;

    @Column(length = 120)
    String email;
}
