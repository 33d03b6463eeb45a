package dev.migrate.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The dialect's claims, checked against each real database. */
class DialectDatabaseTest {

    private static final List<String> AWKWARD = List.of(
            "plain_name", "MixedCase", "UPPER", "my versions", "quo\"te", "back`tick", "order", "select", "vérsion");

    /** Measures what transactionalDdl() claims: does a rollback undo CREATE TABLE? */
    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void rollbackUndoesDdlExactlyWhenTheDialectSaysSo(TestDatabase db) throws Exception {
        Dialect dialect = db.dialect();
        try (TestDatabase.Fresh fresh = db.fresh(); Connection connection = fresh.connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE probe (id INTEGER)");
                statement.execute("INSERT INTO probe VALUES (1)");
            }
            connection.rollback();
            connection.setAutoCommit(true);
            assertThat(dialect.tableExists(connection, "probe")).isEqualTo(!dialect.transactionalDdl());
            boolean expected = db == TestDatabase.SQLITE || db == TestDatabase.POSTGRESQL;
            assertThat(dialect.transactionalDdl()).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void awkwardNamesRoundTripThroughQuotingAndTableExists(TestDatabase db) throws Exception {
        Dialect dialect = db.dialect();
        try (TestDatabase.Fresh fresh = db.fresh(); Connection connection = fresh.connect();
                Statement statement = connection.createStatement()) {
            for (String name : AWKWARD) {
                assertThat(dialect.tableExists(connection, name)).as(name).isFalse();
                statement.execute(dialect.createVersionTable(name));
                assertThat(dialect.tableExists(connection, name)).as(name).isTrue();
                statement.execute("INSERT INTO " + dialect.quoteIdentifier(name) + " (version_num) VALUES ("
                        + dialect.stringLiteral("it's a\\b") + ")");
                try (ResultSet rows = statement.executeQuery("SELECT version_num FROM " + dialect.quoteIdentifier(name))) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).isEqualTo("it's a\\b");
                }
            }
            assertThat(dialect.tableExists(connection, "plain")).isFalse();
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void historyTableStoresTimestampsAsUtcInstants(TestDatabase db) throws Exception {
        Dialect dialect = db.dialect();
        try (TestDatabase.Fresh fresh = db.fresh(); Connection connection = fresh.connect()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(dialect.createHistoryTable("h"));
                statement.execute(dialect.createHistoryTable("h")); // IF NOT EXISTS
            }
            Instant at = Instant.parse("2026-11-22T10:15:30.123Z");
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO h (revision, direction, started_at, success) VALUES ('a', 'upgrade', ?, ?)")) {
                dialect.setTimestamp(insert, 1, at);
                insert.setBoolean(2, true);
                insert.executeUpdate();
            }
            Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO h (revision, direction, started_at, db_user, success) VALUES ('b', 'upgrade', "
                        + dialect.currentTimestampSql() + ", " + dialect.currentUserSql() + ", TRUE)");
            }
            Instant after = Instant.now().plusSeconds(1);
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT id, started_at, success FROM h ORDER BY id")) {
                assertThat(rows.next()).isTrue();
                long first = rows.getLong("id");
                assertThat(dialect.getTimestamp(rows, "started_at")).isEqualTo(at);
                assertThat(rows.getBoolean("success")).isTrue();
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong("id")).isGreaterThan(first);
                assertThat(dialect.getTimestamp(rows, "started_at")).isBetween(before, after);
            }
        }
    }
}
