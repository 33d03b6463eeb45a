package dev.migrate.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.ColumnInfo;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Table;
import dev.migrate.schema.Trigger;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.schema.View;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqliteTableReaderTest {

    private TestDatabase.Fresh database;
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        database = TestDatabase.SQLITE.fresh();
        connection = database.connect();
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
        database.close();
    }

    private void execute(String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @Test
    void readsEveryPartOfATable() throws SQLException {
        execute("CREATE TABLE parent (id INTEGER PRIMARY KEY, code TEXT UNIQUE)",
                """
                CREATE TABLE "Order Lines" (
                  id INTEGER CONSTRAINT pk_lines PRIMARY KEY AUTOINCREMENT,
                  parent_id INTEGER NOT NULL REFERENCES parent (id) ON DELETE CASCADE,
                  code TEXT CONSTRAINT fk_code REFERENCES parent (code) DEFERRABLE INITIALLY DEFERRED,
                  name varchar(100) COLLATE NOCASE DEFAULT 'n/a' CHECK (name <> ''),   -- unnamed column CHECK
                  amount numeric(10,2) NOT NULL DEFAULT 0,
                  doubled AS (amount * 2) STORED,
                  CONSTRAINT ck_amount CHECK (amount >= 0),
                  CHECK (amount < 1000000),
                  CONSTRAINT uq_parent_name UNIQUE (parent_id, name),
                  UNIQUE (code, amount)
                )""",
                "CREATE INDEX ix_name ON \"Order Lines\" (name DESC)",
                "CREATE UNIQUE INDEX ix_partial ON \"Order Lines\" (code) WHERE code IS NOT NULL",
                "CREATE INDEX ix_expr ON \"Order Lines\" (lower(name), amount)",
                "CREATE TRIGGER tr_touch AFTER UPDATE ON \"Order Lines\" BEGIN SELECT 1; END",
                "CREATE VIEW v_lines AS SELECT id, name FROM \"Order Lines\"",
                "CREATE VIEW v_parent AS SELECT id FROM parent");

        Table table = SqliteTableReader.read(connection, "order lines").orElseThrow();

        assertThat(table.name()).isEqualTo("Order Lines");
        assertThat(table.columns()).extracting(ColumnInfo::name)
                .containsExactly("id", "parent_id", "code", "name", "amount", "doubled");
        ColumnInfo id = table.column("id").orElseThrow();
        assertThat(id.autoincrement()).isTrue();
        assertThat(id.primaryKeyPosition()).isEqualTo(1);
        ColumnInfo name = table.column("name").orElseThrow();
        assertThat(name.type()).isEqualToIgnoringCase("varchar(100)");
        assertThat(name.collation()).isEqualTo("NOCASE");
        assertThat(name.defaultSql()).isEqualTo("'n/a'");
        assertThat(name.nullable()).isTrue();
        assertThat(table.column("amount").orElseThrow().nullable()).isFalse();
        assertThat(table.column("doubled").orElseThrow().generated())
                .isEqualTo(new ColumnInfo.Generated("amount * 2", true));

        assertThat(table.primaryKey()).isEqualTo(new PrimaryKey("pk_lines", List.of("id")));
        assertThat(table.foreignKeys()).containsExactly(
                new ForeignKey(null, List.of("parent_id"), "parent", List.of("id"), "CASCADE", "NO ACTION", false, null),
                new ForeignKey("fk_code", List.of("code"), "parent", List.of("code"), "NO ACTION", "NO ACTION", true,
                        "DEFERRED"));
        assertThat(table.checkConstraints()).containsExactly(
                new CheckConstraint(null, "name <> ''"),
                new CheckConstraint("ck_amount", "amount >= 0"),
                new CheckConstraint(null, "amount < 1000000"));
        assertThat(table.uniqueConstraints()).containsExactly(
                new UniqueConstraint("uq_parent_name", List.of("parent_id", "name")),
                new UniqueConstraint(null, List.of("code", "amount")));

        assertThat(table.indexes()).extracting(Index::name).containsExactlyInAnyOrder("ix_name", "ix_partial",
                "ix_expr", "sqlite_autoindex_Order Lines_1", "sqlite_autoindex_Order Lines_2");
        Index partial = table.index("ix_partial").orElseThrow();
        assertThat(partial.unique()).isTrue();
        assertThat(partial.where()).isEqualTo("code IS NOT NULL");
        assertThat(partial.origin()).isEqualTo(Index.Origin.CREATE_INDEX);
        assertThat(table.index("ix_name").orElseThrow().columns())
                .containsExactly(new Index.Column("name", null, true, "NOCASE"));
        assertThat(table.index("ix_expr").orElseThrow().columns()).containsExactly(
                new Index.Column(null, "lower(name)", false, "BINARY"),
                new Index.Column("amount", null, false, "BINARY"));
        Index auto = table.index("sqlite_autoindex_Order Lines_1").orElseThrow();
        assertThat(auto.origin()).isEqualTo(Index.Origin.UNIQUE_CONSTRAINT);
        assertThat(auto.sql()).isNull();

        assertThat(table.triggers()).extracting(Trigger::name).containsExactly("tr_touch");
        assertThat(table.options()).isEmpty();
        assertThat(table.sql()).startsWith("CREATE TABLE \"Order Lines\"");

        assertThat(SqliteTableReader.viewsReferencing(connection, "Order Lines")).extracting(View::name)
                .containsExactly("v_lines");
        assertThat(SqliteTableReader.tablesReferencing(connection, "PARENT")).containsExactly("Order Lines");
        execute("CREATE TRIGGER tr_parent AFTER DELETE ON parent BEGIN DELETE FROM \"Order Lines\"; END");
        assertThat(SqliteTableReader.triggersReferencing(connection, "order lines")).extracting(Trigger::name)
                .containsExactly("tr_parent");
        assertThat(SqliteTableReader.triggersReferencing(connection, "parent")).isEmpty();
    }

    @Test
    void compositeKeyWithoutRowidAndMissingTables() throws SQLException {
        execute("CREATE TABLE pairs (b TEXT, a INT, note, PRIMARY KEY (a, b)) WITHOUT ROWID");

        Table table = SqliteTableReader.read(connection, "pairs").orElseThrow();

        assertThat(table.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("a", "b")));
        assertThat(table.options()).containsExactly("WITHOUT ROWID");
        assertThat(table.column("note").orElseThrow().type()).isEmpty();
        assertThat(table.foreignKeys()).isEmpty();
        assertThat(table.uniqueConstraints()).isEmpty();
        assertThat(table.index("sqlite_autoindex_pairs_1").orElseThrow().origin()).isEqualTo(Index.Origin.PRIMARY_KEY);
        assertThat(SqliteTableReader.read(connection, "nothing")).isEmpty();
    }

    @Test
    void foreignKeyToTheParentsPrimaryKeyListsNoColumns() throws SQLException {
        execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)",
                "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id REFERENCES parent, self_id REFERENCES child(id))");

        Table table = SqliteTableReader.read(connection, "child").orElseThrow();

        assertThat(table.foreignKeys()).extracting(ForeignKey::referredTable).containsExactly("parent", "child");
        assertThat(table.foreignKeys().get(0).referredColumns()).isEmpty();
        assertThat(SqliteTableReader.tablesReferencing(connection, "child")).containsExactly("child");
    }
}
