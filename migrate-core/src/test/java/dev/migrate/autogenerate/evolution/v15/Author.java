package dev.migrate.autogenerate.evolution.v15;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Step 15: the table renamed to writer and name to full_name, in one step (with --rename). */
@Entity
@Table(name = "writer")
public class Author {

    @Id
    Long id;

    @Column(length = 100)
    String fullName;

    @Column(length = 80)
    String biography;

    @Column(length = 120)
    String email;
}
