package dev.migrate.autogenerate.hibernate.model;

/** Stored by name. */
public enum CustomerStatus {
    ACTIVE, SUSPENDED, CLOSED
}
