package dev.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.revision.Plan;
import dev.migrate.runtime.HistoryEntry;
import dev.migrate.runtime.LockTimeoutException;
import dev.migrate.runtime.MigrationLock;
import dev.migrate.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The facade's writing commands hold the migration lock for the whole run and its reading
 * commands never take it: concurrent upgrades in one process apply each revision once, and a run
 * that cannot get the lock writes nothing.
 */
class LockedCommandsTest {

    private static final int REVISIONS = 20;
    private static final int RUNS = 4;

    @TempDir
    Path scripts;

    private final ExecutorService executor = Executors.newFixedThreadPool(RUNS);

    @AfterEach
    void stopThreads() {
        executor.shutdownNow();
    }

    /** r01 -> r02 -> ... each creating a table with one row. */
    private void chain(int count) throws Exception {
        for (int i = 1; i <= count; i++) {
            String id = String.format("r%02d", i);
            String text = "-- migrate:revision " + id + "\n"
                    + (i == 1 ? "" : String.format("-- migrate:revises r%02d%n", i - 1))
                    + "-- migrate:message create t" + i + "\n\n-- migrate:upgrade\n"
                    + "CREATE TABLE t" + i + " (id INTEGER PRIMARY KEY);\nINSERT INTO t" + i + " (id) VALUES (" + i + ");\n"
                    + "\n-- migrate:downgrade\nDROP TABLE t" + i + ";\n";
            Files.writeString(scripts.resolve(id + "_create_t" + i + ".sql"), text);
        }
    }

    private Migrate migrate(TestDatabase.Fresh db, Duration lockTimeout) {
        return Migrate.configure().url(db.url(), db.user(), db.password())
                .locations(List.of("filesystem:" + scripts)).lockTimeout(lockTimeout).load();
    }

    private static MigrationLock holdLock(TestDatabase.Fresh db, Connection connection) {
        return MigrationLock.acquire(connection, db.database().dialect(), db::connect, "migrate_version", Duration.ZERO);
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void concurrentUpgradesInOneProcessApplyEachRevisionOnce(TestDatabase database) throws Exception {
        chain(REVISIONS);
        try (TestDatabase.Fresh db = database.fresh()) {
            List<Callable<Plan>> runs = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                Migrate migrate = migrate(db, Duration.ofSeconds(60));
                runs.add(() -> migrate.upgrade("head"));
            }
            List<Future<Plan>> plans = executor.invokeAll(runs, 120, TimeUnit.SECONDS);
            List<Integer> stepsRun = new ArrayList<>();
            for (Future<Plan> plan : plans) {
                stepsRun.add(plan.get().steps().size());
            }
            // one run did everything, the others found it done
            assertThat(stepsRun).containsExactlyInAnyOrder(REVISIONS, 0, 0, 0);
            Migrate reader = migrate(db, Duration.ZERO);
            assertThat(reader.currentRows()).containsExactly(String.format("r%02d", REVISIONS));
            Map<String, Long> upgrades = reader.historyLog().stream()
                    .collect(Collectors.groupingBy(HistoryEntry::revision, Collectors.counting()));
            assertThat(upgrades).hasSize(REVISIONS).allSatisfy((revision, times) -> assertThat(times).isEqualTo(1));
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void aRunThatCannotGetTheLockWritesNothing(TestDatabase database) throws Exception {
        chain(2);
        try (TestDatabase.Fresh db = database.fresh(); Connection other = db.connect();
                MigrationLock held = holdLock(db, other)) {
            Migrate migrate = migrate(db, Duration.ofMillis(300));
            for (Function<Migrate, Plan> command : List.<Function<Migrate, Plan>>of(
                    m -> m.upgrade("head"), m -> m.downgrade("base"), m -> m.stamp(List.of("head"), false),
                    m -> m.stamp(List.of("base"), true))) {
                assertThatThrownBy(() -> command.apply(migrate)).isInstanceOf(LockTimeoutException.class);
            }
            // not even the version table was created
            try (Connection check = db.connect()) {
                assertThat(database.dialect().tableExists(check, "migrate_version")).isFalse();
            }
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void readingCommandsAndOfflineSqlDoNotWaitForTheLock(TestDatabase database) throws Exception {
        chain(2);
        try (TestDatabase.Fresh db = database.fresh()) {
            Migrate migrate = migrate(db, Duration.ofSeconds(60));
            migrate.upgrade("r01");
            try (Connection other = db.connect(); MigrationLock held = holdLock(db, other)) {
                Future<List<Object>> reads = executor.submit(() -> List.of(migrate.currentRows(), migrate.historyLog(),
                        migrate.validate(), migrate.upgradeSql("r01:head")));
                List<Object> results = reads.get(20, TimeUnit.SECONDS); // the lock timeout is 60 s
                assertThat(results.get(0)).isEqualTo(List.of("r01"));
                assertThat((List<?>) results.get(1)).hasSize(1);
                assertThat((String) results.get(3)).contains("CREATE TABLE t2");
            }
        }
    }
}
