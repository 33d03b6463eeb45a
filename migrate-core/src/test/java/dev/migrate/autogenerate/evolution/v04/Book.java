package dev.migrate.autogenerate.evolution.v04;

import dev.migrate.autogenerate.evolution.TwoStatuses;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** Step 4: title NOT NULL. */
@Entity
public class Book {

    @Id
    Long id;

    @Column(length = 100, nullable = false)
    String title;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    TwoStatuses status;

    Long authorId;

    Integer pages;
}
