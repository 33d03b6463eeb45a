package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.migrate.runtime.MigrationLock;
import dev.migrate.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Separate JVMs running {@code migrate upgrade head} against one database at the same time: each
 * revision is applied exactly once, every process ends at head and none fails; a killed holder
 * leaves no lock behind; a waiter that times out names the holder.
 *
 * <p>Not on H2: an H2 in-memory database lives inside one JVM and cannot be reached from another
 * process (the lock is tested on H2 across threads in migrate-core's {@code LockedCommandsTest}).
 */
class ConcurrentProcessesTest {

    private static final int REVISIONS = 50;
    private static final int PROCESSES = 4;

    /** Generous upper bounds, so that a broken lock fails the test instead of hanging it. */
    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration FINISH = Duration.ofSeconds(180);

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() throws InterruptedException {
        for (Process process : started) {
            if (process.isAlive()) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    static Stream<TestDatabase> databases() {
        return TestDatabase.all().filter(database -> database != TestDatabase.H2);
    }

    /** One child JVM running the command line, its output going to files. */
    private record Child(String name, Process process, Path out, Path err) {

        String stderr() {
            try {
                return Files.readString(err);
            } catch (IOException ex) {
                return "(cannot read " + err + ": " + ex.getMessage() + ")";
            }
        }

        int await(Duration bound) throws InterruptedException {
            if (!process.waitFor(bound.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(name + " did not finish within " + bound + "\n" + stderr());
            }
            return process.exitValue();
        }

        /** Waits until standard error contains the text. */
        void awaitLog(String text, Duration bound) throws InterruptedException {
            long deadline = System.nanoTime() + bound.toNanos();
            while (!stderr().contains(text)) {
                if (!process.isAlive()) {
                    fail(name + " exited with " + process.exitValue() + " before logging '" + text + "'\n" + stderr());
                }
                if (System.nanoTime() > deadline) {
                    fail(name + " did not log '" + text + "' within " + bound + "\n" + stderr());
                }
                Thread.sleep(100);
            }
        }

        /** The child's lock log lines and failure, for the test's output. */
        void report() {
            System.out.println("--- " + name + " (exit " + (process.isAlive() ? "-" : process.exitValue()) + ")");
            stderr().lines().filter(line -> line.contains("migration lock") || line.startsWith("FAILED"))
                    .forEach(System.out::println);
        }

        long count(String text) {
            return stderr().lines().filter(line -> line.contains(text)).count();
        }
    }

    private Child start(String name, String url, TestDatabase.Fresh db, Map<String, String> env, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx128m",
                "-cp", System.getProperty("java.class.path"),
                MigrateCommand.class.getName(),
                "--url", url,
                "--locations", "filesystem:" + dir.resolve("scripts") + ",classpath:dev/migrate/cli/fixtures/sleep"));
        if (db.user() != null) {
            command.addAll(List.of("--user", db.user()));
        }
        if (db.password() != null && !db.password().isEmpty()) {
            command.addAll(List.of("--password", db.password()));
        }
        command.addAll(List.of(args));
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("MIGRATE_TEST_SLEEP_SECONDS");
        builder.environment().putAll(env);
        Process process = builder.start();
        started.add(process);
        return new Child(name, process, out, err);
    }

    /** {@code sleepy} (Java, from the classpath) then r01 -> ... -> r50, each creating a table with one row. */
    private void scripts() throws IOException {
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        for (int i = 1; i <= REVISIONS; i++) {
            String id = String.format("r%02d", i);
            String text = "-- migrate:revision " + id + "\n"
                    + "-- migrate:revises " + (i == 1 ? "sleepy" : String.format("r%02d", i - 1)) + "\n"
                    + "-- migrate:message create t" + i + "\n\n-- migrate:upgrade\n"
                    + "CREATE TABLE t" + i + " (id INTEGER PRIMARY KEY, name VARCHAR(20));\n"
                    + "INSERT INTO t" + i + " (id, name) VALUES (" + i + ", 'row " + i + "');\n"
                    + "\n-- migrate:downgrade\nDROP TABLE t" + i + ";\n";
            Files.writeString(scripts.resolve(id + "_create_t" + i + ".sql"), text);
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("databases")
    void fourProcessesUpgradingAtOnceApplyEachRevisionOnce(TestDatabase database) throws Exception {
        scripts();
        try (TestDatabase.Fresh db = database.fresh()) {
            List<Child> children = new ArrayList<>();
            // Hold the lock while the JVMs start, so that all four are waiting when it is let go.
            try (Connection connection = db.connect();
                    MigrationLock held = MigrationLock.acquire(connection, database.dialect(), db::connect,
                            "migrate_version", Duration.ZERO)) {
                for (int i = 1; i <= PROCESSES; i++) {
                    children.add(start("upgrade-" + i, db.url(), db, Map.of(), "--lock-timeout", "150s",
                            "upgrade", "head"));
                }
                for (Child child : children) {
                    child.awaitLog("Waiting up to 150 s for the migration lock", START);
                }
            }
            long upgradesLogged = 0;
            int processesThatUpgraded = 0;
            for (Child child : children) {
                assertThat(child.await(FINISH)).as(child.name() + "\n" + child.stderr()).isZero();
                child.report();
                long upgrades = child.count("Running upgrade");
                upgradesLogged += upgrades;
                processesThatUpgraded += upgrades > 0 ? 1 : 0;
            }
            assertThat(upgradesLogged).isEqualTo(REVISIONS + 1);
            assertThat(processesThatUpgraded).as("the first to get the lock did everything").isOne();

            try (Connection connection = db.connect()) {
                assertThat(strings(connection, "SELECT version_num FROM migrate_version")).containsExactly("r50");
                Map<String, Integer> applied = new TreeMap<>();
                for (String revision : strings(connection,
                        "SELECT revision FROM migrate_history WHERE direction = 'upgrade' AND success = TRUE")) {
                    applied.merge(revision, 1, Integer::sum);
                }
                assertThat(applied).hasSize(REVISIONS + 1).allSatisfy((revision, times) -> assertThat(times)
                        .as(revision).isOne());
                assertThat(strings(connection, "SELECT revision FROM migrate_history")).hasSize(REVISIONS + 1);
                for (int i = 1; i <= REVISIONS; i++) {
                    assertThat(strings(connection, "SELECT name FROM t" + i)).containsExactly("row " + i);
                }
            }
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("databases")
    void aKilledHolderLeavesNoLockAndAWaiterThatGivesUpNamesIt(TestDatabase database) throws Exception {
        scripts();
        try (TestDatabase.Fresh db = database.fresh()) {
            String holderUrl = database == TestDatabase.POSTGRESQL ? db.url() + "&ApplicationName=migrate-holder" : db.url();
            Child holder = start("holder", holderUrl, db, Map.of("MIGRATE_TEST_SLEEP_SECONDS", "300"),
                    "upgrade", "head");
            holder.awaitLog("Running upgrade  -> sleepy", START);

            Child impatient = start("impatient", db.url(), db, Map.of(), "--lock-timeout", "2s", "upgrade", "head");
            assertThat(impatient.await(FINISH)).as(impatient.stderr()).isEqualTo(MigrateCommand.FAILED);
            impatient.report();
            assertThat(impatient.stderr())
                    .contains("FAILED: Timed out after 2 s waiting for the migration lock")
                    .contains("it is held by " + holderEvidence(database, holder.process()));
            if (database == TestDatabase.POSTGRESQL) {
                assertThat(impatient.stderr()).contains("application 'migrate-holder'");
            }

            holder.process().destroyForcibly();
            assertThat(holder.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

            long start = System.nanoTime();
            Child next = start("next", db.url(), db, Map.of(), "--lock-timeout", "100s", "upgrade", "head");
            assertThat(next.await(FINISH)).as(next.stderr()).isZero();
            next.report();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("promptly").isLessThan(Duration.ofSeconds(90));
            assertThat(next.count("Running upgrade")).isEqualTo(REVISIONS + 1);
            try (Connection connection = db.connect()) {
                assertThat(strings(connection, "SELECT version_num FROM migrate_version")).containsExactly("r50");
                assertThat(strings(connection, "SELECT revision FROM migrate_history WHERE revision = 'sleepy'"))
                        .hasSize(1);
            }
        }
    }

    /** What the timeout message says about the holder on each database. */
    private static String holderEvidence(TestDatabase database, Process holder) {
        switch (database) {
            case POSTGRESQL:
                return "server process pid ";
            case MARIADB:
                return "connection id ";
            default:
                return "pid " + holder.pid() + " on ";
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
