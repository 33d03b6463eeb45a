package dev.migrate.runtime;

import static dev.migrate.runtime.fixtures.Delegating.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import dev.migrate.operations.Column;
import dev.migrate.operations.ColumnChange;
import dev.migrate.operations.Constraint;
import dev.migrate.operations.Index;
import dev.migrate.operations.Migration;
import dev.migrate.operations.Operation;
import dev.migrate.operations.ReferentialAction;
import dev.migrate.operations.SqlType;
import dev.migrate.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Table rebuilds through the real runtime on an SQLite file whose connection is opened with
 * {@code foreign_keys=true}, as applications open it: the parent of {@code ON DELETE CASCADE}
 * foreign keys is rebuilt inside the revision's transaction without losing a child row, a copy that
 * fails leaves everything as it was, and the pragma is ON again after every run.
 */
class SqliteForeignKeyRebuildTest {

    private static final String PARENTS = "SELECT id, code, name FROM parent ORDER BY id";
    private static final String CHILDREN = "SELECT id, parent_id, body FROM child ORDER BY id";
    private static final List<String> PARENT_ROWS = List.of("1|10|ann", "2|20|bob", "3|30|cy");
    private static final List<String> CHILD_ROWS = List.of("1|1|a", "2|1|b", "3|2|c", "4|3|d", "5|3|e");

    /** parent(id, code INTEGER, legacy, name) and child(parent_id -> parent ON DELETE CASCADE), with rows. */
    private static final Migration SCHEMA = of(op -> {
        op.createTable("parent", Column.of("id", SqlType.INTEGER).primaryKey(),
                Column.of("code", SqlType.INTEGER).notNull(), Column.of("legacy", SqlType.TEXT),
                Column.of("name", SqlType.varchar(40)).notNull());
        op.createIndex(Index.on("ux_parent_name", "parent", "name").unique());
        op.createTable("child", Column.of("id", SqlType.INTEGER).primaryKey(),
                Column.of("parent_id", SqlType.INTEGER).notNull(), Column.of("body", SqlType.TEXT),
                new Constraint.ForeignKey("fk_child_parent", List.of("parent_id"), "parent", List.of("id"),
                        ReferentialAction.CASCADE, null));
        op.createIndex(Index.on("ix_child_parent", "child", "parent_id"));
        op.bulkInsert("parent", List.of(OperationsDatabaseTest.row("id", 1, "code", 10, "legacy", "x", "name", "ann"),
                OperationsDatabaseTest.row("id", 2, "code", 20, "legacy", "y", "name", "bob"),
                OperationsDatabaseTest.row("id", 3, "code", 30, "legacy", "z", "name", "cy")));
        op.execute("INSERT INTO child (id, parent_id, body) VALUES (1, 1, 'a'), (2, 1, 'b'), (3, 2, 'c'), "
                + "(4, 3, 'd'), (5, 3, 'e')");
    }, op -> {
        op.dropTable("child");
        op.dropTable("parent");
    });

    /** The rebuild: a type change and a dropped column on the parent table. */
    private static final Migration REBUILD_PARENT = of(op -> op.batchAlterTable("parent", b -> {
        b.alterColumn("code", ColumnChange.change().type(SqlType.varchar(10)));
        b.dropColumn("legacy");
    }), op -> op.batchAlterTable("parent", b -> {
        b.addColumn(Column.of("legacy", SqlType.TEXT));
        b.alterColumn("code", ColumnChange.change().type(SqlType.INTEGER));
    }));

    private static OpsHarness withSchema() throws SQLException {
        OpsHarness h = OpsHarness.sqliteWithForeignKeys();
        assertThat(foreignKeys(h)).isEqualTo("1");
        h.up(SCHEMA);
        assertThat(h.rows(PARENTS)).isEqualTo(PARENT_ROWS);
        assertThat(h.rows(CHILDREN)).isEqualTo(CHILD_ROWS);
        return h;
    }

