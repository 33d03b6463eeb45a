package dev.migrate.dialect;

import dev.migrate.operations.Operation;
import java.sql.Connection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SQLite's {@link TableRebuilder}: translates the batch's operations ({@link RebuildChanges}) and
 * hands them to {@link SqliteTableRebuild}, which applies them with one move and copy. In the
 * runtime the connection is inside the revision's transaction, so the rebuild runs in a savepoint
 * of it; foreign keys were switched off before that transaction began
 * ({@link SqliteForeignKeyGuard}), so the rebuild can drop a table other tables refer to.
 */
final class SqliteTableRebuilder implements TableRebuilder {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteTableRebuilder.class);

    private final SqliteDialect dialect;

    SqliteTableRebuilder(SqliteDialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public void rebuild(Connection connection, String table, List<Operation> operations) {
        List<TableChange> changes = new RebuildChanges(dialect, table).of(operations);
        RebuildResult result = SqliteTableRebuild.rebuild(connection, table, changes);
        LOG.info("Rebuilt table {} (move and copy, {} row(s) copied){}", result.table(), result.rowsCopied(),
                result.warnings().isEmpty() ? "" : " with " + result.warnings().size() + " warning(s)");
    }
}
