package dev.migrate.autogenerate.evolution.v14;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Step 14: bio renamed to biography, without --rename. */
@Entity
public class Author {

    @Id
    Long id;

    @Column(length = 100)
    String name;

    @Column(length = 80)
    String biography;

    @Column(length = 120)
    String email;
}