    @Test
    void rebuildingTheParentOfCascadingForeignKeysKeepsEveryRowUpAndDown() throws Exception {
        try (OpsHarness h = withSchema()) {
            h.up(REBUILD_PARENT);
            assertThat(h.rows("SELECT name, type FROM pragma_table_info('parent')"))
                    .containsExactly("id|INTEGER", "code|VARCHAR(10)", "name|VARCHAR(40)");
            assertThat(h.rows(PARENTS)).isEqualTo(PARENT_ROWS);
            assertThat(h.rows(CHILDREN)).isEqualTo(CHILD_ROWS);
            assertClean(h);
            assertThat(h.versions()).containsExactly("r2");

            h.down();
            assertThat(h.rows("SELECT name, type FROM pragma_table_info('parent')"))
                    .containsExactly("id|INTEGER", "code|INTEGER", "name|VARCHAR(40)", "legacy|TEXT");
            assertThat(h.rows(PARENTS)).isEqualTo(PARENT_ROWS);
            assertThat(h.rows(CHILDREN)).isEqualTo(CHILD_ROWS);
            assertClean(h);
            assertThat(h.versions()).containsExactly("r1");

            // the foreign key and the unique index survived both rebuilds, and cascade still works
            assertThatThrownBy(() -> h.sql("INSERT INTO parent (id, code, name) VALUES (4, 40, 'ann')"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> h.sql("INSERT INTO child (id, parent_id) VALUES (9, 99)"))
                    .isInstanceOf(SQLException.class);
            h.sql("DELETE FROM parent WHERE id = 3");
            assertThat(h.rows(CHILDREN)).containsExactly("1|1|a", "2|1|b", "3|2|c");
        }
    }

    @Test
    void aCopyThatFailsLeavesTheTableItsRowsAndTheVersionAsTheyWereAndARetryWorks() throws Exception {
        try (OpsHarness h = withSchema()) {
            Migration notNullWithoutDefault = of(op -> op.batchAlterTable("parent", b -> {
                b.alterColumn("code", ColumnChange.change().type(SqlType.varchar(10)));
                b.addColumn(Column.of("region", SqlType.TEXT).notNull());
            }), op -> op.batchAlterTable("parent", b -> b.dropColumn("region")));
            expectFailureLeavesEverything(h, notNullWithoutDefault, "NOT NULL constraint failed: ");

            Migration corrected = of(op -> op.batchAlterTable("parent", b -> {
                b.alterColumn("code", ColumnChange.change().type(SqlType.varchar(10)));
                b.addColumn(Column.of("region", SqlType.TEXT).notNull().serverDefault("'north'"));
            }), op -> op.batchAlterTable("parent", b -> {
                b.dropColumn("region");
                b.alterColumn("code", ColumnChange.change().type(SqlType.INTEGER));
            }));
            h.up(corrected);
            assertThat(h.rows("SELECT id, code, name, region FROM parent ORDER BY id"))
                    .containsExactly("1|10|ann|north", "2|20|bob|north", "3|30|cy|north");
            assertThat(h.rows(CHILDREN)).isEqualTo(CHILD_ROWS);
            assertClean(h);
            h.down();
            assertThat(h.rows(PARENTS)).isEqualTo(PARENT_ROWS);
            assertThat(h.rows(CHILDREN)).isEqualTo(CHILD_ROWS);
            assertClean(h);
        }
    }

    @Test
    void aCheckTheRowsViolateFailsTheCopyAndRollsBack() throws Exception {
        try (OpsHarness h = withSchema()) {
            Migration check = of(op -> op.batchAlterTable("parent", Operation.Recreate.ALWAYS,
                    b -> b.createCheckConstraint("ck_parent_code", "code < 25")),
                    op -> op.dropConstraint("ck_parent_code", "parent", Constraint.Type.CHECK));
            expectFailureLeavesEverything(h, check, "CHECK constraint failed: ");

            h.sql("UPDATE parent SET code = 24 WHERE id = 3");
            h.up(check);
            assertThat(h.rows(PARENTS)).containsExactly("1|10|ann", "2|20|bob", "3|24|cy");
            assertThat(h.rows(CHILDREN)).isEqualTo(CHILD_ROWS);
            assertClean(h);
            h.down();
            h.sql("UPDATE parent SET code = 30 WHERE id = 3");
            assertThat(h.rows(PARENTS)).isEqualTo(PARENT_ROWS);
            assertClean(h);
        }
    }

    @Test
    void aRevisionThatLeavesOrphansFailsBeforeCommitBecauseNoCascadeRuns() throws Exception {
        try (OpsHarness h = withSchema()) {
            List<String> versions = h.versions();
            Migration deleteParent = of(op -> op.execute("DELETE FROM parent WHERE id = 1"),
                    op -> op.execute("SELECT 1"));
            assertThatThrownBy(() -> h.up(deleteParent)).isInstanceOf(MigrateException.class)
                    .hasMessageContaining("PRAGMA foreign_key_check before COMMIT found 2 row(s) whose parent row "
                            + "is missing")
                    .hasMessageContaining("\"child\" rowid 1 -> \"parent\" (foreign key 0)")
                    .hasMessageContaining("\"child\" rowid 2 -> \"parent\"")
                    .hasMessageContaining("rolled back");
            assertThat(h.rows(PARENTS)).isEqualTo(PARENT_ROWS);
            assertThat(h.rows(CHILDREN)).isEqualTo(CHILD_ROWS);
            assertThat(h.versions()).isEqualTo(versions);
            assertThat(foreignKeys(h)).isEqualTo("1");

            Migration deleteBoth = of(op -> {
                op.execute("DELETE FROM child WHERE parent_id = 1");
                op.execute("DELETE FROM parent WHERE id = 1");
            }, op -> op.execute("SELECT 1"));
            h.up(deleteBoth);
            assertThat(h.rows(CHILDREN)).containsExactly("3|2|c", "4|3|d", "5|3|e");
            assertClean(h);
        }
    }

    @Test
    void rebuildsInsideAndAfterAnAutocommitBlockKeepTheChildRowsAndThePragma() throws Exception {
        try (OpsHarness h = withSchema()) {
            h.up(of(op -> {
                op.autocommitBlock(block -> block.alterColumn("parent", "code",
                        ColumnChange.change().type(SqlType.varchar(10))));
                op.dropColumn("parent", "legacy");
            }, op -> {
                op.addColumn("parent", Column.of("legacy", SqlType.TEXT));
                op.autocommitBlock(block -> block.alterColumn("parent", "code",
                        ColumnChange.change().type(SqlType.INTEGER)));
            }));
            assertThat(h.rows(PARENTS)).isEqualTo(PARENT_ROWS);
            assertThat(h.rows(CHILDREN)).isEqualTo(CHILD_ROWS);
            assertClean(h);
            h.down();
            assertThat(h.rows(CHILDREN)).isEqualTo(CHILD_ROWS);
            assertClean(h);

            Migration orphanBeforeBlock = of(op -> {
                op.execute("DELETE FROM parent WHERE id = 2");
                op.autocommitBlock(block -> block.execute("SELECT 1"));
            }, op -> op.execute("SELECT 1"));
            assertThatThrownBy(() -> h.up(orphanBeforeBlock)).isInstanceOf(MigrateException.class)
                    .hasMessageContaining("\"child\" rowid 3 -> \"parent\"");
            assertThat(h.rows(PARENTS)).isEqualTo(PARENT_ROWS);
            assertClean(h);
        }
    }

    @Test
    void violationsTheDatabaseAlreadyHadElsewhereDoNotFailARevision() throws Exception {
        try (OpsHarness h = withSchema()) {
            h.sql("CREATE TABLE note (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES child (id))");
            h.sql("PRAGMA foreign_keys = OFF");
            h.sql("INSERT INTO note (id, parent_id) VALUES (1, 77)");
            h.sql("PRAGMA foreign_keys = ON");
            h.up(REBUILD_PARENT);
            assertThat(h.rows(PARENTS)).isEqualTo(PARENT_ROWS);
            assertThat(h.rows("PRAGMA foreign_key_check")).containsExactly("note|1|child|0");
            assertThat(foreignKeys(h)).isEqualTo("1");
        }
    }

    @Test
    void aConnectionWithForeignKeysOffIsLeftOff() throws Exception {
        try (OpsHarness h = new OpsHarness(TestDatabase.SQLITE)) {
            assertThat(foreignKeys(h)).isEqualTo("0");
            h.up(SCHEMA);
            h.up(REBUILD_PARENT);
            assertThat(h.rows(PARENTS)).isEqualTo(PARENT_ROWS);
            assertThat(h.rows(CHILDREN)).isEqualTo(CHILD_ROWS);
            assertThat(foreignKeys(h)).isEqualTo("0");
            h.down();
            assertThat(h.rows(CHILDREN)).isEqualTo(CHILD_ROWS);
        }
    }

    /** The revision fails naming SQLite's error and leaves schema, rows, version and pragma as they were. */
    private static void expectFailureLeavesEverything(OpsHarness h, Migration migration, String error)
            throws SQLException {
        String schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name";
        List<String> before = h.rows(schema);
        List<String> versions = h.versions();
        assertThatThrownBy(() -> h.up(migration)).isInstanceOf(MigrateException.class)
                .hasMessageContaining("Rebuilding table \"parent\" failed while copying the rows")
                .hasMessageContaining(error)
                .hasMessageContaining("rolled back");
        assertThat(h.rows(schema)).isEqualTo(before);
        assertThat(h.rows("SELECT name FROM sqlite_master WHERE name LIKE '%migrate_tmp%'")).isEmpty();
        assertThat(h.rows(PARENTS)).isEqualTo(PARENT_ROWS);
        assertThat(h.rows(CHILDREN)).isEqualTo(CHILD_ROWS);
        assertThat(h.versions()).isEqualTo(versions);
        assertThat(foreignKeys(h)).isEqualTo("1");
    }

    private static void assertClean(OpsHarness h) throws SQLException {
        assertThat(h.rows("PRAGMA foreign_key_check")).isEmpty();
        assertThat(foreignKeys(h)).isEqualTo("1");
    }

    private static String foreignKeys(OpsHarness h) throws SQLException {
        return h.rows("PRAGMA foreign_keys").get(0);
    }
}
