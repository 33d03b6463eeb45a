package dev.migrate.runtime;

import static dev.migrate.runtime.Chain.A;
import static dev.migrate.runtime.Chain.B_FAILING;
import static dev.migrate.runtime.Chain.C;
import static dev.migrate.runtime.Fixtures.byId;
import static dev.migrate.runtime.Fixtures.count;
import static dev.migrate.runtime.Fixtures.delete;
import static dev.migrate.runtime.Fixtures.exists;
import static dev.migrate.runtime.Fixtures.insert;
import static dev.migrate.runtime.Fixtures.plan;
import static dev.migrate.runtime.Fixtures.update;
import static dev.migrate.runtime.Fixtures.upgrade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.revision.Plan;
import dev.migrate.runtime.fixtures.BrokenJavaMigration;
import dev.migrate.runtime.fixtures.CreateWidgets;
import dev.migrate.script.JavaScript;
import dev.migrate.script.Script;
import dev.migrate.script.SqlScript;
import dev.migrate.script.SqlStatement;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a failing step leaves behind on each database, and what the error says. */
class MigratorFailureTest {

    private static final Map<String, Script> SCRIPTS = byId(A, B_FAILING, C);
    private static final Plan A_B_C = plan(List.of(),
            upgrade(A, List.of(), insert("a")),
            upgrade(B_FAILING, List.of("a"), update("a", "b")),
            upgrade(C, List.of("b"), update("b", "c")));

