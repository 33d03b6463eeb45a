package dev.migrate.autogenerate.hibernate.model;

import jakarta.persistence.Entity;

/** A TABLE_PER_CLASS subclass. */
@Entity
public class Invoice extends Document {

    String dueTerms;
}
