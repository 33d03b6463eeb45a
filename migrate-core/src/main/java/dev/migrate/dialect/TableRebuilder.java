package dev.migrate.dialect;

import dev.migrate.operations.Operation;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Applies table alterations that {@code ALTER TABLE} cannot do by rebuilding the table ("move and
 * copy": create the new table, copy the rows, drop the old one, rename, re-create indexes and
 * triggers). The runtime calls it online only, never offline, with the revision's connection:
 * <ul>
 * <li>for a whole {@code batchAlterTable} (a plain {@code op.alterColumn} etc. is a batch of one)
 *     when {@link Dialect#needsRebuild}, judged from the operations alone, says ALTER cannot do
 *     one of them, or when the batch asks for {@code Recreate.ALWAYS};</li>
 * <li>for the rest of a batch when a limit shows only in the live schema just before an
 *     operation runs (SQLite cannot drop a column an index still covers): that operation and
 *     every one after it, the earlier ones having run as ALTERs.</li>
 * </ul>
 *
 * <p>Contract: {@code operations} are alterations of {@code table} (add/drop/alter column,
 * create/drop index, add/drop constraint), in the order the migration gave them; all of them are
 * applied, native or not. The connection is in the state the runtime left it (inside the
 * revision's transaction where the database has transactional DDL); the rebuilder returns it in
 * the same autocommit state. On failure it throws and leaves the table as it was, with no
 * temporary table behind.
 */
public interface TableRebuilder {

    /**
     * Rebuilds {@code table} with the operations applied.
     *
     * @throws SQLException when the database refuses a statement
     * @throws dev.migrate.MigrateException when the operations cannot be applied
     */
    void rebuild(Connection connection, String table, List<Operation> operations) throws SQLException;
}
