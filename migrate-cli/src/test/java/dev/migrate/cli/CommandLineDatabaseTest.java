package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line end to end against each database: a graph with a branch and a merge is
 * upgraded, downgraded, stamped and listed, and the version rows and data are checked after each
 * step.
 */
class CommandLineDatabaseTest {

    @TempDir
    Path scripts;

    private void script(String id, String revises, String message, String upgrade, String downgrade) throws Exception {
        String text = "-- migrate:revision " + id + "\n"
                + (revises.isEmpty() ? "" : "-- migrate:revises " + revises + "\n")
                + "-- migrate:message " + message + "\n\n-- migrate:upgrade\n" + upgrade
                + "\n\n-- migrate:downgrade\n" + downgrade + "\n";
        Files.writeString(scripts.resolve(id + "_" + message.replace(' ', '_') + ".sql"), text);
    }

    /** a1 -> a2 -> m1 -> c1 with a branch b1 from a1 merged at m1. */
    private void branchAndMerge() throws Exception {
        script("a1", "", "create account", "CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);\n"
                + "INSERT INTO account (id, name) VALUES (1, 'ann');\nINSERT INTO account (id, name) VALUES (2, 'bob');",
                "DROP TABLE account;");
        script("a2", "a1", "add email", "ALTER TABLE account ADD COLUMN email VARCHAR(100);\n"
                + "UPDATE account SET email = 'ann@example.com' WHERE id = 1;",
                "ALTER TABLE account DROP COLUMN email;");
        script("b1", "a1", "create audit", "CREATE TABLE audit (id INTEGER PRIMARY KEY, note VARCHAR(200));",
                "DROP TABLE audit;");
        script("m1", "a2 b1", "merge heads", "-- nothing to do", "-- nothing to undo");
        script("c1", "m1", "audit account", "INSERT INTO audit (id, note) VALUES (1, 'created');",
                "DELETE FROM audit WHERE id = 1;");
    }

    private static List<String> common(TestDatabase.Fresh db, Path scripts) {
        List<String> args = new ArrayList<>(List.of("--url", db.url(), "--locations", "filesystem:" + scripts));
        if (db.user() != null) {
            args.addAll(List.of("--user", db.user()));
        }
        if (db.password() != null && !db.password().isEmpty()) {
            args.addAll(List.of("--password", db.password()));
        }
        return args;
    }

