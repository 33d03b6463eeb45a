package dev.migrate.runtime;

import static dev.migrate.runtime.OperationsDatabaseTest.nullable;
import static dev.migrate.runtime.OperationsDatabaseTest.row;
import static dev.migrate.runtime.fixtures.Delegating.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import dev.migrate.operations.Column;
import dev.migrate.operations.ColumnChange;
import dev.migrate.operations.Index;
import dev.migrate.operations.Migration;
import dev.migrate.operations.Operation;
import dev.migrate.operations.SqlType;
import dev.migrate.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code batchAlterTable} through the real runtime on every database: the same batches are one
 * table rebuild on SQLite when an operation needs it and plain ALTERs elsewhere, and
 * {@code Recreate.ALWAYS} and {@code NEVER} do what they say. Data is checked up and down.
 */
class BatchAlterTableTest {

    private static final String ROWS = "SELECT id, name, score FROM account ORDER BY id";
    private static final List<String> INITIAL = List.of("1|ann|10", "2|bob|null", "3|cy|30");

    private static final Migration BASE = of(op -> {
        op.createTable("account", Column.of("id", SqlType.INTEGER).primaryKey(),
                Column.of("name", SqlType.varchar(50)).notNull(), Column.of("score", SqlType.INTEGER));
        op.bulkInsert("account", List.of(row("id", 1, "name", "ann", "score", 10),
                row("id", 2, "name", "bob", "score", null), row("id", 3, "name", "cy", "score", 30)));
    }, op -> op.dropTable("account"));

