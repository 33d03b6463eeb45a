package dev.migrate.runtime;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Capabilities;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.RenderContext;
import dev.migrate.operations.Operation;
import dev.migrate.operations.Operations;
import dev.migrate.reflect.Inspector;
import dev.migrate.script.SqlStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a step's statements on the live connection, in whatever transaction the runner opened, and
 * remembers which ones completed (and which of those an autocommit block committed for good) so
 * that a failure can say what stayed applied.
 */
final class OnlineOperations implements StatementTarget {

    private final Connection connection;
    private final Dialect dialect;
    private final RenderContext context;
    private final BeforeCommit beforeCommit;
    private final Runnable onCommit;
    private final List<SqlStatement> executed = new ArrayList<>();
    private int committed;
    private boolean inAutocommitBlock;

    /** What must pass before an autocommit block commits the step's transaction. */
    @FunctionalInterface
    interface BeforeCommit {
        void check() throws SQLException;
    }

    /**
     * @param beforeCommit run before an autocommit block commits the step's transaction (the
     *     dialect's {@link dev.migrate.dialect.TransactionGuard#beforeCommit})
     * @param onCommit told when an autocommit block commits the step's transaction (and with it
     *     whatever earlier steps shared it)
     */
    OnlineOperations(Connection connection, Dialect dialect, Capabilities capabilities, BeforeCommit beforeCommit,
            Runnable onCommit) {
        this.connection = connection;
        this.dialect = dialect;
        this.context = RenderContext.online(connection, capabilities);
        this.beforeCommit = beforeCommit;
        this.onCommit = onCommit;
    }

    @Override
    public RenderContext context() {
        return context;
    }

    @Override
    public void execute(SqlStatement statement) {
        try (Statement jdbc = connection.createStatement()) {
            jdbc.execute(statement.sql());
        } catch (SQLException ex) {
            throw new StatementFailure(statement, ex);
        }
        completed(statement);
    }

    @Override
    public void execute(Operations.ConnectionCallback callback) {
        SqlStatement marker = new SqlStatement("(JDBC connection callback)", 0);
        try {
            callback.doInConnection(connection);
        } catch (SQLException ex) {
            throw new StatementFailure(marker, ex);
        }
        completed(marker);
    }

    /** Consecutive rows with the same columns go as one batch of one prepared statement. */
    @Override
    public void insert(Operation.BulkInsert insert) {
        List<Map<String, Object>> rows = insert.rows();
        int start = 0;
        while (start < rows.size()) {
            List<String> columns = Operation.BulkInsert.columnsOf(rows.get(start));
            int end = start + 1;
            while (end < rows.size() && Operation.BulkInsert.columnsOf(rows.get(end)).equals(columns)) {
                end++;
            }
            insertBatch(insert.table(), columns, rows.subList(start, end));
            start = end;
        }
    }

    private void insertBatch(String table, List<String> columns, List<Map<String, Object>> rows) {
        String sql = dialect.insertSql(table, columns);
        SqlStatement statement = new SqlStatement(sql + " -- " + rows.size() + (rows.size() == 1 ? " row" : " rows"),
                0);
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Map<String, Object> row : rows) {
                for (int i = 0; i < columns.size(); i++) {
                    dialect.bind(insert, i + 1, row.get(columns.get(i)));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException ex) {
            throw new StatementFailure(statement, ex);
        }
        completed(statement);
    }

    @Override
    public void rebuild(String table, List<Operation> operations) {
        SqlStatement marker = new SqlStatement("(table rebuild of " + table + ": "
                + MigrationOperations.describe(operations) + ")", 0);
        try {
            dialect.tableRebuilder().rebuild(connection, table, operations);
        } catch (SQLException ex) {
            throw new StatementFailure(marker, ex);
        }
        completed(marker);
    }

    @Override
    public Inspector inspector() {
        return Inspector.of(connection, dialect);
    }

    /**
     * Commits the open transaction, runs the block in autocommit and opens a new transaction; in
     * autocommit already (no transactional DDL, or a non-transactional revision) it just runs it.
     */
    @Override
    public void autocommit(Runnable block) {
        if (inAutocommitBlock || autoCommit()) {
            block.run();
            return;
        }
        try {
            beforeCommit.check();
            connection.commit();
            onCommit.run();
            committed = executed.size();
            connection.setAutoCommit(true);
        } catch (SQLException ex) {
            throw new MigrateException("Cannot commit before the autocommit block: " + ex.getMessage(), ex);
        }
        inAutocommitBlock = true;
        try {
            block.run();
        } finally {
            inAutocommitBlock = false;
            try {
                connection.setAutoCommit(false);
            } catch (SQLException ex) {
                throw new MigrateException("Cannot open a transaction after the autocommit block: " + ex.getMessage(),
                        ex);
            }
        }
    }

    private boolean autoCommit() {
        try {
            return connection.getAutoCommit();
        } catch (SQLException ex) {
            throw new MigrateException("Cannot read the connection's autocommit mode: " + ex.getMessage(), ex);
        }
    }

    private void completed(SqlStatement statement) {
        executed.add(statement);
        if (inAutocommitBlock) {
            committed = executed.size();
        }
    }

    /** The statements that completed, in order. */
    List<SqlStatement> executed() {
        return List.copyOf(executed);
    }

    /**
     * The statements an autocommit block made permanent in a transactional step: those before the
     * block and inside it. Empty when the step ran no autocommit block.
     */
    List<SqlStatement> committed() {
        return List.copyOf(executed.subList(0, committed));
    }
}
