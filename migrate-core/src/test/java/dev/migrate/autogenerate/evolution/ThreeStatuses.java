package dev.migrate.autogenerate.evolution;

/** A book's status from step 9: {@link TwoStatuses} with a value added. */
public enum ThreeStatuses {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
