package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A session-level PostgreSQL advisory lock on the migration connection. Session-level, not
 * transaction-level: the run commits after every revision and switches autocommit, and the lock
 * must outlive all of that; it ends with the session, so a dead process's backend releases it.
 *
 * <p>The 64-bit key is the start of the SHA-256 of {@code migrate:<schema>.<version table>}, so
 * projects in different schemas of one database do not wait for each other. {@code pg_locks} shows
 * it as {@code classid} (high 32 bits), {@code objid} (low 32 bits), {@code objsubid = 1}. A wait
 * is one blocking {@code pg_advisory_lock} under a transaction-local {@code lock_timeout}, so
 * waiters queue in the server and the next one is woken as soon as the lock is free.
 *
 * <p>While it holds the lock, a session still carrying the JDBC driver's default
 * {@code application_name} is renamed {@code migrate pid <pid> on <host>}, so that a waiter's
 * message names the process and not only the server's backend; the old name is restored on release.
 */
final class PostgresAdvisoryLock implements DatabaseLock {

    /** SQLSTATE lock_not_available: {@code lock_timeout} ran out. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private static final String HOLDER = "SELECT a.pid, a.usename, a.application_name, a.client_addr, a.client_port, "
            + "a.backend_start, a.state FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid "
            + "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
            + "AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database()) "
            + "AND l.classid::bigint = ? AND l.objid::bigint = ?";

    /** What pgJDBC calls a session unless told otherwise. */
    private static final String DRIVER_DEFAULT_NAME = "PostgreSQL JDBC Driver";

    private final Connection connection;
    private final long key;
    private final String target;
    private boolean held;
    private String renamedFrom;

    private PostgresAdvisoryLock(Connection connection, long key, String target) {
        this.connection = connection;
        this.key = key;
        this.target = target;
    }

    static PostgresAdvisoryLock open(Connection connection, String versionTable) throws SQLException {
        String schema = DatabaseLocks.single(connection, "SELECT current_schema()");
        String target = (schema == null ? "" : schema + ".") + versionTable;
        return new PostgresAdvisoryLock(connection, DatabaseLocks.key64("migrate:" + target), target);
    }

    @Override
    public String description() {
        return "PostgreSQL advisory lock " + key + " (" + target + ")";
    }

    @Override
    public boolean tryAcquire(Duration wait) throws SQLException {
        if (wait.isZero() || wait.isNegative()) {
            held = DatabaseLocks.bool(connection, "SELECT pg_try_advisory_lock(?)", key);
            if (held) {
                nameSession();
            }
            return held;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            // set_config(..., true) is SET LOCAL: the timeout ends with this short transaction
            DatabaseLocks.single(connection, "SELECT set_config('lock_timeout', ?, true)",
                    Math.max(1, wait.toMillis()) + "ms");
            DatabaseLocks.single(connection, "SELECT pg_advisory_lock(?)", key);
            connection.commit();
            held = true;
        } catch (SQLException ex) {
            connection.rollback();
            if (LOCK_NOT_AVAILABLE.equals(ex.getSQLState())) {
                return false;
            }
            throw ex;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        nameSession();
        return true;
    }

    /** Renames a session that has the driver's default name after this process, for waiters to see. */
    private void nameSession() throws SQLException {
        String name = DatabaseLocks.single(connection, "SELECT current_setting('application_name')");
        if (name == null || name.isEmpty() || DRIVER_DEFAULT_NAME.equals(name)) {
            LockOwner owner = LockOwner.current();
            setApplicationName("migrate pid " + owner.pid() + " on " + owner.host());
            renamedFrom = name == null ? "" : name;
        }
    }

    private void setApplicationName(String name) throws SQLException {
        DatabaseLocks.single(connection, "SELECT set_config('application_name', ?, false)", name);
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    @Override
    public Optional<String> holder() throws SQLException {
        List<String> holders = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(HOLDER)) {
            statement.setLong(1, key >>> 32);
            statement.setLong(2, key & 0xffff_ffffL);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    holders.add(describe(rows));
                }
            }
        }
        return holders.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", holders));
    }

    private static String describe(ResultSet row) throws SQLException {
        String client = row.getString("client_addr");
        String port = row.getString("client_port");
        return "server process pid " + row.getInt("pid")
                + " (user " + row.getString("usename")
                + ", application '" + row.getString("application_name") + "'"
                + ", client " + (client == null ? "local socket" : client + (port == null ? "" : ":" + port))
                + ", connected since " + row.getString("backend_start")
                + ", " + row.getString("state") + ")";
    }

    @Override
    public void close() throws SQLException {
        if (!held) {
            return;
        }
        held = false;
        boolean released = DatabaseLocks.bool(connection, "SELECT pg_advisory_unlock(?)", key);
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
        if (renamedFrom != null) {
            setApplicationName(renamedFrom);
            renamedFrom = null;
        }
        if (!released) {
            throw new SQLException(description() + " was no longer held by this session when it was released");
        }
    }
}