    private static OpsHarness withAccount(TestDatabase db) throws SQLException {
        OpsHarness h = new OpsHarness(db);
        h.up(BASE);
        return h;
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void aBatchMixingNativeAndRebuildOperations(TestDatabase db) throws Exception {
        try (OpsHarness h = withAccount(db)) {
            // the type change needs a rebuild on SQLite, so the whole batch is one; the rename comes after
            // an operation that still names the column by its old name
            h.up(of(op -> op.batchAlterTable("account", b -> {
                b.addColumn(Column.of("email", SqlType.varchar(100)).serverDefault("'none'"));
                b.alterColumn("name", ColumnChange.change().type(SqlType.varchar(120)));
                b.alterColumn("name", ColumnChange.change().rename("full_name"));
                b.createIndex(Index.on("ix_account_full_name", "account", "full_name"));
            }), op -> op.batchAlterTable("account", b -> {
                b.dropIndex("ix_account_full_name");
                b.alterColumn("full_name", ColumnChange.change().rename("name"));
                b.alterColumn("name", ColumnChange.change().type(SqlType.varchar(50)));
                b.dropColumn("email");
            })));
            assertThat(h.rows("SELECT id, full_name, score, email FROM account ORDER BY id"))
                    .containsExactly("1|ann|10|none", "2|bob|null|none", "3|cy|30|none");
            assertThat(nullable(h, "account", "full_name")).isFalse();
            assertThat(OperationsDatabaseTest.inspector(h).hasIndex("account", "ix_account_full_name")).isTrue();
            if (db == TestDatabase.SQLITE) {
                assertThat(h.rows("SELECT name, type FROM pragma_table_info('account')"))
                        .containsExactly("id|INTEGER", "full_name|VARCHAR(120)", "score|INTEGER", "email|VARCHAR(100)");
                assertThat(createSql(h)).startsWith("CREATE TABLE \"account\"");
            }
            h.down();
            assertThat(h.rows("SELECT * FROM account ORDER BY id")).isEqualTo(INITIAL);
            assertThat(nullable(h, "account", "name")).isFalse();
            assertThat(OperationsDatabaseTest.inspector(h).hasIndex("account", "ix_account_full_name")).isFalse();
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void aBatchWhoseDropTurnsOutIndexedRunsItsFirstOperationsAsAltersAndRebuildsForTheRest(TestDatabase db)
            throws Exception {
        try (OpsHarness h = withAccount(db)) {
            h.sql("CREATE INDEX ix_account_score ON account (score)");
            h.up(of(op -> op.batchAlterTable("account", b -> {
                b.addColumn(Column.of("email", SqlType.varchar(100)));
                b.dropColumn("score");
                b.alterColumn("email", ColumnChange.change().rename("mail"));
            }), op -> op.batchAlterTable("account", b -> {
                b.alterColumn("mail", ColumnChange.change().rename("email"));
                b.addColumn(Column.of("score", SqlType.INTEGER));
                b.dropColumn("email");
            })));
            assertThat(h.rows("SELECT id, name, mail FROM account ORDER BY id"))
                    .containsExactly("1|ann|null", "2|bob|null", "3|cy|null");
            assertThat(OperationsDatabaseTest.inspector(h).hasIndex("account", "ix_account_score")).isFalse();
            h.down();
            assertThat(h.rows(ROWS)).containsExactly("1|ann|null", "2|bob|null", "3|cy|null");
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void recreateAlwaysRebuildsOnSqliteAndIsRefusedElsewhere(TestDatabase db) throws Exception {
        try (OpsHarness h = withAccount(db)) {
            Migration always = of(op -> op.batchAlterTable("account", Operation.Recreate.ALWAYS,
                    b -> b.addColumn(Column.of("email", SqlType.varchar(100)))),
                    op -> op.batchAlterTable("account", Operation.Recreate.ALWAYS, b -> b.dropColumn("email")));
            if (db != TestDatabase.SQLITE) {
                assertThatThrownBy(() -> h.up(always)).isInstanceOf(MigrateException.class)
                        .hasMessageContaining("does not rebuild tables (move and copy)")
                        .hasMessageContaining("use Recreate.AUTO");
                assertThat(h.versions()).containsExactly("r1");
                assertThat(h.rows(ROWS)).isEqualTo(INITIAL);
                return;
            }
            assertThat(createSql(h)).startsWith("CREATE TABLE account");
            h.up(always);
            // a native ADD COLUMN would have kept the stored text; the rebuild wrote the table anew
            assertThat(createSql(h)).startsWith("CREATE TABLE \"account\"");
            assertThat(h.rows("SELECT id, name, score, email FROM account ORDER BY id"))
                    .containsExactly("1|ann|10|null", "2|bob|null|null", "3|cy|30|null");
            h.down();
            assertThat(h.rows("SELECT * FROM account ORDER BY id")).isEqualTo(INITIAL);
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void recreateNeverAltersOrRefusesBeforeAnythingRuns(TestDatabase db) throws Exception {
        try (OpsHarness h = withAccount(db)) {
            Migration nativeOnly = of(op -> op.batchAlterTable("account", Operation.Recreate.NEVER, b -> {
                b.addColumn(Column.of("email", SqlType.varchar(100)));
                b.alterColumn("score", ColumnChange.change().rename("points"));
            }), op -> op.batchAlterTable("account", Operation.Recreate.NEVER, b -> {
                b.alterColumn("points", ColumnChange.change().rename("score"));
                b.dropColumn("email");
            }));
            h.up(nativeOnly);
            assertThat(h.rows("SELECT id, name, points, email FROM account ORDER BY id"))
                    .containsExactly("1|ann|10|null", "2|bob|null|null", "3|cy|30|null");
            if (db == TestDatabase.SQLITE) {
                assertThat(createSql(h)).startsWith("CREATE TABLE account");
            }
            h.down();
            assertThat(h.rows("SELECT * FROM account ORDER BY id")).isEqualTo(INITIAL);

            Migration needsRebuild = of(op -> op.batchAlterTable("account", Operation.Recreate.NEVER, b -> {
                b.addColumn(Column.of("email", SqlType.varchar(100)));
                b.alterColumn("name", ColumnChange.change().type(SqlType.varchar(120)));
            }), op -> op.batchAlterTable("account", Operation.Recreate.NEVER, b -> {
                b.alterColumn("name", ColumnChange.change().type(SqlType.varchar(50)));
                b.dropColumn("email");
            }));
            if (db == TestDatabase.SQLITE) {
                assertThatThrownBy(() -> h.up(needsRebuild)).isInstanceOf(MigrateException.class)
                        .hasMessageContaining("with Recreate.NEVER")
                        .hasMessageContaining("alterColumn account.name (type)")
                        .hasMessageContaining("Nothing of this batch was applied");
                assertThat(h.versions()).containsExactly("r1");
                assertThat(h.rows("SELECT * FROM account ORDER BY id")).isEqualTo(INITIAL);
                return;
            }
            h.up(needsRebuild);
            assertThat(h.rows("SELECT id, name, score, email FROM account ORDER BY id"))
                    .containsExactly("1|ann|10|null", "2|bob|null|null", "3|cy|30|null");
            h.down();
            assertThat(h.rows("SELECT * FROM account ORDER BY id")).isEqualTo(INITIAL);
        }
    }

    private static String createSql(OpsHarness h) throws SQLException {
        return h.rows("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'account'").get(0);
    }
}
