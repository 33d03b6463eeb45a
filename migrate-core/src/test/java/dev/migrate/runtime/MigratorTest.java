package dev.migrate.runtime;

import static dev.migrate.runtime.Chain.A;
import static dev.migrate.runtime.Chain.B;
import static dev.migrate.runtime.Chain.B1;
import static dev.migrate.runtime.Chain.B2;
import static dev.migrate.runtime.Chain.C;
import static dev.migrate.runtime.Chain.M;
import static dev.migrate.runtime.Fixtures.byId;
import static dev.migrate.runtime.Fixtures.count;
import static dev.migrate.runtime.Fixtures.delete;
import static dev.migrate.runtime.Fixtures.downgrade;
import static dev.migrate.runtime.Fixtures.exists;
import static dev.migrate.runtime.Fixtures.insert;
import static dev.migrate.runtime.Fixtures.plan;
import static dev.migrate.runtime.Fixtures.stamp;
import static dev.migrate.runtime.Fixtures.update;
import static dev.migrate.runtime.Fixtures.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.dialect.Dialect;
import dev.migrate.revision.Step;
import dev.migrate.script.Script;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Version-table bookkeeping of hand-built plans, checked after every step, on every database. */
class MigratorTest {

    private static final Map<String, Script> SCRIPTS = byId(A, B, C, B1, B2, M);

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void linearChainUpAndDown(TestDatabase db) throws Exception {
        Dialect dialect = db.dialect();
        try (TestDatabase.Fresh fresh = db.fresh(); Connection connection = fresh.connect()) {
            Migrator migrator = new Migrator(connection, dialect);

            migrator.run(plan(List.of(), upgrade(A, List.of(), insert("a"))), SCRIPTS);
            assertThat(migrator.currentVersions()).containsExactly("a");
            migrator.run(plan(List.of("a"), upgrade(B, List.of("a"), update("a", "b"))), SCRIPTS);
            assertThat(migrator.currentVersions()).containsExactly("b");
            migrator.run(plan(List.of("b"), upgrade(C, List.of("b"), update("b", "c"))), SCRIPTS);
            assertThat(migrator.currentVersions()).containsExactly("c");
            assertThat(count(connection, "t_a")).isEqualTo(1);
            assertThat(count(connection, "t_b")).isEqualTo(1);
            assertThat(count(connection, "t_a WHERE note = 'noted'")).isEqualTo(1);

            migrator.run(plan(List.of("c"), downgrade(C, List.of("b"), update("c", "b"))), SCRIPTS);
            assertThat(migrator.currentVersions()).containsExactly("b");
            migrator.run(plan(List.of("b"), downgrade(B, List.of("a"), update("b", "a")),
                    downgrade(A, List.of(), delete("a"))), SCRIPTS);
            assertThat(migrator.currentVersions()).isEmpty();
            assertThat(exists(connection, dialect, "t_a")).isFalse();
            assertThat(exists(connection, dialect, "t_b")).isFalse();
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void wholeChainInOnePlan(TestDatabase db) throws Exception {
        try (TestDatabase.Fresh fresh = db.fresh(); Connection connection = fresh.connect()) {
            Migrator migrator = new Migrator(connection, db.dialect());
            migrator.run(plan(List.of(),
                    upgrade(A, List.of(), insert("a")),
                    upgrade(B, List.of("a"), update("a", "b")),
                    upgrade(C, List.of("b"), update("b", "c"))), SCRIPTS);
            assertThat(migrator.currentVersions()).containsExactly("c");
            assertThat(migrator.history()).extracting(HistoryEntry::revision).containsExactly("a", "b", "c");
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void branchMergeAndUnmerge(TestDatabase db) throws Exception {
        Dialect dialect = db.dialect();
        try (TestDatabase.Fresh fresh = db.fresh(); Connection connection = fresh.connect()) {
            Migrator migrator = new Migrator(connection, dialect);
            migrator.run(plan(List.of(),
                    upgrade(A, List.of(), insert("a")),
                    upgrade(B1, List.of("a"), update("a", "b1"))), SCRIPTS);
            assertThat(migrator.currentVersions()).containsExactly("b1");

            // a second branch from a: a new row
            migrator.run(plan(List.of("b1"), upgrade(B2, List.of("a"), insert("b2"))), SCRIPTS);
            assertThat(migrator.currentVersions()).containsExactlyInAnyOrder("b1", "b2");

            // the merge: delete one parent row, update the other
            migrator.run(plan(List.of("b1", "b2"), upgrade(M, List.of("b1", "b2"), delete("b1"), update("b2", "m"))),
                    SCRIPTS);
            assertThat(migrator.currentVersions()).containsExactly("m");
            assertThat(count(connection, "t_m")).isZero();

            // unmerge on downgrade: insert one parent, update the merge row to the other
            migrator.run(plan(List.of("m"), downgrade(M, List.of("b1", "b2"), insert("b1"), update("m", "b2"))),
                    SCRIPTS);
            assertThat(migrator.currentVersions()).containsExactlyInAnyOrder("b1", "b2");
            assertThat(exists(connection, dialect, "t_m")).isFalse();
            assertThat(count(connection, "t_b1") + count(connection, "t_b2")).isEqualTo(2);

            // downgrading one branch leaves the other row alone
            migrator.run(plan(List.of("b1", "b2"), downgrade(B2, List.of("a"), delete("b2"))), SCRIPTS);
            assertThat(migrator.currentVersions()).containsExactly("b1");
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void stampWritesRowsAndHistoryButRunsNoScript(TestDatabase db) throws Exception {
        Dialect dialect = db.dialect();
        try (TestDatabase.Fresh fresh = db.fresh(); Connection connection = fresh.connect()) {
            Migrator migrator = new Migrator(connection, dialect);
            migrator.run(plan(List.of(), stamp(B.revision(), List.of(), List.of("b"), insert("b"))), Map.of());
            assertThat(migrator.currentVersions()).containsExactly("b");
            assertThat(exists(connection, dialect, "t_a")).isFalse();
            assertThat(exists(connection, dialect, "t_b")).isFalse();

            migrator.run(plan(List.of("b"), stamp(null, List.of("b"), List.of(), delete("b"))), Map.of());
            assertThat(migrator.currentVersions()).isEmpty();
            assertThat(migrator.history())
                    .extracting(HistoryEntry::direction, HistoryEntry::revision, HistoryEntry::checksum)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(Step.Direction.STAMP, "b", null),
                            org.assertj.core.groups.Tuple.tuple(Step.Direction.STAMP, null, null));
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void readingNeverCreatesTables(TestDatabase db) throws Exception {
        Dialect dialect = db.dialect();
        try (TestDatabase.Fresh fresh = db.fresh(); Connection connection = fresh.connect()) {
            Migrator migrator = new Migrator(connection, dialect);
            assertThat(migrator.currentVersions()).isEmpty();
            assertThat(migrator.history()).isEmpty();
            assertThat(migrator.validate(List.of(A))).isEmpty();
            migrator.run(plan(List.of()), SCRIPTS);
            assertThat(exists(connection, dialect, "migrate_version")).isFalse();
            assertThat(exists(connection, dialect, "migrate_history")).isFalse();
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void versionTableHasAlembicShapeWith255Characters(TestDatabase db) throws Exception {
        Dialect dialect = db.dialect();
        try (TestDatabase.Fresh fresh = db.fresh(); Connection connection = fresh.connect()) {
            String longId = "r".repeat(255);
            Script script = Fixtures.sql(longId, List.of(), "long id", "CREATE TABLE t_long (id INTEGER);", "");
            Migrator migrator = new Migrator(connection, dialect);
            migrator.run(plan(List.of(), upgrade(script, List.of(), insert(longId))), byId(script));
            assertThat(migrator.currentVersions()).containsExactly(longId);
            assertThat(ColumnInfo.of(connection, "migrate_version", "version_num"))
                    .isEqualTo(new ColumnInfo(255, false));
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void adoptsAnAlembicVersionTableWithoutAlteringIt(TestDatabase db) throws Exception {
        Dialect dialect = db.dialect();
        try (TestDatabase.Fresh fresh = db.fresh(); Connection connection = fresh.connect()) {
            try (Statement statement = connection.createStatement()) {
                // exactly what Alembic creates
                statement.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                        + "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))");
                for (var sql : A.upgradeStatements()) {
                    statement.execute(sql.sql());
                }
                statement.execute("INSERT INTO alembic_version (version_num) VALUES ('a')");
            }
            Migrator migrator = new Migrator(connection, dialect,
                    RuntimeSettings.defaults().withVersionTable("alembic_version"));
            assertThat(migrator.currentVersions()).containsExactly("a");
            migrator.run(plan(List.of("a"), upgrade(B, List.of("a"), update("a", "b"))), SCRIPTS);

            assertThat(migrator.currentVersions()).containsExactly("b");
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT version_num FROM alembic_version")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("b");
            }
            assertThat(ColumnInfo.of(connection, "alembic_version", "version_num")).isEqualTo(new ColumnInfo(32, false));
            assertThat(exists(connection, dialect, "migrate_version")).isFalse();
            assertThat(count(connection, "t_b")).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void restoresTheCallersAutocommitMode(TestDatabase db) throws Exception {
        try (TestDatabase.Fresh fresh = db.fresh(); Connection connection = fresh.connect()) {
            connection.setAutoCommit(false);
            new Migrator(connection, db.dialect()).run(plan(List.of(), upgrade(A, List.of(), insert("a"))), SCRIPTS);
            assertThat(connection.getAutoCommit()).isFalse();
            connection.setAutoCommit(true);
            new Migrator(connection, db.dialect()).run(plan(List.of("a"), upgrade(B, List.of("a"), update("a", "b"))),
                    SCRIPTS);
            assertThat(connection.getAutoCommit()).isTrue();
            try (Connection other = fresh.connect()) {
                assertThat(new Migrator(other, db.dialect()).currentVersions()).containsExactly("b");
            }
        }
    }
}
