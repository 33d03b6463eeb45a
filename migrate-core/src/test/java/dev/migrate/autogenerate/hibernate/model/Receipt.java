package dev.migrate.autogenerate.hibernate.model;

import jakarta.persistence.Entity;

/** Another TABLE_PER_CLASS subclass. */
@Entity
public class Receipt extends Document {

    String cashier;
}
