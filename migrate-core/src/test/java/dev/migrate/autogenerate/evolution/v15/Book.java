package dev.migrate.autogenerate.evolution.v15;

import dev.migrate.autogenerate.evolution.ThreeStatuses;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A book, unchanged in this step. */
@Entity
public class Book {

    @Id
    Long id;

    @Column(length = 100)
    String title;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    ThreeStatuses status;

    @ManyToOne
    @JoinColumn(name = "author_id", foreignKey = @ForeignKey(name = "fk_book_author"))
    Author author;
}
