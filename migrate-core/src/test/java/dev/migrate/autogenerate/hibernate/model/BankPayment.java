package dev.migrate.autogenerate.hibernate.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** The other subclass of the single-table hierarchy. */
@Entity
@DiscriminatorValue("BANK")
public class BankPayment extends Payment {

    String iban;
}
