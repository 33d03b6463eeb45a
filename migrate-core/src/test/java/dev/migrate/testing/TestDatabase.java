package dev.migrate.testing;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * The databases migrate's tests run against, each able to hand out an isolated empty database.
 *
 * <p>Use with {@code @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)} and
 * {@code @MethodSource("dev.migrate.testing.TestDatabase#all")}. SQLite and H2 always run;
 * PostgreSQL and MariaDB run when the system property {@code migrate.test.databases} is
 * {@code true} (the Maven profile {@code databases} sets it). A server that is down then makes the
 * test fail, never skip.
 *
 * <p>Servers default to PostgreSQL at {@code jdbc:postgresql://127.0.0.1:5432/test} as
 * {@code postgres} and MariaDB at {@code jdbc:mariadb://127.0.0.1:3306/} as {@code root}, both
 * without password; the system properties {@code migrate.test.postgresql.url|user|password} and
 * {@code migrate.test.mariadb.url|user|password} override them (the MariaDB URL ends with
 * {@code /}, the database name is appended).
 */
public enum TestDatabase {

    SQLITE("sqlite"),
    H2("h2"),
    POSTGRESQL("postgresql"),
    MARIADB("mysql");

    /** A parameterised-test name that shows the database, e.g. {@code linearChain() [POSTGRESQL]}. */
    public static final String DISPLAY_NAME = "[{0}]";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String dialectName;

    TestDatabase(String dialectName) {
        this.dialectName = dialectName;
    }

    /** SQLite and H2, plus PostgreSQL and MariaDB when {@code migrate.test.databases=true}. */
    public static Stream<TestDatabase> all() {
        return Boolean.getBoolean("migrate.test.databases") ? Stream.of(values()) : Stream.of(SQLITE, H2);
    }

    /** The migrate dialect of this database. */
    public Dialect dialect() {
        return Dialects.forName(dialectName);
    }

    /**
     * Creates an isolated empty database: a temporary file for SQLite, a uniquely named in-memory
     * database for H2, a new schema {@code t_<random>} for PostgreSQL, a new database
     * {@code t_<random>} for MariaDB. Closing it drops what was created.
     *
     * @throws IllegalStateException when the server cannot be reached
     */
    public Fresh fresh() {
        String name = "t_" + randomSuffix();
        try {
            switch (this) {
                case SQLITE:
                    return sqlite();
                case H2:
                    return h2(name);
                case POSTGRESQL:
                    return postgresql(name);
                case MARIADB:
                    return mariadb(name);
                default:
                    throw new AssertionError(this);
            }
        } catch (SQLException ex) {
            throw new IllegalStateException(this + " test database is not available (" + ex.getMessage()
                    + "). Start the server, or run without -Pdatabases / -Dmigrate.test.databases=true.", ex);
        }
    }

    private static Fresh sqlite() {
        try {
            Path file = Files.createTempFile("migrate-test-", ".db");
            return new Fresh(SQLITE, "jdbc:sqlite:" + file, null, null, null, () -> {
                for (String suffix : new String[] {"", "-journal", "-wal", "-shm", "-migrate-lock"}) {
                    Files.deleteIfExists(Path.of(file + suffix));
                }
            });
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Fresh h2(String name) throws SQLException {
        String url = "jdbc:h2:mem:" + name;
        Connection keepAlive = DriverManager.getConnection(url, "sa", "");
        return new Fresh(H2, url, "sa", "", keepAlive, keepAlive::close);
    }

    private static Fresh postgresql(String schema) throws SQLException {
        String server = setting("postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = setting("postgresql.user", "postgres");
        String password = setting("postgresql.password", "");
        admin(server, user, password, "CREATE SCHEMA " + schema);
        String url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new Fresh(POSTGRESQL, url, user, password, null,
                () -> admin(server, user, password, "DROP SCHEMA " + schema + " CASCADE"));
    }

    private static Fresh mariadb(String database) throws SQLException {
        String server = setting("mariadb.url", "jdbc:mariadb://127.0.0.1:3306/");
        String user = setting("mariadb.user", "root");
        String password = setting("mariadb.password", "");
        admin(server, user, password, "CREATE DATABASE " + database);
        return new Fresh(MARIADB, server + database, user, password, null,
                () -> admin(server, user, password, "DROP DATABASE " + database));
    }

    private static void admin(String url, String user, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String setting(String key, String fallback) {
        return System.getProperty("migrate.test." + key, fallback);
    }

    private static String randomSuffix() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            out.append(Character.forDigit(RANDOM.nextInt(36), 36));
        }
        return out.toString();
    }

    /** Cleanup that may fail. */
    @FunctionalInterface
    private interface Cleanup {
        void run() throws SQLException, IOException;
    }

    /** An isolated empty database, dropped on {@link #close()}. */
    public static final class Fresh implements AutoCloseable {

        private final TestDatabase database;
        private final String url;
        private final String user;
        private final String password;
        private final Connection keepAlive;
        private final Cleanup cleanup;

        private Fresh(TestDatabase database, String url, String user, String password, Connection keepAlive,
                Cleanup cleanup) {
            this.database = database;
            this.url = url;
            this.user = user;
            this.password = password;
            this.keepAlive = keepAlive;
            this.cleanup = cleanup;
        }

        /** Which database this is. */
        public TestDatabase database() {
            return database;
        }

        /** The JDBC URL of this database. */
        public String url() {
            return url;
        }

        /** The user to connect as ({@code null} for SQLite). */
        public String user() {
            return user;
        }

        /** The password ({@code null} for SQLite). */
        public String password() {
            return password;
        }

        /** A new connection to this database, in autocommit mode. The caller closes it. */
        public Connection connect() throws SQLException {
            return user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
        }

        /** Drops the database (H2: closes its last connection; SQLite: deletes the file). */
        @Override
        public void close() throws SQLException {
            try {
                cleanup.run();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        @Override
        public String toString() {
            return database + " " + url + (keepAlive == null ? "" : " (kept open)");
        }
    }
}
