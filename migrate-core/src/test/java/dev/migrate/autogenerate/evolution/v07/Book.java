package dev.migrate.autogenerate.evolution.v07;

import dev.migrate.autogenerate.evolution.TwoStatuses;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Step 7: the author id becomes a many-to-one with a foreign key. */
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

    @ManyToOne
    @JoinColumn(name = "author_id", foreignKey = @ForeignKey(name = "fk_book_author"))
    Author author;

    Integer pages;
}
