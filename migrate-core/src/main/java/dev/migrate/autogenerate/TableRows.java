package dev.migrate.autogenerate;

/**
 * Whether a table of the database holds rows, which decides the risk of a change that existing
 * rows can make fail (a NOT NULL column without a default, a new unique key).
 */
@FunctionalInterface
public interface TableRows {

    /** Assumes every table holds rows, for a comparison without a database to ask. */
    TableRows ASSUME_ROWS = table -> true;

    /** Whether {@code table} (its name in the database) has at least one row. */
    boolean hasRows(String table);
}
