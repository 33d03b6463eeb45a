package dev.migrate.runtime;

import dev.migrate.script.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a step's statements on the live connection, in whatever transaction the runner opened, and
 * remembers which ones completed so that a failure can say what stayed applied.
 */
final class OnlineOperations implements StatementTarget {

    private final Connection connection;
    private final List<SqlStatement> executed = new ArrayList<>();

    OnlineOperations(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void execute(SqlStatement statement) {
        try (Statement jdbc = connection.createStatement()) {
            jdbc.execute(statement.sql());
        } catch (SQLException ex) {
            throw new StatementFailure(statement, ex);
        }
        executed.add(statement);
    }

    @Override
    public void execute(ConnectionCallback callback) {
        SqlStatement marker = new SqlStatement("(JDBC connection callback)", 0);
        try {
            callback.doInConnection(connection);
        } catch (SQLException ex) {
            throw new StatementFailure(marker, ex);
        }
        executed.add(marker);
    }

    /** The statements that completed, in order. */
    List<SqlStatement> executed() {
        return List.copyOf(executed);
    }
}
