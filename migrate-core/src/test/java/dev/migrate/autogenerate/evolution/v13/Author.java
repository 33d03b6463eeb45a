package dev.migrate.autogenerate.evolution.v13;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An author, unchanged in this step. */
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
