package dev.migrate.reflect;

import dev.migrate.dialect.Dialect;
import java.sql.Connection;
import java.util.List;

/**
 * Questions about the live schema, for idempotent migration steps
 * ({@code if (!op.inspector().hasColumn("account", "email")) ...}). Names are compared the way
 * the database folds unquoted identifiers.
 */
public interface Inspector {

    /** An inspector reading the connection's current schema through JDBC metadata and catalog queries. */
    static Inspector of(Connection connection, Dialect dialect) {
        return new JdbcInspector(connection, dialect);
    }

    /** Table names of the current schema. */
    List<String> tables();

    /** Whether the table exists. */
    boolean hasTable(String table);

    /** Column names of a table, in order; empty when the table does not exist. */
    List<String> columns(String table);

    /** Whether the table has the column. */
    boolean hasColumn(String table, String column);

    /** Whether the table has an index of this name (including those backing constraints). */
    boolean hasIndex(String table, String index);

    /** Whether a named constraint (primary key, unique, foreign key or check) exists on the table. */
    boolean hasConstraint(String table, String constraint);
}
