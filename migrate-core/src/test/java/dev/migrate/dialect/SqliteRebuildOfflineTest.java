package dev.migrate.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import dev.migrate.dialect.TableChange.AddCheck;
import dev.migrate.dialect.TableChange.AlterColumn;
import dev.migrate.dialect.TableChange.CreateIndex;
import dev.migrate.dialect.TableChange.DropColumn;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SqliteTableRebuild#script}: the rebuild's statements from a given definition, without a database. */
class SqliteRebuildOfflineTest {

    private static final String[] SETUP = {
        "CREATE TABLE note (id INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT NOT NULL, score TEXT, junk TEXT, "
                + "CHECK (length(body) > 0))",
        "CREATE INDEX ix_score ON note (score)",
        "CREATE INDEX ix_junk ON note (junk)",
        "CREATE TABLE note_log (note_id INTEGER)",
        "CREATE TRIGGER tr_note AFTER INSERT ON note BEGIN INSERT INTO note_log VALUES (NEW.id); END",
        "INSERT INTO note (body, score, junk) VALUES ('a', '1', 'x'), ('b', '2', 'y'), ('c', '3', 'z')",
        "DELETE FROM note WHERE id = 3",
    };

    private static final List<TableChange> CHANGES = List.of(AlterColumn.type("score", "INTEGER"),
            new DropColumn("junk"), new AddCheck("ck_score", "score >= 0"), CreateIndex.on("ix_body", "body"));

    @Test
    void theScriptIsWhatTheOnlineRebuildRunsInsideItsTransaction() throws SQLException {
        try (SqliteFixture db = SqliteFixture.withForeignKeys()) {
            db.execute(SETUP);
            List<String> script = SqliteTableRebuild.script(definition(db), definitions(db), CHANGES);

            RebuildResult online = SqliteTableRebuild.rebuild(db.connection, "note", CHANGES);

            List<String> inside = online.statements().subList(online.statements().indexOf("BEGIN IMMEDIATE") + 1,
                    online.statements().indexOf("COMMIT"));
            assertThat(script).isEqualTo(inside);
        }
    }

    @Test
    void runningTheScriptGivesTheSameTableAsTheOnlineRebuild() throws SQLException {
        try (SqliteFixture online = SqliteFixture.withForeignKeys(); SqliteFixture offline = SqliteFixture.withForeignKeys()) {
            online.execute(SETUP);
            offline.execute(SETUP);
            List<String> script = SqliteTableRebuild.script(definition(offline), definitions(offline), CHANGES);

            SqliteTableRebuild.rebuild(online.connection, "note", CHANGES);
            List<String> run = new ArrayList<>(List.of("PRAGMA foreign_keys = OFF", "BEGIN"));
            run.addAll(script);
            run.addAll(List.of("COMMIT", "PRAGMA foreign_keys = ON"));
            offline.execute(run.toArray(String[]::new));

            assertThat(offline.schema()).isEqualTo(online.schema());
            assertThat(offline.rows("SELECT * FROM note ORDER BY id")).isEqualTo(online.rows("SELECT * FROM note ORDER BY id"))
                    .containsExactly("1|a|1", "2|b|2");
            assertThat(offline.rows("SELECT * FROM sqlite_sequence")).containsExactly("note|3");
        }
    }

    @Test
    void renamesNeedTheDatabase() {
        assertThatThrownBy(() -> SqliteTableRebuild.script("CREATE TABLE t (a INT, b INT)", List.of(),
                List.of(AlterColumn.rename("a", "c"))))
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining("Cannot rename column \"a\" of table \"t\" in an offline rebuild");
        assertThatThrownBy(() -> SqliteTableRebuild.script("CREATE TABLE t (a INT, b INT)",
                List.of("CREATE VIEW v AS SELECT a FROM t"), List.of(new DropColumn("b"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not a CREATE INDEX or CREATE TRIGGER statement");
    }

    private static String definition(SqliteFixture db) throws SQLException {
        return db.value("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'note'");
    }

    private static List<String> definitions(SqliteFixture db) throws SQLException {
        return db.rows("SELECT sql FROM sqlite_master WHERE tbl_name = 'note' AND type IN ('index', 'trigger') "
                + "AND sql IS NOT NULL ORDER BY type, name");
    }
}
