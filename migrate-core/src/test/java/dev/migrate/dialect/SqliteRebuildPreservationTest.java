package dev.migrate.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.dialect.TableChange.AddColumn;
import dev.migrate.dialect.TableChange.AlterColumn;
import dev.migrate.dialect.TableChange.DropColumn;
import dev.migrate.reflect.SqliteTableReader;
import dev.migrate.schema.Table;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a rebuild must keep: constraints, indexes, triggers, views, keys, sequences, rowids, data. */
class SqliteRebuildPreservationTest {

    private SqliteFixture db;

    @BeforeEach
    void open() throws SQLException {
        db = SqliteFixture.withForeignKeys();
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    private RebuildResult rebuild(String table, TableChange... changes) {
        return SqliteTableRebuild.rebuild(db.connection, table, List.of(changes));
    }

    @Test
    void namedAndUnnamedChecksAndUniquesCollationsAndDefaultsSurvive() throws SQLException {
        db.execute("""
                CREATE TABLE account (
                  id INTEGER PRIMARY KEY,
                  email TEXT COLLATE NOCASE UNIQUE,
                  handle TEXT CONSTRAINT uq_handle UNIQUE,
                  balance INTEGER NOT NULL DEFAULT 0 CHECK (balance >= 0),
                  kind TEXT DEFAULT 'basic' CONSTRAINT ck_kind CHECK (kind IN ('basic', 'gold')),
                  region TEXT, code TEXT,
                  CHECK (length(code) = 3),
                  CONSTRAINT ck_region CHECK (region <> 'nowhere'),
                  UNIQUE (region, code),
                  CONSTRAINT uq_code_kind UNIQUE (code, kind)
                )""",
                "INSERT INTO account (id, email, handle, region, code) VALUES (1, 'A@x.org', 'a', 'eu', 'abc')");
        Table before = SqliteTableReader.read(db.connection, "account").orElseThrow();

        rebuild("account", new AddColumn("note", "TEXT", true, null));

        Table after = SqliteTableReader.read(db.connection, "account").orElseThrow();
        assertThat(after.checkConstraints()).isEqualTo(before.checkConstraints()).hasSize(4);
        assertThat(after.uniqueConstraints()).isEqualTo(before.uniqueConstraints()).hasSize(4);
        assertThat(after.column("email").orElseThrow().collation()).isEqualTo("NOCASE");
        String insert = "INSERT INTO account (id, email, handle, region, code) VALUES ";
        assertThat(db.refused(insert + "(2, 'a@X.ORG', 'b', 'eu', 'abd')")).contains("UNIQUE constraint failed: account.email");
        assertThat(db.refused(insert + "(2, 'b@x.org', 'a', 'eu', 'abd')")).contains("account.handle");
        assertThat(db.refused("INSERT INTO account (id, email, handle, region, code, kind) "
                + "VALUES (2, 'b@x.org', 'b', 'eu', 'abc', 'gold')")).contains("account.region, account.code");
        assertThat(db.refused(insert + "(2, 'b@x.org', 'b', 'us', 'abc')")).contains("account.code, account.kind");
        assertThat(db.refused(insert + "(2, 'b@x.org', 'b', 'us', 'ab')")).contains("CHECK constraint failed");
        assertThat(db.refused(insert + "(2, 'b@x.org', 'b', 'nowhere', 'abd')")).contains("ck_region");
        assertThat(db.refused("UPDATE account SET balance = -1")).contains("CHECK constraint failed: balance >= 0");
        assertThat(db.refused("UPDATE account SET kind = 'silver'")).contains("ck_kind");
        db.execute("INSERT INTO account (id, email, handle, region, code) VALUES (2, 'b@x.org', 'b', 'us', 'xyz')");
        assertThat(db.value("SELECT balance || ' ' || kind FROM account WHERE id = 2")).isEqualTo("0 basic");
    }

    @Test
    void indexesOfEveryKindAndTriggersSurvive() throws SQLException {
        db.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT, sku TEXT, deleted INTEGER DEFAULT 0, qty INT)",
                "CREATE TABLE audit (item_id INTEGER, what TEXT)",
                "CREATE UNIQUE INDEX ix_sku ON item (sku)",
                "CREATE UNIQUE INDEX ix_live_name ON item (name) WHERE deleted = 0",
                "CREATE UNIQUE INDEX ix_lower ON item (lower(name), deleted)",
                "CREATE INDEX ix_qty_desc ON item (qty DESC)",
                "CREATE TRIGGER tr_item_insert AFTER INSERT ON item BEGIN INSERT INTO audit VALUES (NEW.id, 'insert'); END",
                "CREATE TRIGGER tr_item_qty AFTER UPDATE OF qty ON item BEGIN INSERT INTO audit VALUES (NEW.id, 'qty'); END",
                "INSERT INTO item VALUES (1, 'Bolt', 'B-1', 0, 5), (2, 'Nut', 'N-1', 1, 3)");
        List<String> indexSql = db.rows("SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name");
        List<String> triggerSql = db.rows("SELECT sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name");