    private static boolean rollsBackDdl(TestDatabase db) {
        return db == TestDatabase.SQLITE || db == TestDatabase.POSTGRESQL;
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void failingStatementInSecondOfThreeRevisions(TestDatabase db) throws Exception {
        Dialect dialect = db.dialect();
        List<SqlStatement> statements = B_FAILING.upgradeStatements();
        try (TestDatabase.Fresh fresh = db.fresh(); Connection connection = fresh.connect()) {
            Migrator migrator = new Migrator(connection, dialect);
            MigrateException failure = catchThrowableOfType(MigrateException.class, () -> migrator.run(A_B_C, SCRIPTS));

            assertThat(failure.getMessage())
                    .startsWith("Revision b failed: upgrade a -> b, create t_b\n"
                            + "at b.sql line " + statements.get(2).line() + ": INSERT INTO no_such_table VALUES (1)\n"
                            + "Database error: ")
                    .containsIgnoringCase("no_such_table");
            assertThat(migrator.currentVersions()).containsExactly("a");
            assertThat(count(connection, "t_a")).isEqualTo(1);
            assertThat(exists(connection, dialect, "t_c")).isFalse();
            assertThat(migrator.history()).extracting(HistoryEntry::revision).startsWith("a");

            if (rollsBackDdl(db)) {
                assertThat(exists(connection, dialect, "t_b")).isFalse();
                assertThat(failure.getMessage()).endsWith("The step ran in a transaction that was rolled back: "
                        + "nothing of it was applied and the version table is still at a. "
                        + "Fix the problem and run the command again.");
                assertThat(migrator.history()).hasSize(1);
            } else {
                assertThat(count(connection, "t_b")).isEqualTo(1);
                assertThat(failure.getMessage()).endsWith(dialect.name() + " has no transactional DDL (each DDL "
                        + "statement commits), so these statements of revision b completed and stay applied:\n"
                        + "    line " + statements.get(0).line() + ": " + statements.get(0).sql() + "\n"
                        + "    line " + statements.get(1).line() + ": " + statements.get(1).sql() + "\n"
                        + "The version table is still at the previous revision (a). Fix the database by hand: "
                        + "undo these statements and run the command again, or finish the step by hand and run "
                        + "`stamp b`.");
                assertThat(migrator.history()).extracting(HistoryEntry::revision, HistoryEntry::success)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("a", true),
                                org.assertj.core.groups.Tuple.tuple("b", false));
            }
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void oneTransactionForAllRevisionsRollsBackTheWholeRun(TestDatabase db) throws Exception {
        Dialect dialect = db.dialect();
        try (TestDatabase.Fresh fresh = db.fresh(); Connection connection = fresh.connect()) {
            Migrator migrator = new Migrator(connection, dialect,
                    RuntimeSettings.defaults().withTransactionPerRevision(false));
            MigrateException failure = catchThrowableOfType(MigrateException.class, () -> migrator.run(A_B_C, SCRIPTS));
            if (rollsBackDdl(db)) {
                assertThat(migrator.currentVersions()).isEmpty();
                assertThat(exists(connection, dialect, "t_a")).isFalse();
                assertThat(failure.getMessage()).contains("The transaction was rolled back, together with the revisions "
                        + "that ran earlier in it (a): none of them was applied and the version table is still at "
                        + "base (no rows).");
                assertThat(migrator.history()).isEmpty();
            } else {
                assertThat(migrator.currentVersions()).containsExactly("a");
                assertThat(exists(connection, dialect, "t_b")).isTrue();
            }
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void nonTransactionalScriptRunsStatementByStatementEverywhere(TestDatabase db) throws Exception {
        Dialect dialect = db.dialect();
        SqlScript b = Fixtures.sql("b", List.of("a"), "create t_b", B_FAILING.upgradeSql(), "DROP TABLE t_b;", false);
        try (TestDatabase.Fresh fresh = db.fresh(); Connection connection = fresh.connect()) {
            Migrator migrator = new Migrator(connection, dialect);
            migrator.run(plan(List.of(), upgrade(A, List.of(), insert("a"))), byId(A));
            assertThatThrownBy(() -> migrator.run(plan(List.of("a"), upgrade(b, List.of("a"), update("a", "b"))),
                    byId(b)))
                    .isInstanceOf(MigrateException.class)
                    .hasMessageContaining(dialect.transactionalDdl()
                            ? "Revision b is marked non-transactional, so these statements of revision b completed"
                            : "has no transactional DDL")
                    .hasMessageContaining("The version table is still at the previous revision (a)");
            assertThat(count(connection, "t_b")).isEqualTo(1);
            assertThat(migrator.currentVersions()).containsExactly("a");
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void javaMigrationRunsStatementsAndCallbacksInItsTransaction(TestDatabase db) throws Exception {
        JavaScript widgets = Fixtures.java(CreateWidgets.class, "w1", "widgets");
        try (TestDatabase.Fresh fresh = db.fresh(); Connection connection = fresh.connect()) {
            Migrator migrator = new Migrator(connection, db.dialect());
            migrator.run(plan(List.of(), upgrade(widgets, List.of(), insert("w1"))), byId(widgets));
            assertThat(count(connection, "widgets")).isEqualTo(3);
            assertThat(migrator.currentVersions()).containsExactly("w1");
            assertThat(migrator.history()).singleElement().satisfies(entry -> {
                assertThat(entry.checksum()).isNull();
                assertThat(entry.message()).isEqualTo("widgets");
            });
            migrator.run(plan(List.of("w1"), Fixtures.downgrade(widgets, List.of(), delete("w1"))), byId(widgets));
            assertThat(exists(connection, db.dialect(), "widgets")).isFalse();
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void failingJavaMigrationNamesItsClassAndLine(TestDatabase db) throws Exception {
        JavaScript broken = Fixtures.java(BrokenJavaMigration.class, "j1", "gadgets");
        try (TestDatabase.Fresh fresh = db.fresh(); Connection connection = fresh.connect()) {
            Migrator migrator = new Migrator(connection, db.dialect());
            assertThatThrownBy(() -> migrator.run(plan(List.of(), upgrade(broken, List.of(), insert("j1"))),
                    byId(broken)))
                    .isInstanceOf(MigrateException.class)
                    .hasMessageStartingWith("Revision j1 failed: upgrade  -> j1, gadgets\nat class "
                            + BrokenJavaMigration.class.getName() + " line " + BrokenJavaMigration.FAILING_LINE
                            + ": INSERT INTO gadgets VALUES ('not a number at all', 1, 2)\nDatabase error: ");
            assertThat(migrator.currentVersions()).isEmpty();
            assertThat(exists(connection, db.dialect(), "gadgets")).isEqualTo(!rollsBackDdl(db));
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void updateMatchingNoRowFailsInAlembicsWordsAndRollsBackWherePossible(TestDatabase db) throws Exception {
        Dialect dialect = db.dialect();
        try (TestDatabase.Fresh fresh = db.fresh(); Connection connection = fresh.connect()) {
            Migrator migrator = new Migrator(connection, dialect);
            migrator.run(plan(List.of(), upgrade(A, List.of(), insert("a"))), byId(A));
            // the plan claims to move 'x' to 'b' while the table holds 'a'
            Plan wrong = new Plan(List.of(upgrade(Chain.B, List.of("x"), update("x", "b"))), List.of("a"),
                    List.of("b"), List.of());
            assertThatThrownBy(() -> migrator.run(wrong, byId(Chain.B)))
                    .isInstanceOf(MigrateException.class)
                    .hasMessageContaining("Online migration expected to match one row when updating 'x' to 'b' in "
                            + "'migrate_version'; 0 found\n");
            assertThat(migrator.currentVersions()).containsExactly("a");
            assertThat(exists(connection, dialect, "t_b")).isEqualTo(!rollsBackDdl(db));
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void deleteMatchingSeveralRowsFailsInAlembicsWords(TestDatabase db) throws Exception {
        try (TestDatabase.Fresh fresh = db.fresh(); Connection connection = fresh.connect()) {
            try (Statement statement = connection.createStatement()) {
                // an Alembic table made with version_table_pk=False, edited by hand
                statement.execute("CREATE TABLE migrate_version (version_num VARCHAR(32) NOT NULL)");
                statement.execute("INSERT INTO migrate_version (version_num) VALUES ('a')");
                statement.execute("INSERT INTO migrate_version (version_num) VALUES ('a')");
            }
            Migrator migrator = new Migrator(connection, db.dialect());
            Plan plan = new Plan(List.of(Fixtures.stamp(null, List.of("a"), List.of(), delete("a"))), List.of("a", "a"),
                    List.of(), List.of());
            assertThatThrownBy(() -> migrator.run(plan, Map.of()))
                    .isInstanceOf(MigrateException.class)
                    .hasMessageContaining("Online migration expected to match one row when deleting 'a' in "
                            + "'migrate_version'; 2 found");
            assertThat(migrator.currentVersions()).containsExactly("a", "a");
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void insertingARowThatIsThereFailsClearly(TestDatabase db) throws Exception {
        try (TestDatabase.Fresh fresh = db.fresh(); Connection connection = fresh.connect()) {
            Migrator migrator = new Migrator(connection, db.dialect());
            migrator.run(plan(List.of(), upgrade(A, List.of(), insert("a"))), byId(A));
            Plan again = new Plan(List.of(Fixtures.stamp(A.revision(), List.of(), List.of("a"), insert("a"))),
                    List.of("a"), List.of("a"), List.of());
            assertThatThrownBy(() -> migrator.run(again, Map.of()))
                    .isInstanceOf(MigrateException.class)
                    .hasMessageContaining("Online migration cannot insert 'a' into 'migrate_version': the row is "
                            + "already there");
            assertThat(migrator.currentVersions()).containsExactly("a");
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void planMadeForOtherRowsRunsNothing(TestDatabase db) throws Exception {
        Dialect dialect = db.dialect();
        try (TestDatabase.Fresh fresh = db.fresh(); Connection connection = fresh.connect()) {
            Migrator migrator = new Migrator(connection, dialect);
            migrator.run(plan(List.of(), upgrade(A, List.of(), insert("a"))), byId(A));
            assertThatThrownBy(() -> migrator.run(plan(List.of(), upgrade(A, List.of(), insert("a"))), byId(A)))
                    .isInstanceOf(MigrateException.class)
                    .hasMessage("The version table 'migrate_version' holds (a) but the plan starts from no rows "
                            + "(base); the database changed since the plan was made (another migration running?). "
                            + "Nothing was run; run the command again.");
            assertThat(count(connection, "t_a")).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void missingScriptStopsBeforeAnythingRuns(TestDatabase db) throws Exception {
        Dialect dialect = db.dialect();
        try (TestDatabase.Fresh fresh = db.fresh(); Connection connection = fresh.connect()) {
            Migrator migrator = new Migrator(connection, dialect);
            Plan plan = plan(List.of(), upgrade(A, List.of(), insert("a")), upgrade(C, List.of("a"), update("a", "c")));
            assertThatThrownBy(() -> migrator.run(plan, byId(A)))
                    .isInstanceOf(MigrateException.class)
                    .hasMessage("Can't locate the script of revision 'c', needed to upgrade it; nothing was run");
            assertThat(exists(connection, dialect, "t_a")).isFalse();
            assertThat(exists(connection, dialect, "migrate_version")).isFalse();
        }
    }
}
