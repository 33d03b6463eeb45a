package dev.migrate.operations;

import dev.migrate.reflect.Inspector;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The {@code op} API Java migrations are written in. Every call is applied to the database at
 * once (online) or written out as SQL (offline, {@code --sql}).
 */
public interface Operations {

    /** Creates a table from columns and constraints. */
    void createTable(String name, TableElement... elements);

    /** Drops a table. */
    void dropTable(String name);

    /** Renames a table. */
    void renameTable(String from, String to);

    /** Adds a column. */
    void addColumn(String table, Column column);

    /** Drops a column (on SQLite before 3.35, or when constraints need it, through a rebuild). */
    void dropColumn(String table, String column);

    /** Changes a column: type, nullability, server default, name, comment. */
    void alterColumn(String table, String column, ColumnChange change);

    /** Creates an index: unique, partial, descending or on expressions where the database has them. */
    void createIndex(Index index);

    /** Creates a plain index over columns. */
    default void createIndex(String name, String table, String... columns) {
        createIndex(Index.on(name, table, columns));
    }

    /** Drops an index. */
    void dropIndex(String name, String table);

    /** Adds a named unique constraint. */
    void createUniqueConstraint(String name, String table, String... columns);

    /** Adds a named foreign key to {@code table}. */
    void createForeignKey(String table, Constraint.ForeignKey foreignKey);

    /** Adds a named check constraint. */
    void createCheckConstraint(String name, String table, String condition);

    /** Adds a named primary key. */
    void createPrimaryKey(String name, String table, String... columns);

    /** Drops a named constraint. */
    void dropConstraint(String name, String table, Constraint.Type type);

    /** Inserts rows, each a map of column to value. */
    void bulkInsert(String table, List<Map<String, Object>> rows);

    /**
     * Alters one table through a batch: on SQLite, operations ALTER cannot do are applied by
     * rebuilding the table (move and copy) without losing a row.
     */
    void batchAlterTable(String table, Operation.Recreate recreate, Consumer<BatchOperations> alterations);

    /** {@link #batchAlterTable(String, Operation.Recreate, Consumer)} with {@code AUTO}. */
    default void batchAlterTable(String table, Consumer<BatchOperations> alterations) {
        batchAlterTable(table, Operation.Recreate.AUTO, alterations);
    }

    /** Questions about the live schema, for idempotent steps; not available offline. */
    Inspector inspector();

    /** Runs one SQL statement as it is. */
    void execute(String sql);

    /**
     * Runs code against the live JDBC connection, inside the revision's transaction, for data
     * migrations. Fails in offline mode, which has no connection.
     */
    void execute(ConnectionCallback callback);

    /** Code that works on the migration's JDBC connection. */
    @FunctionalInterface
    interface ConnectionCallback {
        void doInConnection(Connection connection) throws SQLException;
    }
}
