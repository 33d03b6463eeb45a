package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * H2's migration lock: a row lock, {@code SELECT ... FOR UPDATE} on the single row of a table
 * {@code <version table>_lock}, held in an open transaction on a connection of its own. Not on the
 * migration connection: H2 commits the open transaction at every DDL statement, which would release
 * the row. H2 has no advisory locks; row locks of a session vanish with it.
 *
 * <p>The holder then writes its process id, host and start time into the row without committing.
 * Others cannot see that under READ COMMITTED, so the holder is read under READ UNCOMMITTED; the
 * write is rolled back on release, so nothing stale is ever left in the row. A wait is one
 * {@code SELECT ... FOR UPDATE} under {@code SET LOCK_TIMEOUT}.
 *
 * <p>An H2 in-memory database is private to its process, an embedded file database to the process
 * that opened it; only H2's server mode lets several processes meet here.
 */
final class H2RowLock implements DatabaseLock {

    /** H2's LOCK_TIMEOUT_1: "Timeout trying to lock table". */
    private static final int LOCK_TIMEOUT = 50200;

    /** H2's DEADLOCK_1. */
    private static final int DEADLOCK = 40001;

    private final Connection connection;
    private final String table;
    private boolean held;

    private H2RowLock(Connection connection, String table) {
        this.connection = connection;
        this.table = table;
    }

    static H2RowLock open(Dialect dialect, ConnectionOpener opener, String versionTable) throws SQLException {
        String table = dialect.quoteIdentifier(versionTable + "_lock");
        Connection connection = opener.open();
        try {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS " + table
                        + " (id INT NOT NULL PRIMARY KEY, holder VARCHAR(1000))");
                statement.execute("INSERT INTO " + table + " (id, holder) SELECT 1, NULL WHERE NOT EXISTS "
                        + "(SELECT 1 FROM " + table + " WHERE id = 1)");
            } catch (SQLException ex) {
                if (!"23505".equals(ex.getSQLState())) { // another process inserted the row meanwhile
                    throw ex;
                }
            }
            connection.setAutoCommit(false);
            return new H2RowLock(connection, table);
        } catch (SQLException | RuntimeException ex) {
            connection.close();
            throw ex;
        }
    }

    @Override
    public String description() {
        return "row lock on H2 table " + table;
    }

    @Override
    public boolean tryAcquire(Duration wait) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // at least 1 ms: H2 waits about 2 s on LOCK_TIMEOUT 0
            statement.execute("SET LOCK_TIMEOUT " + Math.max(1, wait.toMillis()));
            statement.executeQuery("SELECT holder FROM " + table + " WHERE id = 1 FOR UPDATE").close();
        } catch (SQLException ex) {
            connection.rollback();
            if (ex.getErrorCode() == LOCK_TIMEOUT || ex.getErrorCode() == DEADLOCK) {
                return false;
            }
            throw ex;
        }
        held = true;
        String session = DatabaseLocks.single(connection, "SELECT SESSION_ID()");
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + table + " SET holder = ? WHERE id = 1")) {
            update.setString(1, LockOwner.current().describe() + ", H2 session " + session);
            update.executeUpdate();
        }
        return true;
    }

    @Override
    public Optional<String> holder() throws SQLException {
        if (held) {
            return Optional.empty();
        }
        connection.rollback();
        int isolation = connection.getTransactionIsolation();
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
        try {
            return Optional.ofNullable(DatabaseLocks.single(connection, "SELECT holder FROM " + table + " WHERE id = 1"));
        } finally {
            connection.rollback();
            connection.setTransactionIsolation(isolation);
        }
    }

    @Override
    public void close() throws SQLException {
        held = false;
        try {
            connection.rollback(); // releases the row and undoes the holder written into it
        } finally {
            connection.close();
        }
    }
}
