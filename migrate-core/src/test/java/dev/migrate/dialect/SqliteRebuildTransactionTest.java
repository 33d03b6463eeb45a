package dev.migrate.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import dev.migrate.dialect.TableChange.AddColumn;
import dev.migrate.dialect.TableChange.AlterColumn;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The transaction contract: own transaction in autocommit mode, a savepoint inside the caller's. */
class SqliteRebuildTransactionTest {

    private static final String SCHEMA_PARENT = "CREATE TABLE parent (id INTEGER PRIMARY KEY, amount TEXT)";
    private static final String SCHEMA_CHILD =
            "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id) ON DELETE CASCADE)";

    @Test
    void inTheCallersTransactionTheRebuildIsNotCommitted() throws SQLException {
        try (SqliteFixture db = SqliteFixture.withoutForeignKeys()) {
            db.execute(SCHEMA_PARENT, SCHEMA_CHILD, "INSERT INTO parent VALUES (1, '10')", "INSERT INTO child VALUES (1, 1)");
            db.connection.setAutoCommit(false);

            RebuildResult result = SqliteTableRebuild.rebuild(db.connection, "parent",
                    List.of(AlterColumn.type("amount", "INTEGER")));
            assertThat(result.statements()).startsWith("SAVEPOINT migrate_rebuild").endsWith("RELEASE migrate_rebuild");
            assertThat(db.value("SELECT typeof(amount) FROM parent")).isEqualTo("integer");
            db.connection.rollback();
            assertThat(db.value("SELECT typeof(amount) FROM parent")).isEqualTo("text");

            SqliteTableRebuild.rebuild(db.connection, "parent", List.of(AlterColumn.type("amount", "INTEGER")));
            db.connection.commit();
            db.connection.setAutoCommit(true);
            assertThat(db.value("SELECT typeof(amount) FROM parent")).isEqualTo("integer");
            assertThat(db.count("child")).isEqualTo(1);
            assertThat(db.temporaryTables()).isEmpty();
        }
    }

    @Test
    void inTheCallersTransactionWithForeignKeysOnAReferencedTableIsRefused() throws SQLException {
        try (SqliteFixture db = SqliteFixture.withForeignKeys()) {
            db.execute(SCHEMA_PARENT, SCHEMA_CHILD, "INSERT INTO parent VALUES (1, '10')", "INSERT INTO child VALUES (1, 1)");
            List<String> schema = db.schema();
            db.connection.setAutoCommit(false);
            db.execute("INSERT INTO parent VALUES (2, '20')");

            assertThatThrownBy(() -> SqliteTableRebuild.rebuild(db.connection, "parent",
                    List.of(AlterColumn.type("amount", "INTEGER"))))
                    .isInstanceOf(MigrateException.class)
                    .hasMessageContaining("PRAGMA foreign_keys is ON and cannot be switched off inside a transaction")
                    .hasMessageContaining("[child]")
                    .hasMessageContaining("Call the rebuild with autocommit on");

            db.connection.commit();
            db.connection.setAutoCommit(true);
            assertThat(db.schema()).isEqualTo(schema);
            assertThat(db.rows("SELECT id FROM parent ORDER BY id")).containsExactly("1", "2");
            assertThat(db.count("child")).isEqualTo(1);
        }
    }

    @Test
    void inTheCallersTransactionWithForeignKeysOnALeafTableIsRebuilt() throws SQLException {
        try (SqliteFixture db = SqliteFixture.withForeignKeys()) {
            db.execute(SCHEMA_PARENT, SCHEMA_CHILD, "INSERT INTO parent VALUES (1, '10')", "INSERT INTO child VALUES (1, 1)");
            db.connection.setAutoCommit(false);

            SqliteTableRebuild.rebuild(db.connection, "child", List.of(new AddColumn("note", "TEXT", true, "'n'")));
            db.connection.commit();
            db.connection.setAutoCommit(true);

            assertThat(db.rows("SELECT * FROM child")).containsExactly("1|1|n");
            assertThat(db.foreignKeyViolations()).isEmpty();
            assertThat(db.pragma("foreign_keys")).isEqualTo(1);
        }
    }

    @Test
    void aFailureInTheCallersTransactionRollsBackToTheSavepointOnly() throws SQLException {
        try (SqliteFixture db = SqliteFixture.withoutForeignKeys()) {
            db.execute(SCHEMA_PARENT, "INSERT INTO parent VALUES (1, '10')");
            List<String> schema = db.schema();
            db.connection.setAutoCommit(false);
            db.execute("INSERT INTO parent VALUES (2, '20')");

            assertThatThrownBy(() -> SqliteTableRebuild.rebuild(db.connection, "parent",
                    List.of(new AddColumn("n", "INTEGER", false, null))))
                    .hasMessageContaining("NOT NULL constraint failed")
                    .hasMessageContaining("the savepoint was rolled back");

            db.connection.commit();
            db.connection.setAutoCommit(true);
            assertThat(db.schema()).isEqualTo(schema);
            assertThat(db.rows("SELECT id FROM parent ORDER BY id")).containsExactly("1", "2");
            assertThat(db.temporaryTables()).isEmpty();
        }
    }

    @Test
    void aTransactionOpenedBehindJdbcsBackIsDetected() throws SQLException {
        try (SqliteFixture db = SqliteFixture.withForeignKeys()) {
            db.execute(SCHEMA_PARENT, SCHEMA_CHILD, "INSERT INTO parent VALUES (1, '10')", "INSERT INTO child VALUES (1, 1)");
            db.execute("BEGIN");

            assertThatThrownBy(() -> SqliteTableRebuild.rebuild(db.connection, "parent",
                    List.of(AlterColumn.type("amount", "INTEGER"))))
                    .hasMessageContaining("PRAGMA foreign_keys = OFF had no effect");

            db.execute("COMMIT");
            assertThat(db.count("child")).isEqualTo(1);
            assertThat(db.pragma("foreign_keys")).isEqualTo(1);
        }
    }

    @Test
    void aLockedDatabaseFailsAtBeginAndRestoresTheForeignKeysPragma() throws SQLException {
        try (SqliteFixture db = SqliteFixture.withForeignKeys(); Connection other = db.connect()) {
            db.execute(SCHEMA_PARENT, "INSERT INTO parent VALUES (1, '10')", "PRAGMA busy_timeout = 100");
            try (Statement statement = other.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");

                assertThatThrownBy(() -> SqliteTableRebuild.rebuild(db.connection, "parent",
                        List.of(AlterColumn.type("amount", "INTEGER"))))
                        .isInstanceOf(MigrateException.class)
                        .hasMessageContaining("failed while starting the transaction")
                        .hasMessageContaining("locked");
                assertThat(db.pragma("foreign_keys")).isEqualTo(1);

                statement.execute("ROLLBACK");
            }
            SqliteTableRebuild.rebuild(db.connection, "parent", List.of(AlterColumn.type("amount", "INTEGER")));
            assertThat(db.value("SELECT typeof(amount) FROM parent")).isEqualTo("integer");
        }
    }
}
