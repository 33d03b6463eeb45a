package dev.migrate.operations;

/** What {@link Operations#createTable} takes: columns and table constraints. */
public sealed interface TableElement permits Column, Constraint {
}
