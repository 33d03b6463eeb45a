package dev.migrate.dialect;

import dev.migrate.MigrateException;
import dev.migrate.operations.Operation;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SQLite's table rebuild until the move-and-copy engine lands: refuses before touching anything,
 * naming the operations ALTER TABLE cannot do, so that nothing of the batch is half-applied.
 */
final class UnavailableTableRebuilder implements TableRebuilder {

    private final SqliteDialect dialect;

    UnavailableTableRebuilder(SqliteDialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public void rebuild(Connection connection, String table, List<Operation> operations) throws SQLException {
        Capabilities caps = dialect.capabilities(connection);
        RenderContext context = RenderContext.online(connection, caps);
        List<String> needing = operations.stream().filter(op -> dialect.needsRebuild(op, context))
                .map(Operation::describe).collect(Collectors.toList());
        String what = needing.isEmpty() ? "batchAlterTable on table " + table + " with Recreate.ALWAYS"
                : String.join("; ", needing);
        throw new MigrateException(message(caps.version(), table, what));
    }

    /** The documented message. */
    static String message(String version, String table, String operations) {
        return "SQLite table rebuild is not available: " + operations + " needs a rebuild of table " + table
                + " (move and copy), which SQLite " + version + " cannot do with ALTER TABLE and this version of "
                + "migrate does not implement yet. These operations were not applied.";
    }
}
