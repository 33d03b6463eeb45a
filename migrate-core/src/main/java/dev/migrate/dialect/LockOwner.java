package dev.migrate.dialect;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Who takes a lock, as recorded where the database itself cannot tell (SQLite's lock file, H2's
 * lock row): the operating-system process, its host and user, and when it took the lock.
 */
record LockOwner(long pid, String host, String user, Instant since) {

    private static volatile String localHost;

    /** This process, now. */
    static LockOwner current() {
        return new LockOwner(ProcessHandle.current().pid(), localHost(), System.getProperty("user.name"),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** E.g. {@code pid 4242 on build-7 (user ci), since 2026-11-22T10:15:00Z}. */
    String describe() {
        return "pid " + pid + " on " + host + " (user " + user + "), since " + since;
    }

    private static String localHost() {
        String host = localHost;
        if (host == null) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException | SecurityException ex) {
                host = "an unknown host";
            }
            localHost = host;
        }
        return host;
    }
}
