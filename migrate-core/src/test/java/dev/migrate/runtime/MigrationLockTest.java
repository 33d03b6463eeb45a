package dev.migrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The migration lock of each database, in one process: a second taker waits, times out naming the
 * holder, or gets the lock as soon as the holder lets go; a holder whose session ends leaves no
 * lock behind. Killed processes are tested across processes in the command line's tests.
 */
class MigrationLockTest {

    private static final String TABLE = "migrate_version";

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        executor.shutdownNow();
    }

    private static MigrationLock lock(TestDatabase.Fresh db, Connection connection, String table, Duration timeout) {
        return MigrationLock.acquire(connection, db.database().dialect(), db::connect, table, timeout);
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void aSecondTakerTimesOutAndTheMessageNamesTheHolder(TestDatabase database) throws Exception {
        try (TestDatabase.Fresh db = database.fresh(); Connection first = db.connect(); Connection second = db.connect();
                MigrationLock held = lock(db, first, TABLE, Duration.ZERO)) {
            String evidence = holderEvidence(database, first);
            long start = System.nanoTime();
            assertThatThrownBy(() -> lock(db, second, TABLE, Duration.ofMillis(700)))
                    .isInstanceOfSatisfying(LockTimeoutException.class, ex -> {
                        assertThat(ex.getMessage()).startsWith("Timed out after 700 ms waiting for the migration lock")
                                .contains("it is held by " + evidence)
                                .contains("--lock-timeout");
                        assertThat(ex.holder()).isPresent();
                        assertThat(ex.timeout()).isEqualTo(Duration.ofMillis(700));
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        }
    }

    /** What the database knows of the holder: its server process, its connection or this process. */
    private static String holderEvidence(TestDatabase database, Connection holder) throws SQLException {
        switch (database) {
            case POSTGRESQL:
                // a session with the driver's default name is named after the holding process
                return "server process pid " + single(holder, "SELECT pg_backend_pid()") + " (user postgres, "
                        + "application 'migrate pid " + ProcessHandle.current().pid() + " on ";
            case MARIADB:
                return "connection id " + single(holder, "SELECT CONNECTION_ID()");
            default:
                return "pid " + ProcessHandle.current().pid() + " on ";
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void aReleasedLockIsFreeAtOnce(TestDatabase database) throws Exception {
        try (TestDatabase.Fresh db = database.fresh(); Connection first = db.connect(); Connection second = db.connect()) {
            lock(db, first, TABLE, Duration.ZERO).close();
            if (database == TestDatabase.POSTGRESQL) {
                assertThat(single(first, "SELECT current_setting('application_name')"))
                        .as("the session's name is restored").isEqualTo("PostgreSQL JDBC Driver");
            }
            try (MigrationLock again = lock(db, second, TABLE, Duration.ZERO)) {
                assertThat(again).isNotNull();
            }
            try (MigrationLock third = lock(db, first, TABLE, Duration.ZERO)) {
                assertThat(third).isNotNull();
            }
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void aWaitingTakerGetsTheLockWhenTheHolderReleasesIt(TestDatabase database) throws Exception {
        try (TestDatabase.Fresh db = database.fresh(); Connection first = db.connect(); Connection second = db.connect()) {
            MigrationLock held = lock(db, first, TABLE, Duration.ZERO);
            Future<MigrationLock> waiting = executor.submit(() -> lock(db, second, TABLE, Duration.ofSeconds(30)));
            Thread.sleep(300);
            assertThat(waiting).isNotDone();
            held.close();
            try (MigrationLock taken = waiting.get(30, TimeUnit.SECONDS)) {
                assertThat(taken).isNotNull();
            }
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void aHolderWhoseSessionEndsLeavesNoLock(TestDatabase database) throws Exception {
        assumeTrue(database == TestDatabase.POSTGRESQL || database == TestDatabase.MARIADB,
                "session-scoped locks only: SQLite's lock belongs to the process (tested across processes), "
                        + "H2's to a connection of the lock's own");
        try (TestDatabase.Fresh db = database.fresh(); Connection second = db.connect()) {
            Connection first = db.connect();
            lock(db, first, TABLE, Duration.ZERO); // never released
            first.close();
            try (MigrationLock taken = lock(db, second, TABLE, Duration.ofSeconds(20))) {
                assertThat(taken).isNotNull();
            }
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void projectsWithDifferentVersionTablesDoNotWaitForEachOther(TestDatabase database) throws Exception {
        try (TestDatabase.Fresh db = database.fresh(); Connection first = db.connect(); Connection second = db.connect();
                MigrationLock held = lock(db, first, TABLE, Duration.ZERO)) {
            if (database == TestDatabase.SQLITE) {
                // one lock file per database file
                assertThatThrownBy(() -> lock(db, second, "other_version", Duration.ZERO))
                        .isInstanceOf(LockTimeoutException.class);
            } else {
                lock(db, second, "other_version", Duration.ZERO).close();
            }
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void theHolderCanMigrateThroughItsConnection(TestDatabase database) throws Exception {
        try (TestDatabase.Fresh db = database.fresh(); Connection connection = db.connect();
                MigrationLock held = lock(db, connection, TABLE, Duration.ZERO)) {
            Migrator migrator = new Migrator(connection, db.database().dialect());
            migrator.run(Fixtures.plan(List.of(),
                    Fixtures.upgrade(Chain.A, List.of(), Fixtures.insert("a")),
                    Fixtures.upgrade(Chain.B, List.of("a"), Fixtures.update("a", "b"))), Fixtures.byId(Chain.A, Chain.B));
            assertThat(Fixtures.count(connection, "t_b")).isEqualTo(1);
            assertThat(migrator.currentVersions()).containsExactly("b");
        }
    }
}
