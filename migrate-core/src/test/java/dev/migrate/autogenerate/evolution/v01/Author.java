package dev.migrate.autogenerate.evolution.v01;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An author: id, name, bio. */
@Entity
public class Author {

    @Id
    Long id;

    @Column(length = 50)
    String name;

    @Column(length = 200)
    String bio;
}
