package dev.migrate.dialect;

import java.sql.Connection;
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
 *   <li>Copies every row ({@code INSERT INTO ... SELECT}), rowids included, and checks the count.</li>
 *   <li>Drops the old table, renames the new one with {@code legacy_alter_table=ON} (so views
 *       that name the table do not stop the rename), re-creates the indexes and triggers and the
 *       AUTOINCREMENT high-water mark.</li>
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
 * view that stops compiling. The temporary and the rebuilt table's statements are logged at DEBUG.
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
}
