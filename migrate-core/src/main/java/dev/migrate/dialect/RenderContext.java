package dev.migrate.dialect;

import java.sql.Connection;
import java.util.Objects;

/**
 * The database an operation is rendered for: its {@link Capabilities}, and online the live
 * connection, from which a dialect reads what the operation does not state (MySQL/MariaDB read a
 * column's current definition to restate it; SQLite checks whether a column it is asked to drop is
 * indexed). Offline nothing can be read, and an operation that would need to fails with a message
 * naming where it came from ({@link #offline}'s {@code source}).
 */
public final class RenderContext {

    private final Capabilities capabilities;
    private final Connection connection;
    private final String source;

    private RenderContext(Capabilities capabilities, Connection connection, String source) {
        this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
        this.connection = connection;
        this.source = source;
    }

    /** Rendering for a connected database. */
    public static RenderContext online(Connection connection, Capabilities capabilities) {
        return new RenderContext(capabilities, Objects.requireNonNull(connection, "connection"), null);
    }

    /**
     * Rendering for offline SQL.
     *
     * @param source where the operations come from, for messages, e.g. {@code Revision ab12 (V1.java)}
     */
    public static RenderContext offline(Capabilities capabilities, String source) {
        return new RenderContext(capabilities, null, Objects.requireNonNull(source, "source"));
    }

    /** What the database can do. */
    public Capabilities capabilities() {
        return capabilities;
    }

    /** True when there is a live connection. */
    public boolean isOnline() {
        return connection != null;
    }

    /** Where offline operations come from, for messages; {@code null} online. */
    String source() {
        return source;
    }

    /** The live connection, or {@code null} offline. */
    Connection connectionOrNull() {
        return connection;
    }
}
