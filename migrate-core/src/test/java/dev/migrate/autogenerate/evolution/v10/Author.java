package dev.migrate.autogenerate.evolution.v10;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Step 10: the unique constraint on email dropped. */
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
