package dev.migrate.runtime;

import static dev.migrate.runtime.Chain.A;
import static dev.migrate.runtime.Chain.B;
import static dev.migrate.runtime.Fixtures.byId;
import static dev.migrate.runtime.Fixtures.downgrade;
import static dev.migrate.runtime.Fixtures.edited;
import static dev.migrate.runtime.Fixtures.insert;
import static dev.migrate.runtime.Fixtures.plan;
import static dev.migrate.runtime.Fixtures.update;
import static dev.migrate.runtime.Fixtures.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.revision.Step;
import dev.migrate.runtime.fixtures.CreateWidgets;
import dev.migrate.script.SqlScript;
import dev.migrate.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The history rows steps leave, checksum validation over them, and the step log lines. */
class HistoryTest {

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void everyStepLeavesAHistoryRow(TestDatabase db) throws Exception {
        try (TestDatabase.Fresh fresh = db.fresh(); Connection connection = fresh.connect()) {
            Migrator migrator = new Migrator(connection, db.dialect(), RuntimeSettings.defaults().withAppliedBy("tester"));
            Instant before = Instant.now().minusMillis(1);
            migrator.run(plan(List.of(), upgrade(A, List.of(), insert("a")), upgrade(B, List.of("a"), update("a", "b"))),
                    byId(A, B));
            migrator.run(plan(List.of("b"), downgrade(B, List.of("a"), update("b", "a"))), byId(A, B));
            Instant after = Instant.now().plusMillis(1);

            List<HistoryEntry> history = migrator.history();
            assertThat(history).extracting(HistoryEntry::direction)
                    .containsExactly(Step.Direction.UPGRADE, Step.Direction.UPGRADE, Step.Direction.DOWNGRADE);
            assertThat(history).extracting(HistoryEntry::id).isSorted().doesNotHaveDuplicates();
            HistoryEntry first = history.get(0);
            assertThat(first.revision()).isEqualTo("a");
            assertThat(first.from()).isEmpty();
            assertThat(first.to()).containsExactly("a");
            assertThat(first.message()).isEqualTo("create t_a");
            assertThat(first.checksum()).isEqualTo(A.sha256());
            assertThat(first.appliedBy()).isEqualTo("tester");
            assertThat(first.success()).isTrue();
            assertThat(first.durationMs()).isNotNull().isNotNegative();
            assertThat(first.startedAt()).isBetween(before, after);
            assertThat(history.get(1).startedAt()).isAfterOrEqualTo(first.startedAt());
            if (db != TestDatabase.SQLITE) {
                assertThat(first.dbUser()).isNotBlank();
            }
            HistoryEntry down = history.get(2);
            assertThat(down.revision()).isEqualTo("b");
            assertThat(down.from()).containsExactly("b");
            assertThat(down.to()).containsExactly("a");
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void validateReportsAppliedScriptsEditedSince(TestDatabase db) throws Exception {
        try (TestDatabase.Fresh fresh = db.fresh(); Connection connection = fresh.connect()) {
            Migrator migrator = new Migrator(connection, db.dialect());
            migrator.run(plan(List.of(), upgrade(A, List.of(), insert("a")), upgrade(B, List.of("a"), update("a", "b"))),
                    byId(A, B));
            assertThat(migrator.validate(List.of(A, B))).isEmpty();

            SqlScript editedA = edited(A, A.upgradeSql() + "\nINSERT INTO t_a VALUES (2, 'second');");
            assertThat(migrator.validate(List.of(editedA, B))).containsExactly(
                    new ChecksumMismatch("a", "a.sql", A.sha256(), editedA.sha256()));
            assertThat(migrator.validate(List.of(editedA, B)).get(0).describe()).isEqualTo(
                    "Revision a (a.sql) was applied with checksum " + A.sha256() + " but the script now has checksum "
                            + editedA.sha256() + ": it was edited after it was applied. Restore the applied content "
                            + "and put the change in a new revision.");

            // a downgraded revision may change; once re-applied, its new content is what counts
            migrator.run(plan(List.of("b"), downgrade(B, List.of("a"), update("b", "a"))), byId(B));
            SqlScript editedB = edited(B, "CREATE TABLE t_b (id INTEGER PRIMARY KEY, a_id INTEGER, extra INTEGER);");
            assertThat(migrator.validate(List.of(A, editedB))).isEmpty();
            migrator.run(plan(List.of("a"), upgrade(editedB, List.of("a"), update("a", "b"))), byId(editedB));
            assertThat(migrator.validate(List.of(A, editedB))).isEmpty();
            assertThat(migrator.validate(List.of(A, B))).extracting(ChecksumMismatch::revision).containsExactly("b");

            // an SQL script rewritten in Java no longer matches either
            var java = Fixtures.java(CreateWidgets.class, "a", "create t_a");
            assertThat(migrator.validate(List.of(java, editedB))).containsExactly(
                    new ChecksumMismatch("a", java.path(), A.sha256(), null));
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void stepsAreLoggedAsAlembicLogsThem(TestDatabase db) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (TestDatabase.Fresh fresh = db.fresh(); Connection connection = fresh.connect()) {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            new Migrator(connection, db.dialect()).run(plan(List.of(), upgrade(A, List.of(), insert("a")),
                    upgrade(B, List.of("a"), update("a", "b"))), byId(A, B));
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("INFO dev.migrate.runtime - Will assume "
                + (db.dialect().transactionalDdl() ? "transactional DDL." : "non-transactional DDL."));
        assertThat(log).contains("INFO dev.migrate.runtime - Running upgrade  -> a, create t_a\n");
        assertThat(log).contains("INFO dev.migrate.runtime - Running upgrade a -> b, create t_b\n");
    }
}
