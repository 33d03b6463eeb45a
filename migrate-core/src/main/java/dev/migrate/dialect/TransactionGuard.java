package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What a database needs done around each transaction the runtime opens for migrations, obtained
 * from {@link Dialect#guardTransaction} just before the transaction begins. The runtime calls
 * {@link #beforeCommit} before every commit of the transaction (after the version and history
 * rows are written) and {@link #close} once it has committed or rolled back, with the connection
 * back in autocommit.
 *
 * <p>Only SQLite has one that does something: it switches {@code PRAGMA foreign_keys} off for the
 * transaction, checks the foreign keys before the commit and switches them back on after
 * ({@link SqliteForeignKeyGuard}). Every other database gets {@link #NONE}.
 */
public interface TransactionGuard {

    /** A guard that does nothing. */
    TransactionGuard NONE = new TransactionGuard() {
        @Override
        public void beforeCommit(Connection connection) {
        }

        @Override
        public void close(Connection connection) {
        }
    };

    /**
     * Runs before a commit of the transaction.
     *
     * @throws dev.migrate.MigrateException when the transaction must not commit; the runtime then
     *     rolls it back
     */
    void beforeCommit(Connection connection) throws SQLException;

    /** Undoes what opening the guard changed on the connection; called once, in autocommit. */
    void close(Connection connection) throws SQLException;
}
