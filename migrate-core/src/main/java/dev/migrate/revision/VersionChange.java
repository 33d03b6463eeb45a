package dev.migrate.revision;

/**
 * One write to the version table, as Alembic's HeadMaintainer emits them: the table holds one row
 * per applied head, and every step inserts, updates or deletes exactly one row per change.
 */
public sealed interface VersionChange {

    /** A new head row: a base, or the start of a new branch. */
    record Insert(String revision) implements VersionChange {
    }

    /** A head moved along its line: {@code from} becomes {@code to}. */
    record Update(String from, String to) implements VersionChange {
    }

    /** A head row removed: merged into another, or downgraded past its base. */
    record Delete(String revision) implements VersionChange {
    }
}
