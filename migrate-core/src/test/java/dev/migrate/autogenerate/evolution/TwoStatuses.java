package dev.migrate.autogenerate.evolution;

/** A book's status before step 9: Hibernate maps it with a CHECK (a native ENUM on MariaDB and H2). */
public enum TwoStatuses {
    DRAFT,
    PUBLISHED
}
