package dev.migrate.runtime;

import static dev.migrate.runtime.Fixtures.byId;
import static dev.migrate.runtime.Fixtures.insert;
import static dev.migrate.runtime.Fixtures.plan;
import static dev.migrate.runtime.Fixtures.upgrade;
import static dev.migrate.runtime.OperationsDatabaseTest.inspector;
import static dev.migrate.runtime.fixtures.Delegating.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialects;
import dev.migrate.operations.Column;
import dev.migrate.operations.Migration;
import dev.migrate.operations.SqlType;
import dev.migrate.runtime.fixtures.Delegating;
import dev.migrate.script.JavaScript;
import dev.migrate.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code op.autocommitBlock}: on PostgreSQL {@code CREATE INDEX CONCURRENTLY}, which refuses to
 * run in a transaction, works inside it; everywhere the block commits what came before, and a
 * later failure says what stayed applied.
 */
class AutocommitBlockTest {

    /** PostgreSQL's CONCURRENTLY where it exists, a plain CREATE INDEX elsewhere. */
    private static String createIndex(TestDatabase db) {
        return "CREATE INDEX " + (db == TestDatabase.POSTGRESQL ? "CONCURRENTLY " : "") + "ix_item_name ON item (name)";
    }

    private static Migration items(TestDatabase db, boolean failAfterBlock) {
        return of(op -> {
            op.createTable("item", Column.of("id", SqlType.INTEGER).primaryKey(), Column.of("name", SqlType.varchar(20)));
            op.execute("INSERT INTO item (id, name) VALUES (1, 'one')");
            op.autocommitBlock(block -> block.execute(createIndex(db)));
            op.execute("INSERT INTO item (id, name) VALUES (2, 'two')");
            if (failAfterBlock) {
                op.execute("INSERT INTO no_such_table VALUES (1)");
            }
        }, op -> op.dropTable("item"));
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void statementsThatCannotRunInATransactionRunInTheBlock(TestDatabase db) throws Exception {
        if (db == TestDatabase.POSTGRESQL) {
            try (OpsHarness h = new OpsHarness(db)) {
                // without the block PostgreSQL refuses, inside the revision's transaction
                assertThatThrownBy(() -> h.up(of(op -> {
                    op.createTable("item", Column.of("id", SqlType.INTEGER).primaryKey(),
                            Column.of("name", SqlType.varchar(20)));
                    op.execute(createIndex(db));
                }, op -> { })))
                        .hasMessageContaining("CREATE INDEX CONCURRENTLY cannot run inside a transaction block");
            }
        }
        try (OpsHarness h = new OpsHarness(db)) {
            h.up(items(db, false));
            assertThat(inspector(h).hasIndex("item", "ix_item_name")).isTrue();
            assertThat(h.rows("SELECT id, name FROM item ORDER BY id")).containsExactly("1|one", "2|two");
            assertThat(h.versions()).containsExactly("r1");
            h.down();
            assertThat(inspector(h).hasTable("item")).isFalse();
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void aFailureAfterTheBlockReportsWhatTheBlockCommitted(TestDatabase db) throws Exception {
        try (OpsHarness h = new OpsHarness(db)) {
            assertThatThrownBy(() -> h.up(items(db, true))).isInstanceOf(MigrateException.class)
                    .hasMessageContaining(db.dialect().transactionalDdl()
                            ? "Revision r1 ran an autocommit block (op.autocommitBlock), which committed what ran before "
                                    + "it and inside it, so these statements of revision r1 completed and stay applied:"
                            : "has no transactional DDL (each DDL statement commits), so these statements of revision r1 "
                                    + "completed and stay applied:")
                    .hasMessageContaining(createIndex(db))
                    .hasMessageContaining("The version table is still at the previous revision (base (no rows))");
            assertThat(h.versions()).isEmpty();
            assertThat(inspector(h).hasIndex("item", "ix_item_name")).isTrue();
            // the row inserted after the block was rolled back where DDL is transactional
            assertThat(h.rows("SELECT id FROM item ORDER BY id"))
                    .containsExactly(db.dialect().transactionalDdl() ? new String[] {"1"} : new String[] {"1", "2"});
        }
    }

    @Test
    void offlineTheBlockSitsBetweenCommitAndBegin() throws Exception {
        JavaScript script = Fixtures.java(Delegating.class, "a1", "items");
        Delegating.next = items(TestDatabase.POSTGRESQL, false);
        StringBuilder out = new StringBuilder();
        new SqlWriter(Dialects.forName("postgresql"), RuntimeSettings.defaults()).write(
                plan(List.of(), upgrade(script, List.of(), insert("a1"))), byId(script), out);
        assertThat(out.toString()).contains("""
                INSERT INTO item (id, name) VALUES (1, 'one');

                COMMIT;

                CREATE INDEX CONCURRENTLY ix_item_name ON item (name);

                BEGIN;

                INSERT INTO item (id, name) VALUES (2, 'two');
                """);

        StringBuilder mysql = new StringBuilder();
        new SqlWriter(Dialects.forName("mysql"), RuntimeSettings.defaults()).write(
                plan(List.of(), upgrade(script, List.of(), insert("a1"))), byId(script), mysql);
        assertThat(mysql.toString()).doesNotContain("COMMIT;").doesNotContain("BEGIN;");
    }
}
