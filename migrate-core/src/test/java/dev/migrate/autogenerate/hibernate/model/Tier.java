package dev.migrate.autogenerate.hibernate.model;

/** Stored by ordinal. */
public enum Tier {
    BRONZE, SILVER, GOLD
}
