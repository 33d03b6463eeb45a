package dev.migrate.runtime;

import static dev.migrate.runtime.OperationsDatabaseTest.inspector;
import static dev.migrate.runtime.fixtures.Delegating.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.MigrateException;
import dev.migrate.operations.Column;
import dev.migrate.operations.SqlType;
import dev.migrate.runtime.fixtures.AddEmailHalfWay;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A Java revision that fails half-way: rolled back whole where DDL is transactional; on
 * MySQL/MariaDB and H2 the message lists what stayed applied and how to recover, and the version
 * table stays at the last completed revision. The message is printed for the documentation.
 */
class HalfAppliedRevisionTest {

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void failureHalfWayThroughAJavaRevision(TestDatabase db) throws Exception {
        try (OpsHarness h = new OpsHarness(db)) {
            h.up(of(op -> op.createTable("account", Column.of("id", SqlType.INTEGER).primaryKey()), op -> { }));
            MigrateException failure = null;
            try {
                h.up(AddEmailHalfWay.class);
            } catch (MigrateException ex) {
                failure = ex;
            }
            assertThat(failure).isNotNull();
            System.out.println("---- " + db + "\n" + failure.getMessage());
            assertThat(h.versions()).containsExactly("r1");
            assertThat(failure.getMessage()).startsWith("Revision r2 failed: upgrade r1 -> r2, step r2\n"
                    + "at class dev.migrate.runtime.fixtures.AddEmailHalfWay line 15: UPDATE account SET email = lower(nickname)\n");
            if (db.dialect().transactionalDdl()) {
                assertThat(failure.getMessage()).contains("The step ran in a transaction that was rolled back: nothing "
                        + "of it was applied and the version table is still at r1.");
                assertThat(inspector(h).hasColumn("account", "email")).isFalse();
            } else {
                assertThat(failure.getMessage()).contains("has no transactional DDL (each DDL statement commits), so "
                        + "these statements of revision r2 completed and stay applied:\n"
                        + "    ALTER TABLE account ADD COLUMN email VARCHAR(100)\n"
                        + "    CREATE INDEX ix_account_email ON account (email)\n"
                        + "The version table is still at the previous revision (r1). Fix the database by hand: undo "
                        + "these statements and run the command again, or finish the step by hand and run `stamp r2`.");
                assertThat(inspector(h).hasColumn("account", "email")).isTrue();
                assertThat(h.rows("SELECT revision, success FROM migrate_history ORDER BY id"))
                        .hasSize(2).last().asString().startsWith("r2|");
            }
        }
    }
}
