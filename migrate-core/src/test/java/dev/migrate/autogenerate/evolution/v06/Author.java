package dev.migrate.autogenerate.evolution.v06;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** An author, unchanged in this step. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uq_author_email", columnNames = "email"))
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
