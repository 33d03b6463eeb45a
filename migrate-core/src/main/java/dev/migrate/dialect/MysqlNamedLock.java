package dev.migrate.dialect;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * A MySQL/MariaDB named lock ({@code GET_LOCK}) on the migration connection. Named locks belong
 * to the session, not to a transaction: DDL's implicit commits do not release them, the end of the
 * connection does, so a dead process's lock goes with its connection.
 *
 * <p>Named locks are server-wide, so the name holds the database and the version table:
 * {@code migrate:<database>.<version table>}, or {@code migrate:} and 32 hex digits of its SHA-256
 * when that is longer than the 64 characters MySQL allows. A wait is one {@code GET_LOCK} with the
 * remaining time, in fractions of a second.
 */
final class MysqlNamedLock implements DatabaseLock {

    private static final int MAX_NAME = 64;

    private final Connection connection;
    private final String name;
    private boolean held;

    private MysqlNamedLock(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    static MysqlNamedLock open(Connection connection, String versionTable) throws SQLException {
        String target = DatabaseLocks.single(connection, "SELECT DATABASE()") + "." + versionTable;
        String name = "migrate:" + target;
        if (name.length() > MAX_NAME) {
            name = "migrate:" + DatabaseLocks.hash(target, 32);
        }
        return new MysqlNamedLock(connection, name);
    }

    @Override
    public String description() {
        return "named lock '" + name + "'";
    }

    @Override
    public boolean tryAcquire(Duration wait) throws SQLException {
        BigDecimal seconds = BigDecimal.valueOf(Math.max(0, wait.toMillis()), 3);
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            statement.setString(1, name);
            statement.setBigDecimal(2, seconds);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                int result = rows.getInt(1);
                if (rows.wasNull()) {
                    throw new SQLException("GET_LOCK('" + name + "') failed (returned NULL)");
                }
                held = result == 1;
                return held;
            }
        }
    }

    @Override
    public Optional<String> holder() throws SQLException {
        String id = DatabaseLocks.single(connection, "SELECT IS_USED_LOCK(?)", name);
        if (id == null) {
            return Optional.empty();
        }
        String sql = "SELECT USER, HOST, DB, COMMAND, TIME FROM information_schema.PROCESSLIST WHERE ID = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, Long.parseLong(id));
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.of("connection id " + id + " (not in this user's process list)");
                }
                return Optional.of("connection id " + id + " (user " + rows.getString("USER")
                        + ", client " + rows.getString("HOST") + ", database " + rows.getString("DB")
                        + ", " + rows.getString("COMMAND") + " for " + rows.getLong("TIME") + " s)");
            }
        }
    }

    @Override
    public void close() throws SQLException {
        if (!held) {
            return;
        }
        held = false;
        String released = DatabaseLocks.single(connection, "SELECT RELEASE_LOCK(?)", name);
        if (!"1".equals(released)) {
            throw new SQLException(description() + " was no longer held by this connection when it was released");
        }
    }
}
