package dev.migrate.autogenerate.evolution.v07;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A review, unchanged in this step. */
@Entity
public class Review {

    @Id
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "book_id", foreignKey = @ForeignKey(name = "fk_review_book"))
    Book book;

    int rating;

    @Column(length = 500)
    String body;
}
