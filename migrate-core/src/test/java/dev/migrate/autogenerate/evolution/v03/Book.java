package dev.migrate.autogenerate.evolution.v03;

import dev.migrate.autogenerate.evolution.TwoStatuses;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A book, unchanged in this step. */
@Entity
public class Book {

    @Id
    Long id;

    @Column(length = 100)
    String title;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    TwoStatuses status;

    Long authorId;

    Integer pages;
}
