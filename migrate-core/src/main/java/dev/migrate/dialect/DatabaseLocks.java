package dev.migrate.dialect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/** Chooses the {@link DatabaseLock} of a dialect, and what the locks share. */
final class DatabaseLocks {

    private DatabaseLocks() {
    }

    static DatabaseLock open(Dialect dialect, Connection connection, DatabaseLock.ConnectionOpener opener,
            String versionTable) throws SQLException {
        switch (dialect.name()) {
            case "postgresql":
                return PostgresAdvisoryLock.open(connection, versionTable);
            case "mysql":
                return MysqlNamedLock.open(connection, versionTable);
            case "sqlite":
                return SqliteFileLock.open(connection);
            case "h2":
                return H2RowLock.open(dialect, opener, versionTable);
            default:
                throw new IllegalArgumentException("No migration lock for dialect " + dialect.name());
        }
    }

    /** The SHA-256 digest of a text, for lock keys and names that must be short and stable. */
    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
        }
    }

    /** The first 8 bytes of the SHA-256 digest as a signed 64-bit number. */
    static long key64(String text) {
        byte[] digest = sha256(text);
        long key = 0;
        for (int i = 0; i < 8; i++) {
            key = key << 8 | digest[i] & 0xff;
        }
        return key;
    }

    /** The first {@code chars} hex digits of the SHA-256 digest. */
    static String hash(String text, int chars) {
        return HexFormat.of().formatHex(sha256(text)).substring(0, chars);
    }

    /** The boolean first column of the first row of a query; false without a row. */
    static boolean bool(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }

    /** The first column of the first row of a query with string parameters; {@code null} without a row. */
    static String single(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
