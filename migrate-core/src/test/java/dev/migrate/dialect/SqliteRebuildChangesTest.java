package dev.migrate.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import dev.migrate.dialect.TableChange.AddCheck;
import dev.migrate.dialect.TableChange.AddColumn;
import dev.migrate.dialect.TableChange.AddForeignKey;
import dev.migrate.dialect.TableChange.AddPrimaryKey;
import dev.migrate.dialect.TableChange.AddUnique;
import dev.migrate.dialect.TableChange.AlterColumn;
import dev.migrate.dialect.TableChange.CreateIndex;
import dev.migrate.dialect.TableChange.DropColumn;
import dev.migrate.dialect.TableChange.DropConstraint;
import dev.migrate.dialect.TableChange.DropIndex;
import dev.migrate.reflect.SqliteTableReader;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each kind of {@link TableChange} does what it says, and what it drops on the way is reported. */
class SqliteRebuildChangesTest {

    private SqliteFixture db;

    @BeforeEach
    void open() throws SQLException {
        db = SqliteFixture.withForeignKeys();
        db.execute("CREATE TABLE owner (id INTEGER PRIMARY KEY)", "INSERT INTO owner VALUES (1), (2)",
                """
                CREATE TABLE thing (
                  id INTEGER PRIMARY KEY,
                  owner_id INTEGER,
                  name TEXT NOT NULL,
                  size INTEGER DEFAULT 1,
                  color TEXT,
                  CONSTRAINT ck_size CHECK (size > 0),
                  CHECK (color <> 'ugly' OR size > 10),
                  CONSTRAINT uq_name_color UNIQUE (name, color),
                  UNIQUE (owner_id, size)
                )""",
                "CREATE INDEX ix_color ON thing (color)",
                "CREATE INDEX ix_name ON thing (name)",
                "INSERT INTO thing VALUES (1, 1, 'a', 2, 'red'), (2, 2, 'b', 3, NULL)");
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    private RebuildResult rebuild(TableChange... changes) {
        return SqliteTableRebuild.rebuild(db.connection, "thing", List.of(changes));
    }

    private Table thing() throws SQLException {
        return SqliteTableReader.read(db.connection, "thing").orElseThrow();
    }

    @Test
    void droppingAColumnDropsOnlyTheConstraintsAndIndexesThatMentionItWithWarnings() throws SQLException {
        RebuildResult result = rebuild(new DropColumn("color"));

        Table table = thing();
        assertThat(table.checkConstraints()).containsExactly(new CheckConstraint("ck_size", "size > 0"));
        assertThat(table.uniqueConstraints()).containsExactly(new UniqueConstraint(null, List.of("owner_id", "size")));
        assertThat(table.index("ix_color")).isEmpty();
        assertThat(table.index("ix_name")).isPresent();
        assertThat(result.warnings()).containsExactly(
                "Dropped table constraint unnamed CHECK (CHECK (color <> 'ugly' OR size > 10)) because it mentions "
                        + "dropped column \"color\".",
                "Dropped table constraint UNIQUE 'uq_name_color' (CONSTRAINT uq_name_color UNIQUE (name, color)) "
                        + "because it mentions dropped column \"color\".",
                "Dropped index \"ix_color\" because it mentions dropped column \"color\".");
    }

    @Test
    void aTriggerOfAnotherTableThatNamesADroppedColumnIsWarnedAbout() throws SQLException {
        db.execute("CREATE TRIGGER tr_owner AFTER DELETE ON owner BEGIN UPDATE thing SET color = NULL "
                + "WHERE owner_id = OLD.id; END");

        RebuildResult result = rebuild(new DropColumn("color"));

        assertThat(result.warnings()).contains("Trigger \"tr_owner\" of table \"owner\" names table \"thing\" and "
                + "\"color\", which this rebuild drops; check that it still works.");
    }

    @Test
    void aTriggerThatMentionsADroppedColumnStopsTheRebuild() throws SQLException {
        db.execute("CREATE TRIGGER tr_color AFTER UPDATE ON thing BEGIN SELECT NEW.color; END");
        List<String> schema = db.schema();

        assertThatThrownBy(() -> rebuild(new DropColumn("color")))
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining("its trigger(s) \"tr_color\" mentions \"color\"")
                .hasMessageContaining("Drop the trigger before the rebuild");

        assertThat(db.schema()).isEqualTo(schema);
    }

    @Test
    void alterColumnTypeNullabilityAndDefault() throws SQLException {
        db.execute("UPDATE thing SET color = 'green' WHERE color IS NULL");
        rebuild(AlterColumn.nullable("name", true), AlterColumn.nullable("color", false),
                AlterColumn.serverDefault("color", "'grey'"), AlterColumn.serverDefault("size", null),
                AlterColumn.type("size", "BIGINT"));

        Table table = thing();
        assertThat(table.column("name").orElseThrow().nullable()).isTrue();
        assertThat(table.column("color").orElseThrow().nullable()).isFalse();
        assertThat(table.column("color").orElseThrow().defaultSql()).isEqualTo("'grey'");
        assertThat(table.column("size").orElseThrow().defaultSql()).isNull();
        assertThat(table.column("size").orElseThrow().type()).isEqualTo("BIGINT");
        db.execute("INSERT INTO thing (id, name, size) VALUES (3, NULL, 5)");
        assertThat(db.value("SELECT color FROM thing WHERE id = 3")).isEqualTo("grey");
    }

    @Test
    void makingAColumnNotNullFailsWhileARowHoldsNull() throws SQLException {
        assertThatThrownBy(() -> rebuild(AlterColumn.nullable("color", false)))
                .hasMessageContaining("NOT NULL constraint failed: _migrate_tmp_thing.color");

        db.execute("UPDATE thing SET color = 'blue' WHERE color IS NULL");
        rebuild(AlterColumn.nullable("color", false));
        assertThat(thing().column("color").orElseThrow().nullable()).isFalse();
    }

    @Test
    void expressionDefaultsAreParenthesised() throws SQLException {
        rebuild(new AddColumn("created", "TEXT", false, "datetime('now')"), new AddColumn("n", "INTEGER", true, "-1"));

        assertThat(thing().sql()).contains("created TEXT NOT NULL DEFAULT (datetime('now'))", "n INTEGER DEFAULT -1");
        assertThat(db.value("SELECT count(*) FROM thing WHERE created LIKE '2%' AND n = -1")).isEqualTo("2");
    }

    @Test
    void addAndDropConstraintsNamedAndUnnamed() throws SQLException {
        rebuild(new DropConstraint("ck_size"), new DropConstraint("uq_name_color"),
                new AddCheck("ck_name", "length(name) < 10"), new AddCheck(null, "id < 1000"),
                new AddUnique("uq_name", List.of("name")), new AddUnique(null, List.of("color", "size")),
                new AddForeignKey("fk_owner", List.of("owner_id"), "owner", List.of("id"), "cascade", null));

        Table table = thing();
        assertThat(table.checkConstraints()).extracting(CheckConstraint::name).containsExactly(null, "ck_name", null);
        assertThat(table.uniqueConstraints()).containsExactly(
                new UniqueConstraint(null, List.of("owner_id", "size")),
                new UniqueConstraint("uq_name", List.of("name")),
                new UniqueConstraint(null, List.of("color", "size")));
        assertThat(table.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.name()).isEqualTo("fk_owner");
            assertThat(fk.onDelete()).isEqualTo("CASCADE");
        });
        db.execute("UPDATE thing SET size = -5 WHERE id = 1");
        assertThat(db.refused("UPDATE thing SET name = 'b' WHERE id = 1")).contains("thing.name");
        assertThat(db.refused("UPDATE thing SET id = 5000 WHERE id = 1")).contains("CHECK constraint failed: id < 1000");
        db.execute("DELETE FROM owner WHERE id = 2");
        assertThat(db.rows("SELECT id FROM thing")).containsExactly("1");
    }

    @Test
    void addPrimaryKeyReplacesTheOldOneWithAWarning() throws SQLException {
        db.execute("CREATE TABLE tag (id INTEGER PRIMARY KEY AUTOINCREMENT, code TEXT NOT NULL, lang TEXT NOT NULL)",
                "INSERT INTO tag (code, lang) VALUES ('a', 'en'), ('a', 'de')");

        RebuildResult result = SqliteTableRebuild.rebuild(db.connection, "tag",
                List.of(new AddPrimaryKey("pk_tag", List.of("code", "lang"))));

        Table tag = SqliteTableReader.read(db.connection, "tag").orElseThrow();
        assertThat(tag.primaryKey().name()).isEqualTo("pk_tag");
        assertThat(tag.primaryKey().columns()).containsExactly("code", "lang");
        assertThat(result.warnings()).singleElement().asString()
                .contains("Replaced the primary key of table \"tag\" (PRIMARY KEY AUTOINCREMENT on column \"id\")");
        assertThat(db.rows("SELECT id, code, lang FROM tag ORDER BY id")).containsExactly("1|a|en", "2|a|de");
        assertThat(db.refused("INSERT INTO tag VALUES (3, 'a', 'en')")).contains("UNIQUE constraint failed");
    }

    @Test
    void createAndDropIndexes() throws SQLException {
        rebuild(new DropIndex("ix_name"), CreateIndex.on("ix_owner", "owner_id"),
                new CreateIndex("ix_lower_name", List.of(CreateIndex.Element.expression("lower(name)"),
                        CreateIndex.Element.column("size").desc()), true, "color IS NOT NULL"));

        Table table = thing();
        assertThat(table.index("ix_name")).isEmpty();
        assertThat(table.index("ix_owner").orElseThrow().sql()).isEqualTo("CREATE INDEX ix_owner ON thing (owner_id)");
        assertThat(table.index("ix_lower_name").orElseThrow().sql())
                .isEqualTo("CREATE UNIQUE INDEX ix_lower_name ON thing (lower(name), size DESC) WHERE color IS NOT NULL");
        assertThatThrownBy(() -> rebuild(new DropIndex("sqlite_autoindex_thing_1")))
                .hasMessageContaining("belongs to a UNIQUE or PRIMARY KEY constraint");
        assertThatThrownBy(() -> rebuild(CreateIndex.on("ix_owner", "name")))
                .hasMessageContaining("Index \"ix_owner\" already exists");
    }

    @Test
    void changesApplyInOrderAndRenamesComeFirst() throws SQLException {
        rebuild(new AddColumn("weight", "REAL", true, null), AlterColumn.rename("name", "title"),
                new AddCheck("ck_title", "title <> ''"), new DropColumn("weight"));

        assertThat(thing().column("weight")).isEmpty();
        assertThat(thing().checkConstraints()).extracting(CheckConstraint::name).contains("ck_title");
        assertThat(db.rows("SELECT title FROM thing ORDER BY id")).containsExactly("a", "b");
        assertThatThrownBy(() -> rebuild(new DropColumn("size"), AlterColumn.type("size", "TEXT")))
                .hasMessageContaining("No such column: 'size' in table \"thing\" (an earlier change dropped it)");
    }

    @Test
    void theStatementsRunAreReportedInOrder() throws SQLException {
        RebuildResult result = rebuild(AlterColumn.type("size", "BIGINT"));

        assertThat(result.statements()).containsExactly(
                "PRAGMA foreign_keys = OFF",
                "BEGIN IMMEDIATE",
                """
                CREATE TABLE _migrate_tmp_thing (
                  id INTEGER PRIMARY KEY,
                  owner_id INTEGER,
                  name TEXT NOT NULL,
                  size BIGINT DEFAULT 1,
                  color TEXT,
                  CONSTRAINT ck_size CHECK (size > 0),
                  CHECK (color <> 'ugly' OR size > 10),
                  CONSTRAINT uq_name_color UNIQUE (name, color),
                  UNIQUE (owner_id, size)
                )""",
                "INSERT INTO _migrate_tmp_thing (id, owner_id, name, size, color)\n"
                        + "  SELECT id, owner_id, name, size, color FROM thing",
                "DROP TABLE thing",
                "PRAGMA legacy_alter_table = ON",
                "ALTER TABLE _migrate_tmp_thing RENAME TO thing",
                "PRAGMA legacy_alter_table = OFF",
                "CREATE INDEX ix_color ON thing (color)",
                "CREATE INDEX ix_name ON thing (name)",
                "COMMIT",
                "PRAGMA foreign_keys = ON");
        assertThat(result.warnings()).isEmpty();
        assertThat(result.rowsCopied()).isEqualTo(2);
    }
}
