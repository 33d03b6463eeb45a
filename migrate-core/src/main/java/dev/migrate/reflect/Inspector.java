package dev.migrate.reflect;

import java.util.List;

/**
 * Questions about the live schema, for idempotent migration steps
 * ({@code if (!op.inspector().hasColumn("account", "email")) ...}). Names are compared the way
 * the database folds unquoted identifiers.
 */
public interface Inspector {

    /** Table names of the current schema. */
    List<String> tables();

    boolean hasTable(String table);

    /** Column names of a table, in order. */
    List<String> columns(String table);

    boolean hasColumn(String table, String column);

    boolean hasIndex(String table, String index);

    /** Whether a named constraint (primary key, unique, foreign key or check) exists on the table. */
    boolean hasConstraint(String table, String constraint);
}
