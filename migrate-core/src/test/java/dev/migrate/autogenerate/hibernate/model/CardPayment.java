package dev.migrate.autogenerate.hibernate.model;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A subclass of a single-table hierarchy: its columns are nullable in the shared table. */
@Entity
@DiscriminatorValue("CARD")
public class CardPayment extends Payment {

    @Column(length = 4, nullable = false)
    String lastDigits;
}