    private static List<String> rows(TestDatabase.Fresh db) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT version_num FROM migrate_version")) {
            List<String> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(result.getString(1));
            }
            return rows;
        }
    }

    private static long count(TestDatabase.Fresh db, String sql) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static boolean tableExists(TestDatabase.Fresh db, String table) {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT COUNT(*) FROM " + table).close();
            return true;
        } catch (SQLException ex) {
            return false;
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void upgradesDowngradesAndStampsABranchedGraph(TestDatabase database) throws Exception {
        branchAndMerge();
        try (TestDatabase.Fresh db = database.fresh()) {
            List<String> common = common(db, scripts);

            CliRun heads = CliRun.of(common, "heads");
            assertThat(heads.status()).as(heads.toString()).isZero();
            assertThat(heads.lines()).containsExactly("c1 (head)");

            CliRun current = CliRun.of(common, "current");
            assertThat(current.status()).as(current.toString()).isZero();
            assertThat(current.out()).isEmpty();
            assertThat(tableExists(db, "migrate_version")).as("current must not create the version table").isFalse();

            CliRun upgrade = CliRun.of(common, "upgrade", "heads");
            assertThat(upgrade.status()).as(upgrade.toString()).isZero();
            assertThat(rows(db)).containsExactly("c1");
            assertThat(count(db, "SELECT COUNT(*) FROM account WHERE email IS NOT NULL")).isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM audit")).isEqualTo(1);
            assertThat(CliRun.of(common, "current").lines()).containsExactly("c1 (head)");

            CliRun history = CliRun.of(common, "history", "-i");
            assertThat(history.lines()).containsExactly(
                    "m1 -> c1 (head) (current), audit account",
                    "a2, b1 -> m1 (mergepoint), merge heads",
                    "a1 -> a2, add email",
                    "a1 -> b1, create audit",
                    "<base> -> a1 (branchpoint), create account");

            assertThat(CliRun.of(common, "downgrade", "-1").status()).isZero();
            assertThat(rows(db)).containsExactly("m1");
            assertThat(count(db, "SELECT COUNT(*) FROM audit")).isZero();

            CliRun unmerge = CliRun.of(common, "downgrade", "b1");
            assertThat(unmerge.status()).as(unmerge.toString()).isZero();
            assertThat(rows(db)).containsExactlyInAnyOrder("a2", "b1");
            assertThat(CliRun.of(common, "current").lines()).containsExactlyInAnyOrder("a2", "b1");

            CliRun base = CliRun.of(common, "downgrade", "base");
            assertThat(base.status()).as(base.toString()).isZero();
            assertThat(rows(db)).isEmpty();
            assertThat(tableExists(db, "account")).isFalse();
            assertThat(tableExists(db, "audit")).isFalse();

            CliRun stamp = CliRun.of(common, "stamp", "heads");
            assertThat(stamp.status()).as(stamp.toString()).isZero();
            assertThat(rows(db)).containsExactly("c1");
            assertThat(tableExists(db, "account")).as("stamp runs no migration").isFalse();

            assertThat(CliRun.of(common, "stamp", "a2").status()).isZero();
            assertThat(rows(db)).containsExactly("a2");
            assertThat(CliRun.of(common, "stamp", "base").status()).isZero();
            assertThat(rows(db)).isEmpty();
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void aFailingRevisionStopsTheRunAndSaysWhere(TestDatabase database) throws Exception {
        script("a1", "", "create account", "CREATE TABLE account (id INTEGER PRIMARY KEY);\n"
                + "INSERT INTO account (id) VALUES (1);", "DROP TABLE account;");
        script("a2", "a1", "broken", "CREATE TABLE second (id INTEGER PRIMARY KEY);\nINSERT INTO nowhere VALUES (1);",
                "DROP TABLE second;");
        try (TestDatabase.Fresh db = database.fresh()) {
            CliRun run = CliRun.of(common(db, scripts), "upgrade", "head");
            assertThat(run.status()).as(run.toString()).isEqualTo(MigrateCommand.FAILED);
            assertThat(run.err()).startsWith("FAILED: ").contains("a2").contains("a2_broken.sql");
            assertThat(rows(db)).containsExactly("a1");
            assertThat(count(db, "SELECT COUNT(*) FROM account")).isEqualTo(1);
            if (database.dialect().transactionalDdl()) {
                assertThat(tableExists(db, "second")).as("the failed revision rolled back").isFalse();
            }
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void validateReportsAnAppliedScriptEditedSince(TestDatabase database) throws Exception {
        script("a1", "", "create account", "CREATE TABLE account (id INTEGER PRIMARY KEY);", "DROP TABLE account;");
        try (TestDatabase.Fresh db = database.fresh()) {
            List<String> common = common(db, scripts);
            assertThat(CliRun.of(common, "upgrade", "head").status()).isZero();
            assertThat(CliRun.of(common, "validate").status()).isZero();
            Path file = scripts.resolve("a1_create_account.sql");
            Files.writeString(file, Files.readString(file).replace("\n", "\r\n"));
            assertThat(CliRun.of(common, "validate").status()).as("line endings are not an edit").isZero();
            Files.writeString(file, Files.readString(file).replace("PRIMARY KEY", "PRIMARY KEY, name TEXT"));
            CliRun edited = CliRun.of(common, "validate");
            assertThat(edited.status()).isEqualTo(1);
            assertThat(edited.out()).contains("a1");
        }
    }
}
