package dev.migrate.runtime;

import static dev.migrate.runtime.Fixtures.byId;
import static dev.migrate.runtime.Fixtures.delete;
import static dev.migrate.runtime.Fixtures.downgrade;
import static dev.migrate.runtime.Fixtures.insert;
import static dev.migrate.runtime.Fixtures.plan;
import static dev.migrate.runtime.Fixtures.update;
import static dev.migrate.runtime.Fixtures.upgrade;

import dev.migrate.dialect.Dialect;
import dev.migrate.operations.Migration;
import dev.migrate.runtime.fixtures.Delegating;
import dev.migrate.script.JavaScript;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import dev.migrate.testing.TestDatabase;

/**
 * Runs Java migrations one revision at a time through the real {@link Migrator} (transactions,
 * version table, history) on a fresh database, and reads data back for the checks.
 */
final class OpsHarness implements AutoCloseable {

    private final TestDatabase database;
    private final TestDatabase.Fresh fresh;
    private final Connection connection;
    private final Migrator migrator;
    private final Deque<Applied> applied = new ArrayDeque<>();
    private int next = 1;

    private record Applied(JavaScript script, Migration migration) {
    }

    OpsHarness(TestDatabase database) throws SQLException {
        this(database, "");
    }

    /**
     * @param urlParameters appended to the JDBC URL, e.g. {@code ?foreign_keys=true} for SQLite
     */
    private OpsHarness(TestDatabase database, String urlParameters) throws SQLException {
        this.database = database;
        this.fresh = database.fresh();
        this.connection = urlParameters.isEmpty() ? fresh.connect()
                : java.sql.DriverManager.getConnection(fresh.url() + urlParameters);
        this.migrator = new Migrator(connection, database.dialect());
    }

    /** A fresh SQLite file whose connection is opened with {@code foreign_keys=true}, as applications do. */
    static OpsHarness sqliteWithForeignKeys() throws SQLException {
        return new OpsHarness(TestDatabase.SQLITE, "?foreign_keys=true");
    }

    TestDatabase database() {
        return database;
    }

    Dialect dialect() {
        return database.dialect();
    }

    Connection connection() {
        return connection;
    }

    /** Applies one revision on top of the ones applied so far. */
    void up(Migration migration) {
        up(Delegating.class, migration);
    }

    /** Applies a revision whose script is a migration class of its own (so messages name it). */
    void up(Class<? extends Migration> type) throws ReflectiveOperationException {
        up(type, type.getDeclaredConstructor().newInstance());
    }

    private void up(Class<?> type, Migration migration) {
        String id = "r" + next++;
        JavaScript script = Fixtures.java(type, id, "step " + id,
                applied.isEmpty() ? new String[0] : new String[] {applied.peek().script().revision().id()});
        Delegating.next = migration;
        List<String> from = applied.isEmpty() ? List.of() : List.of(applied.peek().script().revision().id());
        migrator.run(plan(from, upgrade(script, from, from.isEmpty() ? insert(id) : update(from.get(0), id))),
                byId(script));
        applied.push(new Applied(script, migration));
    }

    /** Downgrades the last revision. */
    void down() {
        Applied last = applied.peek();
        String id = last.script().revision().id();
        List<String> to = applied.size() > 1 ? List.of(((List<Applied>) new ArrayList<>(applied)).get(1).script()
                .revision().id()) : List.of();
        Delegating.next = last.migration();
        migrator.run(plan(List.of(id), downgrade(last.script(), to, to.isEmpty() ? delete(id) : update(id, to.get(0)))),
                byId(last.script()));
        applied.pop();
    }

    /** The version rows now. */
    List<String> versions() {
        return migrator.currentVersions();
    }

    /** Each row of a query as its columns' text joined by {@code |}. */
    List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rows.getString(i));
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    /** Runs a statement outside any migration. */
    void sql(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    String q(String identifier) {
        return dialect().quoteIdentifier(identifier);
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.close();
        } finally {
            fresh.close();
        }
    }
}
