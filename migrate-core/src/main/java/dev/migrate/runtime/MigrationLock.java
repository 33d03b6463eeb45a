package dev.migrate.runtime;

import dev.migrate.MigrateException;
import dev.migrate.dialect.DatabaseLock;
import dev.migrate.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock a writing command ({@code upgrade}, {@code downgrade}, {@code stamp}) holds for its whole
 * run: taken before the version rows are read and the plan is made, released after the last step.
 * Concurrent runs against one database therefore take turns, and each later one plans from what the
 * earlier ones left, usually finding nothing to do. Reading commands never take it.
 *
 * <pre>{@code
 * try (MigrationLock lock = MigrationLock.acquire(connection, dialect, dataSource::getConnection,
 *         "migrate_version", Duration.ofSeconds(60))) {
 *     // read the version rows, plan, run
 * }
 * }</pre>
 *
 * <p>The wait is bounded: after logging who holds the lock it waits up to the timeout, logging again
 * every ten seconds, then fails with a {@link LockTimeoutException} that names the holder where the
 * database can tell. How each database locks, and why a killed holder never leaves the lock taken,
 * is described on {@link DatabaseLock}.
 */
public final class MigrationLock implements AutoCloseable {

    /** The default lock timeout: 60 seconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private static final Duration LOG_EVERY = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger("dev.migrate.runtime");

    private final DatabaseLock lock;
    private boolean released;

    private MigrationLock(DatabaseLock lock) {
        this.lock = lock;
    }

    /**
     * Takes the migration lock, waiting at most {@code timeout}.
     *
     * @param connection the migration connection (PostgreSQL and MySQL/MariaDB lock its session, so
     *     it must stay open until {@link #close()})
     * @param dialect the connected database's dialect
     * @param opener opens another connection to the same database, for locks that need one (H2)
     * @param versionTable the version table: the lock is per database and version table
     * @param timeout how long to wait for another run to finish; zero tries once
     * @throws LockTimeoutException when the lock is still taken after {@code timeout}
     * @throws MigrateException when the database refuses the lock
     */
    public static MigrationLock acquire(Connection connection, Dialect dialect, DatabaseLock.ConnectionOpener opener,
            String versionTable, Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("The lock timeout must not be negative: " + timeout);
        }
        DatabaseLock lock;
        try {
            lock = dialect.migrationLock(connection, opener, versionTable);
        } catch (SQLException ex) {
            throw new MigrateException("Cannot prepare the migration lock: " + ex.getMessage(), ex);
        }
        try {
            waitFor(lock, timeout);
            return new MigrationLock(lock);
        } catch (SQLException ex) {
            closeQuietly(lock, ex);
            throw new MigrateException("Cannot take the migration lock (" + lock.description() + "): "
                    + ex.getMessage(), ex);
        } catch (RuntimeException ex) {
            closeQuietly(lock, ex);
            throw ex;
        }
    }

    private static void waitFor(DatabaseLock lock, Duration timeout) throws SQLException {
        if (lock.tryAcquire(Duration.ZERO)) {
            LOG.debug("Took the migration lock ({})", lock.description());
            return;
        }
        long start = System.nanoTime();
        LOG.info("Waiting up to {} for the migration lock ({}), held by {}", format(timeout), lock.description(),
                holder(lock).orElse("an unknown holder"));
        while (true) {
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            Duration left = timeout.minus(waited);
            if (left.isNegative() || left.isZero()) {
                Optional<String> holder = holder(lock);
                throw new LockTimeoutException(timeoutMessage(lock, timeout, holder), timeout, holder.orElse(null));
            }
            boolean lastSlice = left.compareTo(LOG_EVERY) <= 0;
            if (lock.tryAcquire(lastSlice ? left : LOG_EVERY)) {
                LOG.info("Took the migration lock after waiting {}", format(Duration.ofNanos(System.nanoTime() - start)));
                return;
            }
            if (!lastSlice) {
                LOG.info("Still waiting for the migration lock after {}, held by {}",
                        format(Duration.ofNanos(System.nanoTime() - start)), holder(lock).orElse("an unknown holder"));
            }
        }
    }

    private static Optional<String> holder(DatabaseLock lock) {
        try {
            return lock.holder();
        } catch (SQLException ex) {
            LOG.debug("Cannot tell who holds the migration lock: {}", ex.getMessage());
            return Optional.empty();
        }
    }

    static String timeoutMessage(DatabaseLock lock, Duration timeout, Optional<String> holder) {
        return "Timed out after " + format(timeout) + " waiting for the migration lock (" + lock.description()
                + "); " + holder.map(h -> "it is held by " + h)
                        .orElse("the database cannot tell who holds it (or it was released just now)")
                + ". Another migration is running against this database: let it finish and run the command "
                + "again, or wait longer (--lock-timeout, Migrate.Builder.lockTimeout).";
    }

    /** E.g. {@code 60 s}, {@code 2.5 s}, {@code 500 ms}. */
    static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /**
     * Releases the lock. A failure is logged, not thrown: the run it guarded is over, and the lock
     * goes with the session (or the process) in any case.
     */
    @Override
    public void close() {
        if (released) {
            return;
        }
        released = true;
        try {
            lock.close();
            LOG.debug("Released the migration lock ({})", lock.description());
        } catch (SQLException ex) {
            LOG.warn("Could not release the migration lock ({}): {}. It goes when the connection closes "
                    + "(SQLite: when this process ends).", lock.description(), ex.getMessage());
        }
    }

    private static void closeQuietly(DatabaseLock lock, Exception cause) {
        try {
            lock.close();
        } catch (SQLException ex) {
            cause.addSuppressed(ex);
        }
    }
}
