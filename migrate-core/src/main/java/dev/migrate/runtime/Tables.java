package dev.migrate.runtime;

import dev.migrate.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Creating migrate's own tables. */
final class Tables {

    private Tables() {
    }

    /**
     * Runs {@code createSql} unless the table exists. When the statement fails because another
     * process created the table in between, that is fine; any other failure is rethrown.
     */
    static void createIfMissing(Connection connection, Dialect dialect, String table, String createSql)
            throws SQLException {
        if (dialect.tableExists(connection, table)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(createSql);
        } catch (SQLException ex) {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            if (!dialect.tableExists(connection, table)) {
                throw ex;
            }
        }
    }
}
