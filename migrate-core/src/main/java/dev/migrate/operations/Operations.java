package dev.migrate.operations;

import dev.migrate.reflect.Inspector;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The {@code op} API Java migrations are written in. Every call becomes an {@link Operation},
 * which the connected database's dialect renders as SQL; the statements run at once on the
 * revision's connection, inside its transaction where the database has transactional DDL
 * (online), or are written out as SQL (offline, {@code --sql}). Offline SQL holds exactly the
 * statements the online run executes, except where noted ({@link #bulkInsert} binds parameters
 * online and writes literals offline).
 *
 * <p>Names (tables, columns, indexes, constraints) are quoted by the dialect whenever needed, so
 * any name works. SQL text the author writes on purpose is used as it is: {@link #execute(String)},
 * check conditions, server defaults, index expressions and partial-index predicates.
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

    /**
     * Drops a named constraint. MySQL/MariaDB need its {@code type} (they drop a foreign key, a
     * unique index, a check and a primary key with different statements); elsewhere it may be
     * {@code null}.
     */
    void dropConstraint(String name, String table, Constraint.Type type);

    /**
     * Creates a sequence starting at {@code start} and counting by {@code increment} (PostgreSQL,
     * H2, MariaDB; SQLite and MySQL have no sequences and refuse it).
     */
    void createSequence(String name, long start, long increment);

    /** Drops a sequence. */
    void dropSequence(String name);

    /**
     * Inserts rows, each a map of column to value. Online the rows are sent as batches of a
     * prepared statement (consecutive rows with the same columns share one); offline each row is
     * written as an {@code INSERT} with literal values, which is possible for strings, numbers,
     * booleans, {@code null}, {@code java.time} dates and times and {@link java.util.UUID}: any
     * other value fails offline with a message saying so.
     */
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

    /**
     * Questions about the live schema, for idempotent steps. Offline there is no schema to ask:
     * the call fails with a message saying so.
     */
    Inspector inspector();

    /**
     * Runs operations outside the revision's transaction, for statements a database refuses to
     * run inside one (PostgreSQL's {@code CREATE INDEX CONCURRENTLY}). Online the open transaction
     * is committed, the block runs in autocommit (each statement commits on its own), and a new
     * transaction begins for the rest of the revision. Offline the block is written between
     * {@code COMMIT;} and {@code BEGIN;} where the revision runs in a transaction. Whatever ran
     * before and inside the block stays applied if the revision fails later.
     */
    void autocommitBlock(Consumer<Operations> block);

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
