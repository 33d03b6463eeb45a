package dev.migrate.autogenerate.evolution.v03;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Step 3: a longer name. */
@Entity
public class Author {

    @Id
    Long id;

    @Column(length = 100)
    String name;

    @Column(length = 200)
    String bio;

    @Column(length = 120)
    String email;
}
