package dev.migrate.autogenerate.evolution.v06;

import dev.migrate.autogenerate.evolution.TwoStatuses;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A book, unchanged in this step. */
@Entity
@Table(indexes = @Index(name = "ix_book_title", columnList = "title"))
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
