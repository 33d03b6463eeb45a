package dev.migrate.dialect;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * SQLite's migration lock: an exclusive operating-system lock on a file beside the database,
 * {@code <database file>-migrate-lock}, held for the run.
 *
 * <p>Why not SQLite's own lock: SQLite has one writer at a time per database file. A
 * {@code BEGIN IMMEDIATE} held on a second connection for the whole run also shuts out the holder's
 * own migration connection (its first write fails with {@code SQLITE_BUSY} once the busy timeout
 * runs out); held on the migration connection itself it would turn the per-revision commits into
 * one transaction and forbid {@code PRAGMA foreign_keys} switches, which only work outside a
 * transaction. A lock on a separate file leaves the database to the migration connection.
 *
 * <p>The lock is a byte-range lock ({@code fcntl} on Unix, {@code LockFileEx} on Windows), which the
 * operating system drops when the process ends however it ends. Only the holder writes the file:
 * the holder's process id, host, user and start time, read by whoever times out waiting. The file
 * is left in place after the run: deleting it while another process waits on it would let two
 * processes lock two different files.
 *
 * <p>Within one Java process a semaphore per file comes first: the Java runtime allows one lock per
 * file per process, and closing any channel on the file would drop the process's lock on it, so
 * only the thread holding the semaphore ever opens the file.
 *
 * <p>In-memory and temporary databases (no file) are private to their connection and take no lock.
 */
final class SqliteFileLock implements DatabaseLock {

    /** The locked byte: far beyond the holder text, which stays readable where locks are mandatory. */
    private static final long REGION = 1L << 30;

    private static final long POLL_MILLIS = 50;

    private static final ConcurrentHashMap<Path, InProcess> IN_PROCESS = new ConcurrentHashMap<>();

    /** The lock's state shared by every thread of this process. */
    private static final class InProcess {
        final Semaphore permit = new Semaphore(1, true);
        volatile String holder;
    }

    private final Path file;
    private final InProcess local;
    private boolean permitted;
    private FileChannel channel;
    private FileLock lock;

    private SqliteFileLock(Path file) {
        this.file = file;
        this.local = file == null ? null : IN_PROCESS.computeIfAbsent(file, key -> new InProcess());
    }

    static SqliteFileLock open(Connection connection) throws SQLException {
        String main = null;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA database_list")) {
            while (rows.next()) {
                if ("main".equals(rows.getString("name"))) {
                    main = rows.getString("file");
                }
            }
        }
        if (main == null || main.isEmpty()) {
            return new SqliteFileLock(null);
        }
        Path database = Path.of(main).toAbsolutePath().normalize();
        try {
            if (Files.exists(database)) {
                database = database.toRealPath();
            }
        } catch (IOException ex) {
            // keep the absolute path
        }
        return new SqliteFileLock(database.resolveSibling(database.getFileName() + "-migrate-lock"));
    }

    @Override
    public String description() {
        return file == null ? "no lock (in-memory SQLite database, private to its connection)" : "lock file " + file;
    }

    @Override
    public boolean tryAcquire(Duration wait) throws SQLException {
        if (file == null) {
            return true;
        }
        long deadline = System.nanoTime() + Math.max(0, wait.toNanos());
        try {
            if (!permitted) {
                permitted = local.permit.tryAcquire(Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS);
                if (!permitted) {
                    return false;
                }
            }
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            while ((lock = tryLock()) == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    releaseQuietly();
                    return false;
                }
                Thread.sleep(Math.min(POLL_MILLIS, TimeUnit.NANOSECONDS.toMillis(left) + 1));
            }
            String holder = LockOwner.current().describe();
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
            local.holder = holder;
            return true;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            releaseQuietly();
            throw new SQLException("Interrupted while waiting for the " + description(), ex);
        } catch (IOException ex) {
            releaseQuietly();
            throw new SQLException("Cannot lock " + file + ": " + ex.getMessage(), ex);
        }
    }

    private FileLock tryLock() throws IOException {
        try {
            return channel.tryLock(REGION, 1, false);
        } catch (OverlappingFileLockException ex) {
            return null; // a copy of this class in another class loader holds it
        }
    }

    @Override
    public Optional<String> holder() throws SQLException {
        if (file == null) {
            return Optional.empty();
        }
        String inProcess = local.holder;
        if (inProcess != null) {
            return Optional.of(inProcess + " (this process)");
        }
        if (!local.permit.tryAcquire()) {
            return Optional.of("another thread of this process (pid " + ProcessHandle.current().pid() + ")");
        }
        try (FileChannel reader = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock probe = reader.tryLock(REGION, 1, false);
            if (probe != null) {
                probe.release();
                return Optional.empty(); // free after all
            }
            ByteBuffer text = ByteBuffer.allocate((int) Math.min(reader.size(), 4096));
            reader.read(text, 0);
            String holder = new String(text.array(), 0, text.position(), StandardCharsets.UTF_8).strip();
            return holder.isEmpty() ? Optional.empty() : Optional.of(holder);
        } catch (IOException | OverlappingFileLockException ex) {
            return Optional.empty();
        } finally {
            local.permit.release();
        }
    }

    @Override
    public void close() throws SQLException {
        if (file == null || !permitted) {
            return;
        }
        IOException failure = null;
        try {
            if (lock != null) {
                local.holder = null;
                channel.truncate(0);
            }
        } catch (IOException ex) {
            failure = ex;
        }
        releaseQuietly();
        if (failure != null) {
            throw new SQLException("Cannot clear the holder from " + file + ": " + failure.getMessage(), failure);
        }
    }

    /** Drops the file lock, the channel and the permit, whatever state they are in. */
    private void releaseQuietly() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException ex) {
            // closing the channel releases it too
        }
        lock = null;
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ex) {
            // nothing more to release
        }
        channel = null;
        if (permitted) {
            permitted = false;
            local.holder = null;
            local.permit.release();
        }
    }
}
