package dev.migrate.dialect;

import dev.migrate.operations.Operation;
import dev.migrate.operations.SqlType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * What migrate needs to know about one database product: its name, whether DDL can be rolled back,
 * how to quote names and literals, the SQL of migrate's own bookkeeping tables, its
 * {@link Capabilities}, and how each {@link Operation} of the {@code op} API is written in its SQL.
 *
 * <p>Obtain one from {@link Dialects}. Implementations are stateless and thread-safe. Everything
 * user-provided (table names from configuration, revision ids, messages) goes through
 * {@link #quoteIdentifier} or {@link #stringLiteral} before it reaches SQL text.
 */
public interface Dialect {

    /** The short name used in locations and messages: {@code sqlite}, {@code postgresql}, {@code mysql} or {@code h2}. */
    String name();

    /**
     * Whether DDL takes part in transactions, so that a failed revision can be rolled back
     * completely. True for SQLite and PostgreSQL; false for MySQL/MariaDB and H2, which commit
     * implicitly on every DDL statement.
     */
    boolean transactionalDdl();

    /**
     * Quotes an identifier when it needs it: a reserved word, a character outside
     * {@code [A-Za-z0-9_]} (spaces, quotes, non-ASCII), a leading digit, or upper-case letters on a
     * database that folds unquoted names (PostgreSQL folds to lower case, H2 to upper case).
     * Embedded quote characters are doubled. A lower-case plain name is returned as it is.
     *
     * @throws IllegalArgumentException for an empty name or one containing a NUL character
     */
    String quoteIdentifier(String identifier);

    /** A string literal holding {@code value}, with quotes (and where needed backslashes) escaped. */
    String stringLiteral(String value);

    /**
     * The {@code CREATE TABLE} for a version table: one column {@code version_num VARCHAR(255) NOT
     * NULL} with primary key {@code <table>_pkc}, Alembic's shape with room for long ids.
     */
    String createVersionTable(String table);

    /**
     * The {@code CREATE TABLE IF NOT EXISTS} for a history table with columns {@code id} (generated,
     * ascending), {@code revision}, {@code direction}, {@code from_revisions}, {@code to_revisions},
     * {@code message}, {@code started_at}, {@code duration_ms}, {@code checksum}, {@code applied_by},
     * {@code db_user} and {@code success}.
     */
    String createHistoryTable(String table);

    /** The statements (without {@code ;}) that open a transaction in offline SQL; empty when DDL is not transactional. */
    List<String> offlineBegin();

    /** The statements that commit what {@link #offlineBegin()} opened; empty when DDL is not transactional. */
    List<String> offlineCommit();

    /**
     * Whether a table of exactly this (unquoted) name exists in the connection's current schema or
     * database. Reads the catalog only; never creates anything.
     */
    boolean tableExists(Connection connection, String table) throws SQLException;

    /** An SQL expression for the current time, as stored in a history table's {@code started_at}. */
    String currentTimestampSql();

    /** An SQL expression for the database user running a script, or {@code NULL} where there is none. */
    String currentUserSql();

    /** Binds an instant for the history table's {@code started_at} column. */
    void setTimestamp(PreparedStatement statement, int index, Instant value) throws SQLException;

    /** Reads the history table's {@code started_at} column; {@code null} when it is NULL. */
    Instant getTimestamp(ResultSet resultSet, String column) throws SQLException;

    /**
     * What this database can do, as assumed without a connection: the statement offline SQL is
     * written under. SQLite is assumed to be the version sqlite-jdbc bundles (3.53.4), MySQL/MariaDB
     * to be MySQL 8.4, PostgreSQL 15, H2 2.4.
     */
    Capabilities capabilities();

    /** What the connected database can do, from its version (SQLite's {@code sqlite_version()}). */
    Capabilities capabilities(Connection connection) throws SQLException;

    /**
     * The SQL statements (without {@code ;}) of one operation. Names are quoted where needed;
     * SQL text the author gave (executed SQL, check conditions, defaults, index expressions and
     * predicates) is written as it is. An alteration that needs a table rebuild
     * ({@link #needsRebuild}) cannot be rendered.
     *
     * @throws dev.migrate.MigrateException when the database lacks a feature the operation uses,
     *     or offline when the operation needs to read the live schema (MySQL/MariaDB
     *     {@code alterColumn} without {@code existing})
     */
    List<String> render(Operation operation, RenderContext context);

    /**
     * Whether {@code ALTER TABLE} cannot do this operation here, so that it needs a table rebuild
     * ({@link #tableRebuilder()}). Only SQLite ever says yes. Online it may read the schema (SQLite
     * cannot drop an indexed or constrained column); offline it decides from the operation alone.
     */
    boolean needsRebuild(Operation operation, RenderContext context);

    /** The table rebuild ("move and copy") of this database. */
    TableRebuilder tableRebuilder();

    /**
     * Prepares the connection for one migration transaction; called by the runtime in autocommit,
     * just before it opens the transaction. SQLite switches {@code PRAGMA foreign_keys} off for the
     * transaction when it is on, so that a table rebuild inside it cannot delete or block other
     * tables' rows, and checks the foreign keys before the commit ({@link TransactionGuard}).
     * Other databases return {@link TransactionGuard#NONE}.
     */
    default TransactionGuard guardTransaction(Connection connection) throws SQLException {
        return TransactionGuard.NONE;
    }

    /** The type as this database writes it in DDL: {@code SqlType.TEXT} is {@code LONGTEXT} on MySQL. */
    String typeSql(SqlType type);

    /**
     * A column type in the form autogenerate compares: two type texts this database treats as
     * the same type have the same canonical form ({@code int8}, {@code BIGINT} and MariaDB's
     * {@code bigint(20)} are all {@code bigint}; {@code character varying(255)} is
     * {@code varchar(255)}; PostgreSQL's {@code float(53)} is {@code double}). Lower case, no
     * blanks around parentheses and commas, quoted text kept as it is.
     */
    String canonicalType(String typeText);

    /**
     * A referential action (ON DELETE, ON UPDATE) in the form autogenerate compares: upper case,
     * {@code NO ACTION} when none is stated; MySQL/MariaDB, where RESTRICT and NO ACTION are the
     * same, report {@code NO ACTION} for both.
     */
    default String canonicalAction(String action) {
        return action == null || action.isBlank() ? "NO ACTION" : action.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * A server default in the form autogenerate compares: casts ({@code 'x'::text}), enclosing
     * parentheses and the case of keywords do not count; {@code null} for no default.
     */
    default String canonicalDefault(String defaultSql) {
        return TypeText.canonicalDefault(defaultSql);
    }

    /** {@code INSERT INTO table (columns) VALUES (?, ...)} for a prepared statement. */
    String insertSql(String table, List<String> columns);

    /**
     * An SQL literal for a bulk-insert value in offline SQL: strings, numbers, booleans,
     * {@code null}, {@code java.time} dates and times, {@link java.util.UUID}.
     *
     * @throws dev.migrate.MigrateException for a value of any other type
     */
    String literal(Object value);

    /** Binds a bulk-insert value so that it is stored as its {@link #literal} would be. */
    void bind(PreparedStatement statement, int index, Object value) throws SQLException;

    /**
     * Whether a name as the catalog stores it (from {@code DatabaseMetaData} or a catalog view)
     * names the object migrate creates for {@code identifier}: exact after the database's folding
     * on PostgreSQL and H2, case-insensitive on SQLite and MySQL/MariaDB.
     */
    boolean sameName(String catalogName, String identifier);

    /** The names of the constraints (primary key, unique, foreign key, check) of a table, as stored. */
    List<String> constraintNames(Connection connection, String table) throws SQLException;

    /**
     * The database-level lock that serializes migration runs on this database, not yet taken. See
     * {@link DatabaseLock} for how each database locks.
     *
     * @param connection the migration connection; PostgreSQL and MySQL/MariaDB lock its session
     * @param opener opens another connection to the same database, for H2's lock
     * @param versionTable the version table's name; runs with different version tables do not wait
     *     for each other (except on SQLite, where one lock file serves the database file)
     */
    default DatabaseLock migrationLock(Connection connection, DatabaseLock.ConnectionOpener opener,
            String versionTable) throws SQLException {
        return DatabaseLocks.open(this, connection, opener, versionTable);
    }
}
