package dev.migrate.operations;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The {@code op} API Java migrations are written in. Every call is applied to the database at
 * once (online) or written out as SQL (offline, {@code --sql}).
 */
public interface Operations {

    /** Runs one SQL statement as it is. */
    void execute(String sql);

    /**
     * Runs code against the live JDBC connection, inside the revision's transaction, for data
     * migrations. Fails in offline mode, which has no connection.
     */
    void execute(ConnectionCallback callback);

    /** Code that works on the migration's JDBC connection. */
    @FunctionalInterface
    interface ConnectionCallback {
        void doInConnection(Connection connection) throws SQLException;
    }
}
