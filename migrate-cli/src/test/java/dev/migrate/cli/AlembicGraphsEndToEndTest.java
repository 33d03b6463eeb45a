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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The graphs of Alembic's test suite (reference §7), written as SQL scripts whose revisions each
 * create a table, run through the command line on every database: the version rows after each
 * command are Alembic's, and the tables present are exactly those of the applied revisions.
 */
class AlembicGraphsEndToEndTest {

    @TempDir
    Path scripts;

    /** id -> "parents|dependencies|labels", in load order (file names sort in this order). */
    private final Map<String, String> graph = new LinkedHashMap<>();

    private void revision(String id, String parents) {
        graph.put(id, parents + "||");
    }

    private void revision(String id, String parents, String dependencies, String labels) {
        graph.put(id, parents + "|" + dependencies + "|" + labels);
    }

    private void write() throws Exception {
        int index = 0;
        for (Map.Entry<String, String> entry : graph.entrySet()) {
            String[] parts = entry.getValue().split("\\|", -1);
            String id = entry.getKey();
            StringBuilder text = new StringBuilder("-- migrate:revision " + id + "\n");
            if (!parts[0].isEmpty()) {
                text.append("-- migrate:revises ").append(parts[0]).append('\n');
            }
            if (!parts[1].isEmpty()) {
                text.append("-- migrate:depends-on ").append(parts[1]).append('\n');
            }
            if (!parts[2].isEmpty()) {
                text.append("-- migrate:branch-labels ").append(parts[2]).append('\n');
            }
            text.append("-- migrate:message revision ").append(id).append("\n\n-- migrate:upgrade\n")
                    .append("CREATE TABLE t_").append(id).append(" (id INTEGER PRIMARY KEY);\n")
                    .append("INSERT INTO t_").append(id).append(" (id) VALUES (1);\n\n-- migrate:downgrade\n")
                    .append("DROP TABLE t_").append(id).append(";\n");
            Files.writeString(scripts.resolve(String.format("%03d_%s.sql", index++, id)), text.toString());
        }
    }

    private static List<String> common(TestDatabase.Fresh db, Path scripts) {
        List<String> args = new ArrayList<>(List.of("--url", db.url(), "--locations", "filesystem:" + scripts,
                "--file-template", "{slug}"));
        if (db.user() != null) {
            args.addAll(List.of("--user", db.user()));
        }
        if (db.password() != null && !db.password().isEmpty()) {
            args.addAll(List.of("--password", db.password()));
        }
        return args;
    }

