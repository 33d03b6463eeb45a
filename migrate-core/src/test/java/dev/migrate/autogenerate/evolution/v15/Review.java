package dev.migrate.autogenerate.evolution.v15;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** A review, unchanged in this step. */
@Entity
@Table(name = "book_review")
public class Review {

    @Id
    Long id;

    @ManyToOne(optional = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    @JoinColumn(name = "book_id", foreignKey = @ForeignKey(name = "fk_review_book"))
    Book book;

    int rating;

    @Column(length = 500)
    String comment;
}
