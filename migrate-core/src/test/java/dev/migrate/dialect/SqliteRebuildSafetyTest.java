package dev.migrate.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import dev.migrate.dialect.TableChange.AddCheck;
import dev.migrate.dialect.TableChange.AddColumn;
import dev.migrate.dialect.TableChange.AddForeignKey;
import dev.migrate.dialect.TableChange.AlterColumn;
import dev.migrate.dialect.TableChange.DropColumn;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** No row is lost, and a failed rebuild changes nothing (issue 3, "Done when"). */
class SqliteRebuildSafetyTest {

    private SqliteFixture db;

    @BeforeEach
    void open() throws SQLException {
        db = SqliteFixture.withForeignKeys();
        db.execute("""
                CREATE TABLE parent (
                  id INTEGER PRIMARY KEY,
                  name TEXT NOT NULL,
                  amount TEXT,
                  legacy TEXT
                )""",
                "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL "
                        + "REFERENCES parent (id) ON DELETE CASCADE, note TEXT)",
                "CREATE TABLE grandchild (id INTEGER PRIMARY KEY, child_id INTEGER REFERENCES child (id) "
                        + "ON DELETE CASCADE)",
                "CREATE TABLE optional_child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id) "
                        + "ON DELETE SET NULL)",
                """
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100)
                INSERT INTO parent SELECT i, 'p' || i, CAST(i * 10 AS TEXT), 'old' FROM n""",
                """
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
                INSERT INTO child SELECT i, (i % 100) + 1, 'c' || i FROM n""",
                "INSERT INTO grandchild SELECT id, id FROM child",
                "INSERT INTO optional_child SELECT id, id FROM parent");
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void rebuildingAParentKeepsEveryChildRowOnAForeignKeysConnection() throws SQLException {
        assertThat(db.pragma("foreign_keys")).isEqualTo(1);
        List<String> children = db.rows("SELECT * FROM child ORDER BY id");
        List<String> grandchildren = db.rows("SELECT * FROM grandchild ORDER BY id");
        List<String> optional = db.rows("SELECT * FROM optional_child ORDER BY id");

        RebuildResult result = SqliteTableRebuild.rebuild(db.connection, "parent",
                List.of(AlterColumn.type("amount", "INTEGER"), new DropColumn("legacy")));

        assertThat(result.rowsCopied()).isEqualTo(100);
        assertThat(db.count("parent")).isEqualTo(100);
        assertThat(db.rows("SELECT * FROM child ORDER BY id")).hasSize(300).isEqualTo(children);
        assertThat(db.rows("SELECT * FROM grandchild ORDER BY id")).isEqualTo(grandchildren);
        assertThat(db.rows("SELECT * FROM optional_child ORDER BY id")).isEqualTo(optional);
        assertThat(db.foreignKeyViolations()).isEmpty();
        assertThat(db.pragma("foreign_keys")).isEqualTo(1);
        assertThat(db.rows("SELECT name FROM pragma_table_info('parent')")).containsExactly("id", "name", "amount");
        assertThat(db.value("SELECT typeof(amount) || ':' || amount FROM parent WHERE id = 7")).isEqualTo("integer:70");

        // the foreign keys still work, CASCADE included
        db.execute("DELETE FROM parent WHERE id = 2");
        assertThat(db.count("child")).isEqualTo(297);
        assertThat(db.refused("INSERT INTO child VALUES (1000, 12345, 'orphan')"))
                .contains("FOREIGN KEY constraint failed");
    }

    @Test
    void theNaiveProcedureOnThisConnectionWouldLoseTheChildren() throws SQLException {
        // Alembic's trap #1, shown on the same fixture: without switching foreign keys off first,
        // DROP TABLE deletes the children through ON DELETE CASCADE. This is what the test above guards against.
        db.execute("BEGIN", "PRAGMA foreign_keys = OFF"); // ignored inside a transaction
        assertThat(db.pragma("foreign_keys")).isEqualTo(1);
        db.execute("CREATE TABLE parent_new (id INTEGER PRIMARY KEY, name TEXT NOT NULL, amount INTEGER)",
                "INSERT INTO parent_new SELECT id, name, amount FROM parent",
                "DROP TABLE parent",
                "ALTER TABLE parent_new RENAME TO parent",
                "COMMIT");

        assertThat(db.count("child")).isZero();
        assertThat(db.count("grandchild")).isZero();
    }

    @Test
    void aFailedCopyLeavesTheTableIntactAndARetryWorks() throws SQLException {
        db.execute("CREATE INDEX ix_parent_name ON parent (name)",
                "CREATE TRIGGER tr_parent AFTER DELETE ON parent BEGIN SELECT 1; END");
        List<String> schema = db.schema();
        List<String> rows = db.rows("SELECT * FROM parent ORDER BY id");

        assertThatThrownBy(() -> SqliteTableRebuild.rebuild(db.connection, "parent",
                List.of(AlterColumn.type("amount", "INTEGER"), new AddColumn("rank", "INTEGER", false, null))))
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining("failed while copying the rows")
                .hasMessageContaining("NOT NULL constraint failed")
                .hasMessageContaining("Nothing was changed")
                .hasMessageContaining("PRAGMA foreign_keys is ON again");

        assertOriginalIntact(schema, rows);

        SqliteTableRebuild.rebuild(db.connection, "parent",
                List.of(AlterColumn.type("amount", "INTEGER"), new AddColumn("rank", "INTEGER", false, "0")));
        assertThat(db.rows("SELECT DISTINCT rank FROM parent")).containsExactly("0");
        assertThat(db.count("child")).isEqualTo(300);
        assertThat(db.temporaryTables()).isEmpty();
    }

    @Test
    void aCheckTheRowsViolateFailsTheCopyAndChangesNothing() throws SQLException {
        List<String> schema = db.schema();
        List<String> rows = db.rows("SELECT * FROM parent ORDER BY id");

        assertThatThrownBy(() -> SqliteTableRebuild.rebuild(db.connection, "parent",
                List.of(new AddCheck("ck_small", "CAST(amount AS INTEGER) < 500"))))
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining("CHECK constraint failed: ck_small");

        assertOriginalIntact(schema, rows);
        db.execute("DELETE FROM parent WHERE CAST(amount AS INTEGER) >= 500");
        SqliteTableRebuild.rebuild(db.connection, "parent", List.of(new AddCheck("ck_small", "CAST(amount AS INTEGER) < 500")));
        assertThat(db.refused("UPDATE parent SET amount = '900' WHERE id = 1")).contains("ck_small");
    }

    @Test
    void aFailureAfterTheOldTableWasDroppedIsRolledBackToo() throws SQLException {
        // The view stops compiling only once the new table is in place, after DROP and RENAME ran.
        db.execute("CREATE VIEW v_legacy AS SELECT id, legacy FROM parent");
        List<String> schema = db.schema();
        List<String> rows = db.rows("SELECT * FROM parent ORDER BY id");

        assertThatThrownBy(() -> SqliteTableRebuild.rebuild(db.connection, "parent", List.of(new DropColumn("legacy"))))
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining("failed while checking the views")
                .hasMessageContaining("\"v_legacy\": ")
                .hasMessageContaining("no such column: legacy");

        assertOriginalIntact(schema, rows);
        assertThat(db.rows("SELECT count(*) FROM v_legacy")).containsExactly("100");
    }

    @Test
    void foreignKeyViolationsAreListedAndRolledBack() throws SQLException {
        db.execute("CREATE TABLE tag (id INTEGER PRIMARY KEY)", "INSERT INTO tag VALUES (1)",
                "ALTER TABLE parent ADD COLUMN tag_id INTEGER DEFAULT 1", "UPDATE parent SET tag_id = 2 WHERE id IN (5, 6)");
        List<String> schema = db.schema();
        List<String> rows = db.rows("SELECT * FROM parent ORDER BY id");

        assertThatThrownBy(() -> SqliteTableRebuild.rebuild(db.connection, "parent",
                List.of(new AddForeignKey("fk_tag", List.of("tag_id"), "tag", List.of("id"), null, null))))
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining("failed while checking foreign keys")
                .hasMessageContaining("2 row(s) violate a foreign key")
                .hasMessageContaining("\"parent\" rowid 5 -> \"tag\"")
                .hasMessageContaining("\"parent\" rowid 6 -> \"tag\"");

        assertOriginalIntact(schema, rows);
    }

    @Test
    void violationsThatWereThereBeforeAreSaidToBe() throws SQLException {
        db.execute("PRAGMA foreign_keys = OFF", "INSERT INTO child VALUES (999, 4242, 'orphan')",
                "PRAGMA foreign_keys = ON");

        assertThatThrownBy(() -> SqliteTableRebuild.rebuild(db.connection, "parent", List.of(new DropColumn("legacy"))))
                .hasMessageContaining("1 row(s) violate a foreign key (all of them were there before the rebuild: "
                        + "fix the data first): \"child\" rowid 999 -> \"parent\" (foreign key 0)");

        assertThat(db.temporaryTables()).isEmpty();
        assertThat(db.rows("SELECT name FROM pragma_table_info('parent')")).contains("legacy");
    }

    @Test
    void aReferencedColumnThatGoesAwayIsAForeignKeyMismatch() throws SQLException {
        List<String> schema = db.schema();
        List<String> rows = db.rows("SELECT * FROM parent ORDER BY id");
        db.execute("CREATE TABLE by_name (name TEXT REFERENCES parent (name))");
        schema = db.schema();

        assertThatThrownBy(() -> SqliteTableRebuild.rebuild(db.connection, "parent", List.of(new DropColumn("name"))))
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining("foreign key mismatch");

        assertOriginalIntact(schema, rows);
    }

    @Test
    void badChangesFailBeforeAnythingRunsWithAlembicsWords() throws SQLException {
        List<String> schema = db.schema();
        List<String> rows = db.rows("SELECT * FROM parent ORDER BY id");

        assertThatThrownBy(() -> SqliteTableRebuild.rebuild(db.connection, "parent",
                List.of(new TableChange.DropConstraint("nope"))))
                .hasMessageContaining("No such constraint: 'nope'");
        assertThatThrownBy(() -> SqliteTableRebuild.rebuild(db.connection, "parent",
                List.of(new TableChange.DropIndex("nope"))))
                .hasMessageContaining("No such index: 'nope'");
        assertThatThrownBy(() -> SqliteTableRebuild.rebuild(db.connection, "parent", List.of(new DropColumn("nope"))))
                .hasMessageContaining("No such column: 'nope'");
        assertThatThrownBy(() -> SqliteTableRebuild.rebuild(db.connection, "nothing", List.of(new DropColumn("x"))))
                .hasMessageContaining("No such table: \"nothing\"");

        assertOriginalIntact(schema, rows);
    }

    @Test
    void aRenameThatRanBeforeAFailureIsRolledBack() throws SQLException {
        List<String> schema = db.schema();
        List<String> rows = db.rows("SELECT * FROM parent ORDER BY id");

        assertThatThrownBy(() -> SqliteTableRebuild.rebuild(db.connection, "parent",
                List.of(AlterColumn.rename("name", "title"), AlterColumn.nullable("legacy", false),
                        new AddCheck(null, "legacy = 'new'"))))
                .hasMessageContaining("CHECK constraint failed");

        assertOriginalIntact(schema, rows);
    }

    @Test
    void legacyAlterTableIsRestoredWhateverTheCallerHadIt() throws SQLException {
        db.execute("PRAGMA legacy_alter_table = ON");
        SqliteTableRebuild.rebuild(db.connection, "parent", List.of(new DropColumn("legacy")));
        assertThat(db.pragma("legacy_alter_table")).isEqualTo(1);

        db.execute("PRAGMA legacy_alter_table = OFF");
        assertThatThrownBy(() -> SqliteTableRebuild.rebuild(db.connection, "parent",
                List.of(new AddColumn("x", "TEXT", false, null))));
        assertThat(db.pragma("legacy_alter_table")).isZero();
    }

    private void assertOriginalIntact(List<String> schema, List<String> rows) throws SQLException {
        assertThat(db.schema()).isEqualTo(schema);
        assertThat(db.rows("SELECT * FROM parent ORDER BY id")).isEqualTo(rows);
        assertThat(db.count("child")).isEqualTo(300);
        assertThat(db.count("grandchild")).isEqualTo(300);
        assertThat(db.temporaryTables()).isEmpty();
        assertThat(db.pragma("foreign_keys")).isEqualTo(1);
        assertThat(db.pragma("legacy_alter_table")).isZero();
        assertThat(db.connection.getAutoCommit()).isTrue();
        // no transaction is left open: a write from another connection goes through
        try (var other = db.connect(); var statement = other.createStatement()) {
            statement.execute("CREATE TABLE probe (x)");
            statement.execute("DROP TABLE probe");
        }
    }
}
