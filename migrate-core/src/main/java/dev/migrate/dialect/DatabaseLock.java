package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * A database-level lock that serializes migration runs: whoever holds it is the only process
 * reading the version rows, planning and running steps. Every implementation is released by the
 * database or the operating system when its holder dies, so a killed process never leaves a stale
 * lock behind. Obtain one from {@link Dialect#migrationLock}; {@code dev.migrate.runtime.MigrationLock}
 * adds the bounded wait, the logging and the timeout message on top.
 *
 * <p>How each database locks:
 * <ul>
 *   <li>PostgreSQL: a session-level advisory lock on the migration connection, keyed by the
 *       version table's schema and name; it survives the run's commits and autocommit switches.
 *   <li>MySQL/MariaDB: a named lock ({@code GET_LOCK}) on the migration connection, named after
 *       the database and the version table; session-scoped as well.
 *   <li>SQLite: an exclusive operating-system lock on a file beside the database
 *       ({@code <database>-migrate-lock}), because SQLite's own write lock would also shut out the
 *       holder's migration connection. The file records the holder.
 *   <li>H2: a row lock ({@code SELECT ... FOR UPDATE}) in a transaction on a connection of its own,
 *       on the one row of a table {@code <version table>_lock}; the row's uncommitted holder column
 *       names the holder.
 * </ul>
 *
 * <p>Not thread-safe: one run uses one instance.
 */
public interface DatabaseLock extends AutoCloseable {

    /** What is locked, for log lines and messages, e.g. {@code PostgreSQL advisory lock 123 (public.migrate_version)}. */
    String description();

    /**
     * Takes the lock, waiting at most {@code wait} for it; {@link Duration#ZERO} tries once.
     *
     * @return true when the lock is now held, false when the wait ran out
     */
    boolean tryAcquire(Duration wait) throws SQLException;

    /**
     * Who holds the lock now, as far as the database can tell (a server process or connection id
     * with its client, or the host, process id and start time the holder recorded); empty when the
     * lock is free or the holder cannot be told.
     */
    Optional<String> holder() throws SQLException;

    /**
     * Releases the lock if it is held and closes whatever was opened for it. The migration
     * connection stays open.
     */
    @Override
    void close() throws SQLException;

    /** Opens a new connection to the same database, for a lock that needs a connection of its own. */
    @FunctionalInterface
    interface ConnectionOpener {
        Connection open() throws SQLException;
    }
}
