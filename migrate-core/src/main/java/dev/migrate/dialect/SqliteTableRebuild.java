package dev.migrate.dialect;

import dev.migrate.MigrateException;
import dev.migrate.reflect.SqliteDdl;
import dev.migrate.schema.Trigger;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Changes an SQLite table by rebuilding it ("move and copy"), for every change SQLite's
 * {@code ALTER TABLE} cannot make: SQLite's own 12-step procedure
 * (https://www.sqlite.org/lang_altertable.html, section 7), made safe.
 *
 * <h2>What it does</h2>
 * <ol>
 *   <li>Remembers {@code PRAGMA foreign_keys} and switches it OFF <em>before</em> the transaction
 *       (SQLite ignores it inside one). With foreign keys on, {@code DROP TABLE} would delete the
 *       child rows of {@code ON DELETE CASCADE} foreign keys.</li>
 *   <li>{@code BEGIN IMMEDIATE}; reads the table, its indexes, triggers and the views that compile.</li>
 *   <li>Renames columns natively ({@code ALTER TABLE ... RENAME COLUMN}), so indexes, triggers,
 *       views and other tables' foreign keys follow the new names.</li>
 *   <li>Creates the changed table as {@code _migrate_tmp_<table>} from the stored
 *       {@code CREATE TABLE} text, every untouched column and constraint written back as it was
 *       (named and unnamed CHECK and UNIQUE constraints, collations, defaults, ON CONFLICT
 *       clauses, table options).</li>
 *   <li>Copies every row ({@code INSERT INTO ... SELECT}), rowids included, checks the count and
 *       carries the AUTOINCREMENT high-water mark over.</li>
 *   <li>Drops the old table, renames the new one with {@code legacy_alter_table=ON} (so views
 *       that name the table do not stop the rename), re-creates the indexes and triggers.</li>
 *   <li>Checks that the views that compiled before still compile, and runs
 *       {@code PRAGMA foreign_key_check} for the table and the tables that refer to it.</li>
 *   <li>{@code COMMIT}, then restores {@code foreign_keys}.</li>
 * </ol>
 *
 * <h2>Guarantees</h2>
 * Every row is copied or the rebuild fails. On any failure (a constraint the rows violate, a
 * foreign key violation, a broken view, a bad change) everything is rolled back: the table, its
 * rows, indexes and triggers are as they were, no temporary table is left, {@code foreign_keys}
 * and {@code legacy_alter_table} are as the caller had them, and a corrected retry works. The
 * exception is a {@link dev.migrate.MigrateException} naming the step that failed and SQLite's
 * message.
 *
 * <h2>Transactions</h2>
 * <ul>
 *   <li><b>Autocommit on</b> (the normal case): the rebuild runs and commits its own transaction,
 *       as described above.</li>
 *   <li><b>Autocommit off</b>: the caller's transaction is used and not committed; the rebuild runs
 *       inside {@code SAVEPOINT migrate_rebuild}, rolled back to on failure. Foreign keys cannot
 *       be switched off there, so if they are ON and any table (the table itself included) refers
 *       to this one, the rebuild refuses to start and says why. Switch them off before opening
 *       the transaction, or call with autocommit on.</li>
 * </ul>
 *
 * <h2>Choices</h2>
 * Values are copied as they are and the new column's type affinity converts them where that loses
 * nothing (no implicit {@code CAST}, which would turn {@code '12abc'} into 12 and 1.5 into 1);
 * {@link TableChange.AlterColumn#usingSql()} converts explicitly. Constraints and indexes that
 * mention a dropped column are dropped with a warning; a trigger of the table that mentions one
 * (by name, so a same-named column of another table counts too) makes the rebuild fail, as does a
 * view that stops compiling. Every statement is logged at DEBUG (logger
 * {@code dev.migrate.dialect.SqliteTableRebuild}), every warning at WARN. See
 * {@code docs/sqlite-rebuilds.md}.
 */
public final class SqliteTableRebuild {

    private SqliteTableRebuild() {
    }

    /**
     * Rebuilds {@code table} with {@code changes} applied.
     *
     * @param connection a live SQLite connection; see the class comment for autocommit on and off
     * @param table the table, matched ignoring ASCII case
     * @param changes the changes, applied in order (column renames first)
     * @return the statements run and the warnings
     * @throws dev.migrate.MigrateException when the rebuild fails; nothing was changed then
     */
    public static RebuildResult rebuild(Connection connection, String table, List<? extends TableChange> changes) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(table, "table");
        return new RebuildRunner(connection, Dialects.forName("sqlite")).run(table, List.copyOf(changes));
    }

    /**
     * The statements of a rebuild worked out from a given table definition, without a database:
     * for offline SQL, like Alembic's {@code copy_from}. They are the statements {@link #rebuild}
     * runs between {@code BEGIN IMMEDIATE} and {@code COMMIT} for the same definition. Run them
     * in one transaction with foreign keys off, switched off <em>before</em> the transaction:
     * {@code PRAGMA foreign_keys = OFF; BEGIN; ...; COMMIT; PRAGMA foreign_keys = ON;} and check
     * {@code PRAGMA foreign_key_check} before the COMMIT (a script cannot act on its result). The
     * checks that need the data (row count, views, foreign keys) are the online mode's only.
     *
     * @param createTableSql the table's {@code CREATE TABLE} statement as SQLite stores it
     * @param indexAndTriggerSql the table's {@code CREATE INDEX} and {@code CREATE TRIGGER}
     *     statements (not those of the indexes SQLite makes for constraints)
     * @param changes the changes; column renames are not possible offline, because only the
     *     database can rewrite the indexes, triggers, views and foreign keys that name the column
     * @throws MigrateException for a rename or a change that does not fit the definition
     * @throws IllegalArgumentException when a statement cannot be parsed
     */
    public static List<String> script(String createTableSql, List<String> indexAndTriggerSql,
            List<? extends TableChange> changes) {
        SqliteDdl.CreateTable table = SqliteDdl.parseCreateTable(createTableSql);
        for (TableChange change : changes) {
            if (change instanceof TableChange.AlterColumn alter && alter.newName() != null) {
                throw new MigrateException("Cannot rename column " + RebuildPlanner.shown(alter.name()) + " of table "
                        + RebuildPlanner.shown(table.name()) + " in an offline rebuild: only the database can rewrite "
                        + "the indexes, triggers, views and foreign keys that name it. Rename it in an operation of "
                        + "its own (SQLite's ALTER TABLE ... RENAME COLUMN) before the rebuild.");
            }
        }
        List<SqliteDdl.CreateIndex> indexes = new ArrayList<>();
        List<Trigger> triggers = new ArrayList<>();
        for (String sql : indexAndTriggerSql) {
            SqliteDdl.SchemaObject object = SqliteDdl.schemaObject(sql);
            switch (object.type()) {
                case "INDEX":
                    indexes.add(SqliteDdl.parseCreateIndex(sql));
                    break;
                case "TRIGGER":
                    triggers.add(new Trigger(object.name(), table.name(), sql));
                    break;
                default:
                    throw new IllegalArgumentException("Not a CREATE INDEX or CREATE TRIGGER statement: " + sql);
            }
        }
        Dialect dialect = Dialects.forName("sqlite");
        RebuildPlan plan = new RebuildPlanner(dialect, table, indexes, List.of(), triggers, List.of())
                .plan(List.copyOf(changes), "_migrate_tmp_" + table.name());
        List<String> statements = new ArrayList<>();
        statements.add(plan.createTable());
        statements.add(plan.copyRows());
        statements.addAll(plan.keepSequence());
        statements.add(plan.dropTable());
        statements.add("PRAGMA legacy_alter_table = ON");
        statements.add(plan.renameTable());
        statements.add("PRAGMA legacy_alter_table = OFF");
        statements.addAll(plan.indexes());
        statements.addAll(plan.triggers());
        return statements;
    }
}