    private void ok(List<String> common, String... args) {
        CliRun run = CliRun.of(common, args);
        assertThat(run.status()).as(String.join(" ", args) + "\n" + run).isZero();
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

    private List<String> tables(TestDatabase.Fresh db) throws SQLException {
        List<String> present = new ArrayList<>();
        try (Connection connection = db.connect()) {
            for (String id : graph.keySet()) {
                try (Statement statement = connection.createStatement()) {
                    statement.executeQuery("SELECT id FROM t_" + id).close();
                    present.add(id);
                } catch (SQLException absent) {
                    // not applied
                }
            }
        }
        return present;
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void mergedPathUpgradesUnmergesAndStampsAsAlembic(TestDatabase database) throws Exception {
        // reference §7 scenario 11 (MergedPathTest)
        revision("a", "");
        revision("b", "a");
        revision("c1", "b");
        revision("d1", "c1");
        revision("c2", "b", "", "c2branch");
        revision("d2", "c2");
        revision("e", "d1 d2");
        revision("f", "e");
        write();
        try (TestDatabase.Fresh db = database.fresh()) {
            List<String> common = common(db, scripts);
            ok(common, "upgrade", "b");
            assertThat(rows(db)).containsExactly("b");
            ok(common, "upgrade", "d2");
            assertThat(rows(db)).containsExactly("d2");
            ok(common, "upgrade", "f");
            assertThat(rows(db)).containsExactly("f");
            assertThat(tables(db)).containsExactlyInAnyOrder("a", "b", "c1", "d1", "c2", "d2", "e", "f");
            ok(common, "downgrade", "d1");
            assertThat(rows(db)).containsExactlyInAnyOrder("d1", "d2");
            ok(common, "downgrade", "c2branch@-2");
            assertThat(rows(db)).containsExactly("d1");
            assertThat(tables(db)).containsExactlyInAnyOrder("a", "b", "c1", "d1");
            ok(common, "stamp", "e");
            assertThat(rows(db)).containsExactly("e");
            ok(common, "stamp", "c2");
            assertThat(rows(db)).containsExactly("c2");
            ok(common, "stamp", "--purge", "b");
            assertThat(rows(db)).containsExactly("b");
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void twinMergeKeepsOneRowPerBranchAsAlembic(TestDatabase database) throws Exception {
        // reference §7 scenario 12 (TwinMergeTest, Alembic #297)
        revision("a", "");
        revision("b1", "a");
        revision("b2", "a");
        revision("b3", "a");
        revision("c1", "b1 b2 b3");
        revision("c2", "b1 b2 b3");
        revision("d1", "c1");
        revision("d2", "c2");
        write();
        try (TestDatabase.Fresh db = database.fresh()) {
            List<String> common = common(db, scripts);
            ok(common, "upgrade", "a");
            ok(common, "upgrade", "b3");
            assertThat(rows(db)).containsExactly("b3");
            ok(common, "upgrade", "b1");
            ok(common, "upgrade", "b2");
            assertThat(rows(db)).containsExactlyInAnyOrder("b1", "b2", "b3");
            ok(common, "upgrade", "c2");
            assertThat(rows(db)).containsExactly("c2");
            ok(common, "upgrade", "d2");
            ok(common, "upgrade", "c1");
            assertThat(rows(db)).containsExactlyInAnyOrder("c1", "d2");
            ok(common, "upgrade", "d1");
            assertThat(rows(db)).containsExactlyInAnyOrder("d1", "d2");
            ok(common, "downgrade", "base");
            assertThat(rows(db)).isEmpty();
            assertThat(tables(db)).isEmpty();
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void crossLineageDependenciesPullInAndRevertAsAlembic(TestDatabase database) throws Exception {
        // dependencies across lineages (reference §2.5, scenarios 14 and 15)
        revision("a1", "", "", "alpha");
        revision("a2", "a1");
        revision("a3", "a2");
        revision("b1", "", "", "beta");
        revision("b2", "b1", "a3", "");
        revision("b3", "b2");
        write();
        try (TestDatabase.Fresh db = database.fresh()) {
            List<String> common = common(db, scripts);
            ok(common, "upgrade", "beta@head");
            assertThat(rows(db)).containsExactly("b3");
            assertThat(tables(db)).containsExactlyInAnyOrder("a1", "a2", "a3", "b1", "b2", "b3");
            ok(common, "downgrade", "alpha@base");
            assertThat(tables(db)).as("reverting alpha reverts what depends on it").containsExactly("b1");
            assertThat(rows(db)).containsExactly("b1");
            ok(common, "upgrade", "heads");
            ok(common, "downgrade", "b2");
            assertThat(rows(db)).containsExactly("b2");
            CliRun current = CliRun.of(common, "current");
            assertThat(current.lines()).containsExactly("a3 (effective head)", "b2");
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void forestUpgradesBranchByBranchAndStampsEveryHead(TestDatabase database) throws Exception {
        // reference §7 scenario 13 (ForestTest)
        revision("a1", "");
        revision("b1", "a1");
        revision("a2", "");
        revision("b2", "a2");
        write();
        try (TestDatabase.Fresh db = database.fresh()) {
            List<String> common = common(db, scripts);
            CliRun upgrade = CliRun.of(common, "upgrade", "--sql", "heads");
            assertThat(upgrade.out().indexOf("-> a2")).isLessThan(upgrade.out().indexOf("-> a1"));
            ok(common, "upgrade", "heads");
            assertThat(rows(db)).containsExactlyInAnyOrder("b1", "b2");
            ok(common, "stamp", "base");
            assertThat(rows(db)).isEmpty();
            ok(common, "stamp", "heads");
            assertThat(rows(db)).containsExactlyInAnyOrder("b1", "b2");
        }
    }
}
