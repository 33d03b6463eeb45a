package dev.migrate.runtime;

import static dev.migrate.runtime.Fixtures.byId;
import static dev.migrate.runtime.Fixtures.insert;
import static dev.migrate.runtime.Fixtures.plan;
import static dev.migrate.runtime.Fixtures.upgrade;
import static dev.migrate.runtime.fixtures.Delegating.of;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialects;
import dev.migrate.operations.ColumnChange;
import dev.migrate.operations.Migration;
import dev.migrate.operations.SqlType;
import dev.migrate.runtime.fixtures.Delegating;
import dev.migrate.script.JavaScript;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What cannot be written as offline SQL fails with a message naming the revision and saying why. */
class OfflineErrorsTest {

    private static void writeOffline(String dialect, Migration migration) throws Exception {
        JavaScript script = Fixtures.java(Delegating.class, "x1", "offline");
        Delegating.next = migration;
        new SqlWriter(Dialects.forName(dialect), RuntimeSettings.defaults())
                .write(plan(List.of(), upgrade(script, List.of(), insert("x1"))), byId(script), new StringBuilder());
    }

    private static final String REVISION = "Revision x1 (class " + Delegating.class.getName() + ")";

    @Test
    void inspectorNeedsALiveConnection() {
        assertThatThrownBy(() -> writeOffline("postgresql", of(op -> op.inspector().hasTable("t"), op -> { })))
                .isInstanceOf(MigrateException.class)
                .hasMessage(REVISION + " asks the inspector (op.inspector()) about the live schema: it needs a live "
                        + "database connection and cannot run in --sql mode, where there is no database to ask. Apply "
                        + "it online, or write its steps without asking.");
    }

    @Test
    void connectionCallbackNeedsALiveConnection() {
        assertThatThrownBy(() -> writeOffline("h2", of(op -> op.execute(connection -> { }), op -> { })))
                .isInstanceOf(MigrateException.class)
                .hasMessage(REVISION + " runs code on a live database connection (op.execute(ConnectionCallback)), "
                        + "which cannot be written as SQL: it needs a live connection and cannot run in --sql mode. "
                        + "Apply it online, or write its work as SQL statements.");
    }

    @Test
    void mysqlAlterColumnWithoutExistingDefinition() {
        assertThatThrownBy(() -> writeOffline("mysql", of(op -> op.alterColumn("account", "name",
                ColumnChange.change().type(SqlType.varchar(80))), op -> { })))
                .isInstanceOf(MigrateException.class)
                .hasMessage(REVISION + ": alterColumn account.name (type) on MySQL/MariaDB restates the whole column "
                        + "(MODIFY), so it needs the column's current type, nullability, default and comment. Offline "
                        + "SQL (--sql) has no database to read them from: state them with "
                        + "ColumnChange.existing(Column.of(...)), as Alembic needs existing_type");
    }

    @Test
    void sqliteRebuildNeedsALiveConnection() {
        assertThatThrownBy(() -> writeOffline("sqlite", of(op -> op.batchAlterTable("account", batch ->
                batch.alterColumn("name", ColumnChange.change().type(SqlType.TEXT))), op -> { })))
                .isInstanceOf(MigrateException.class)
                .hasMessage(REVISION + ": alterColumn account.name (type) needs a rebuild of table account (move and "
                        + "copy) on SQLite, which reads the live table; it needs a live database connection and cannot "
                        + "run in --sql mode. Apply this revision online, or write the rebuild's statements with "
                        + "op.execute (SqliteTableRebuild.script works them out from the table's CREATE TABLE, like "
                        + "Alembic's copy_from).");
    }

    @Test
    void recreateNeverRefusesWhatNeedsARebuild() {
        assertThatThrownBy(() -> writeOffline("sqlite", of(op -> op.batchAlterTable("account",
                dev.migrate.operations.Operation.Recreate.NEVER,
                batch -> batch.alterColumn("name", ColumnChange.change().serverDefault("'x'"))), op -> { })))
                .isInstanceOf(MigrateException.class)
                .hasMessage("batchAlterTable on table account with Recreate.NEVER: SQLite 3.53.4 cannot alterColumn "
                        + "account.name (server default) with ALTER TABLE, and NEVER forbids rebuilding the table. "
                        + "Nothing of this batch was applied; use Recreate.AUTO");
    }
}
