package dev.migrate.dialect;

import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** An SQLite file database for rebuild tests, with one connection and small query helpers. */
final class SqliteFixture implements AutoCloseable {

    private final TestDatabase.Fresh database;
    final Connection connection;

    private SqliteFixture(boolean foreignKeys) throws SQLException {
        database = TestDatabase.SQLITE.fresh();
        connection = DriverManager.getConnection(database.url() + (foreignKeys ? "?foreign_keys=true" : ""));
    }

    /** A fresh database whose connection was opened with {@code foreign_keys=true}, as applications do. */
    static SqliteFixture withForeignKeys() throws SQLException {
        return new SqliteFixture(true);
    }

    /** A fresh database with sqlite-jdbc's default, foreign keys off. */
    static SqliteFixture withoutForeignKeys() throws SQLException {
        return new SqliteFixture(false);
    }

    /** Another connection to the same file. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(database.url());
    }

    void execute(String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Every row of a query, each row's values joined with {@code |} (NULL as {@code null}). */
    List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /** The single value of a query. */
    String value(String sql) throws SQLException {
        List<String> rows = rows(sql);
        if (rows.size() != 1) {
            throw new AssertionError("Expected one row from " + sql + " but got " + rows);
        }
        return rows.get(0);
    }

    long count(String table) throws SQLException {
        return Long.parseLong(value("SELECT count(*) FROM " + table));
    }

    int pragma(String name) throws SQLException {
        return Integer.parseInt(value("PRAGMA " + name));
    }

    /** The whole schema: type, name, table and SQL of every object, in a stable order. */
    List<String> schema() throws SQLException {
        return rows("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name");
    }

    /** Names of leftover temporary tables. */
    List<String> temporaryTables() throws SQLException {
        return rows("SELECT name FROM sqlite_master WHERE name LIKE '%migrate_tmp%'");
    }

    /** The foreign key violations of the whole database. */
    List<String> foreignKeyViolations() throws SQLException {
        return rows("PRAGMA foreign_key_check");
    }

    /** Runs {@code sql}, expecting SQLite to refuse it; returns SQLite's message. */
    String refused(String sql) {
        try {
            execute(sql);
        } catch (SQLException ex) {
            return ex.getMessage();
        }
        throw new AssertionError("SQLite accepted: " + sql);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
        database.close();
    }
}