        rebuild("item", AlterColumn.type("qty", "INTEGER"));

        assertThat(db.rows("SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"))
                .isEqualTo(indexSql).hasSize(4);
        assertThat(db.rows("SELECT sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")).isEqualTo(triggerSql);
        assertThat(db.refused("INSERT INTO item VALUES (3, 'Washer', 'B-1', 0, 1)")).contains("item.sku");
        assertThat(db.refused("INSERT INTO item VALUES (3, 'Bolt', 'B-3', 0, 1)")).contains("UNIQUE constraint failed");
        db.execute("INSERT INTO item VALUES (3, 'Nut', 'N-3', 2, 1)"); // outside the partial index, other lower()
        assertThat(db.refused("INSERT INTO item VALUES (4, 'NUT', 'N-4', 1, 1)")).contains("index 'ix_lower'");
        db.execute("UPDATE item SET qty = 9 WHERE id = 1");
        // the copy did not fire the insert trigger again; the re-created triggers fire afterwards
        assertThat(db.rows("SELECT item_id || ' ' || what FROM audit ORDER BY rowid"))
                .containsExactly("1 insert", "2 insert", "3 insert", "1 qty");
        assertThat(db.value("EXPLAIN QUERY PLAN SELECT * FROM item WHERE qty > 3").toLowerCase()).contains("ix_qty_desc");
    }

    @Test
    void viewsThatReferenceTheTableKeepWorking() throws SQLException {
        db.execute("CREATE TABLE sale (id INTEGER PRIMARY KEY, amount TEXT, region TEXT)",
                "INSERT INTO sale VALUES (1, '10', 'eu'), (2, '20', 'us'), (3, '5', 'eu')",
                "CREATE VIEW v_sale AS SELECT id, amount, region AS region FROM sale",
                "CREATE VIEW v_region AS SELECT region, sum(amount) AS total FROM v_sale GROUP BY region");

        rebuild("sale", AlterColumn.type("amount", "INTEGER"), new AddColumn("note", "TEXT", true, null),
                AlterColumn.rename("region", "area"));

        assertThat(db.rows("SELECT * FROM v_region ORDER BY 1")).containsExactly("eu|15", "us|20");
        assertThat(db.rows("SELECT id, typeof(amount) FROM v_sale ORDER BY id")).containsExactly("1|integer",
                "2|integer", "3|integer");
        assertThat(db.value("SELECT sql FROM sqlite_master WHERE name = 'v_sale'")).contains("area");
    }

    @Test
    void aRenameThatWouldBreakAViewIsRefusedBySqliteAndRolledBack() throws SQLException {
        db.execute("CREATE TABLE sale (id INTEGER PRIMARY KEY, amount TEXT, region TEXT)",
                "INSERT INTO sale VALUES (1, '10', 'eu')",
                "CREATE VIEW v_sale AS SELECT id, region FROM sale",
                "CREATE VIEW v_region AS SELECT region FROM v_sale");
        List<String> schema = db.schema();

        assertThatThrownBy(() -> rebuild("sale", AlterColumn.type("amount", "INTEGER"), AlterColumn.rename("region", "area")))
                .hasMessageContaining("failed while renaming column \"region\" to \"area\"")
                .hasMessageContaining("error in view v_region after rename: no such column: region")
                .hasMessageContaining("Nothing was changed");

        assertThat(db.schema()).isEqualTo(schema);
        assertThat(db.rows("SELECT * FROM v_region")).containsExactly("eu");
    }

    @Test
    void renameAndTypeChangeKeepTheDataAndTheReferencesFollow() throws SQLException {
        db.execute("CREATE TABLE product (id INTEGER PRIMARY KEY, code TEXT UNIQUE, amount TEXT)",
                "CREATE TABLE line (id INTEGER PRIMARY KEY, product_code TEXT REFERENCES product (code) ON DELETE CASCADE)",
                "CREATE INDEX ix_amount ON product (amount)",
                "INSERT INTO product VALUES (1, 'A', '1.5'), (2, 'B', '20')",
                "INSERT INTO line VALUES (1, 'A'), (2, 'B'), (3, 'B')");

        rebuild("product", new AlterColumn("amount", "price", "REAL", null, null, null),
                AlterColumn.rename("code", "sku"));

        assertThat(db.rows("SELECT id, sku, price, typeof(price) FROM product ORDER BY id"))
                .containsExactly("1|A|1.5|real", "2|B|20.0|real");
        assertThat(db.value("SELECT sql FROM sqlite_master WHERE name = 'ix_amount'")).contains("price");
        assertThat(db.value("SELECT sql FROM sqlite_master WHERE name = 'line'")).contains("product (sku)");
        assertThat(db.foreignKeyViolations()).isEmpty();
        db.execute("DELETE FROM product WHERE sku = 'B'");
        assertThat(db.rows("SELECT id FROM line")).containsExactly("1");
    }

    @Test
    void aSelfReferencingForeignKeyStillPointsAtTheTable() throws SQLException {
        db.execute("CREATE TABLE employee (id INTEGER PRIMARY KEY, boss_id INTEGER REFERENCES employee (id) "
                        + "ON DELETE CASCADE, salary TEXT)",
                "INSERT INTO employee VALUES (1, NULL, '100'), (2, 1, '50'), (3, 2, '40'), (4, 1, '45')");

        rebuild("employee", AlterColumn.type("salary", "INTEGER"));

        assertThat(db.count("employee")).isEqualTo(4);
        assertThat(db.value("SELECT sql FROM sqlite_master WHERE name = 'employee'"))
                .contains("REFERENCES employee (id)").doesNotContain("migrate_tmp");
        assertThat(db.rows("SELECT \"table\" FROM pragma_foreign_key_list('employee')")).containsExactly("employee");
        assertThat(db.refused("INSERT INTO employee VALUES (5, 99, 1)")).contains("FOREIGN KEY constraint failed");
        db.execute("DELETE FROM employee WHERE id = 2");
        assertThat(db.rows("SELECT id FROM employee ORDER BY id")).containsExactly("1", "4");
    }

    @Test
    void aCompositePrimaryKeyAndImplicitRowidsSurvive() throws SQLException {
        db.execute("CREATE TABLE membership (user_id INT, group_id INT, role TEXT, PRIMARY KEY (user_id, group_id))",
                "INSERT INTO membership VALUES (1, 1, 'a'), (1, 2, 'b'), (2, 1, 'c'), (3, 3, 'd')",
                "DELETE FROM membership WHERE user_id = 1 AND group_id = 2");
        List<String> rows = db.rows("SELECT rowid, * FROM membership ORDER BY rowid");

        rebuild("membership", AlterColumn.type("role", "VARCHAR(20)"));

        assertThat(db.rows("SELECT rowid, * FROM membership ORDER BY rowid")).isEqualTo(rows);
        assertThat(SqliteTableReader.read(db.connection, "membership").orElseThrow().primaryKey().columns())
                .containsExactly("user_id", "group_id");
        assertThat(db.refused("INSERT INTO membership VALUES (2, 1, 'x')")).contains("UNIQUE constraint failed");
    }

    @Test
    void anAutoincrementTableKeepsItsSequence() throws SQLException {
        db.execute("CREATE TABLE ticket (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT)",
                "INSERT INTO ticket (title) VALUES ('a'), ('b'), ('c'), ('d'), ('e')",
                "DELETE FROM ticket WHERE id >= 4");

        rebuild("ticket", new AddColumn("done", "INTEGER", false, "0"));

        assertThat(db.value("SELECT seq FROM sqlite_sequence WHERE name = 'ticket'")).isEqualTo("5");
        assertThat(db.rows("SELECT name FROM sqlite_sequence")).containsExactly("ticket");
        db.execute("INSERT INTO ticket (title) VALUES ('f')");
        assertThat(db.value("SELECT max(id) FROM ticket")).isEqualTo("6");
    }

    @Test
    void anEmptiedAutoincrementTableKeepsItsSequenceToo() throws SQLException {
        db.execute("CREATE TABLE ticket (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT)",
                "INSERT INTO ticket (title) VALUES ('a'), ('b'), ('c')",
                "DELETE FROM ticket");

        rebuild("ticket", AlterColumn.type("title", "VARCHAR(80)"));

        db.execute("INSERT INTO ticket (title) VALUES ('d')");
        assertThat(db.value("SELECT id FROM ticket")).isEqualTo("4");
    }

    @Test
    void aWithoutRowidTableStaysOne() throws SQLException {
        db.execute("CREATE TABLE kv (k TEXT PRIMARY KEY, v TEXT, extra TEXT) WITHOUT ROWID",
                "INSERT INTO kv VALUES ('a', '1', 'x'), ('b', '2', 'y')");

        rebuild("kv", new DropColumn("extra"), AlterColumn.type("v", "INTEGER"));

        assertThat(db.value("SELECT sql FROM sqlite_master WHERE name = 'kv'")).endsWith("WITHOUT ROWID");
        assertThat(db.rows("SELECT k, v, typeof(v) FROM kv ORDER BY k")).containsExactly("a|1|integer", "b|2|integer");
        assertThat(db.refused("SELECT rowid FROM kv")).contains("no such column: rowid");
    }

    @Test
    void awkwardTableColumnAndIndexNames() throws SQLException {
        db.execute("""
                CREATE TABLE "Order ""Lines"" Ü" (
                  [select] INTEGER PRIMARY KEY,
                  "a b" TEXT,
                  `x]y` TEXT,
                  "größe" TEXT,
                  'old name' TEXT
                )""",
                "CREATE INDEX \"ix with space\" ON \"Order \"\"Lines\"\" Ü\" (\"a b\", \"größe\")",
                "INSERT INTO \"Order \"\"Lines\"\" Ü\" VALUES (1, 'one', 'x', '10', 'drop me'), (2, 'two', 'y', '20', 'me too')");

        RebuildResult result = rebuild("order \"lines\" ü".replace("ü", "Ü"), new DropColumn("old name"),
                AlterColumn.type("größe", "INTEGER"), AlterColumn.rename("x]y", "from"));

        assertThat(result.table()).isEqualTo("Order \"Lines\" Ü");
        assertThat(db.rows("SELECT \"select\", \"a b\", \"from\", \"größe\", typeof(\"größe\") FROM \"Order \"\"Lines\"\" Ü\""
                + " ORDER BY 1")).containsExactly("1|one|x|10|integer", "2|two|y|20|integer");
        assertThat(db.rows("SELECT name FROM pragma_index_list('Order \"Lines\" Ü')")).containsExactly("ix with space");
    }

    @Test
    void aLargeTableKeepsEveryRow() throws SQLException {
        db.execute("CREATE TABLE big (id INTEGER PRIMARY KEY, val TEXT, pad TEXT)",
                """
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
                INSERT INTO big SELECT i, CAST(i * 3 AS TEXT), 'x' FROM n""");
        String fingerprint = db.value("SELECT count(*) || ':' || sum(id) || ':' || sum(CAST(val AS INTEGER)) FROM big");

        RebuildResult result = rebuild("big", AlterColumn.type("val", "INTEGER"), new DropColumn("pad"));

        assertThat(result.rowsCopied()).isEqualTo(100_000);
        assertThat(db.value("SELECT count(*) || ':' || sum(id) || ':' || sum(val) FROM big")).isEqualTo(fingerprint);
        assertThat(db.value("SELECT count(*) FROM big WHERE typeof(val) <> 'integer'")).isEqualTo("0");
    }

    @Test
    void valuesAreNotCastUnlessAskedTo() throws SQLException {
        db.execute("CREATE TABLE reading (id INTEGER PRIMARY KEY, raw TEXT, other TEXT)",
                "INSERT INTO reading VALUES (1, '10', '10'), (2, '2.5', '2.5'), (3, '12abc', '12abc')");

        rebuild("reading", AlterColumn.type("raw", "INTEGER"),
                new AlterColumn("other", null, "INTEGER", null, null, "CAST(other AS INTEGER)"));

        // affinity converts only what it can convert without loss; the explicit CAST does what it says
        assertThat(db.rows("SELECT raw, typeof(raw), other, typeof(other) FROM reading ORDER BY id")).containsExactly(
                "10|integer|10|integer", "2.5|real|2|integer", "12abc|text|12|integer");
    }

    @Test
    void generatedColumnsSurviveAndAreNotCopied() throws SQLException {
        db.execute("CREATE TABLE box (id INTEGER PRIMARY KEY, w INT, h INT, "
                        + "area INT GENERATED ALWAYS AS (w * h) STORED, half AS (w / 2.0) VIRTUAL, label TEXT)",
                "INSERT INTO box (id, w, h) VALUES (1, 2, 3), (2, 4, 5)");

        rebuild("box", new DropColumn("label"), AlterColumn.type("h", "INTEGER"));

        assertThat(db.rows("SELECT id, area, half FROM box ORDER BY id")).containsExactly("1|6|1.0", "2|20|2.0");
        db.execute("UPDATE box SET w = 10 WHERE id = 1");
        assertThat(db.value("SELECT area FROM box WHERE id = 1")).isEqualTo("30");
    }

    @Test
    void aStrictTableAndChecksQualifiedWithTheTableName() throws SQLException {
        db.execute("CREATE TABLE strict_t (id INTEGER PRIMARY KEY, n TEXT, m INT, CHECK (strict_t.m >= 0)) STRICT",
                "INSERT INTO strict_t VALUES (1, '7', 3)");

        rebuild("strict_t", AlterColumn.type("n", "INTEGER"));

        assertThat(db.value("SELECT sql FROM sqlite_master WHERE name = 'strict_t'")).endsWith("STRICT")
                .contains("CHECK (m >= 0)");
        assertThat(db.value("SELECT n || typeof(n) FROM strict_t")).isEqualTo("7integer");
        assertThat(db.refused("INSERT INTO strict_t VALUES (2, 'x', 1)")).contains("cannot store TEXT value in INTEGER");
        assertThat(db.refused("INSERT INTO strict_t VALUES (2, 1, -1)")).contains("CHECK constraint failed");
    }
}
