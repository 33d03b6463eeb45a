package dev.migrate.dialect;

import dev.migrate.MigrateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** Finds the {@link Dialect} for a connection, a JDBC URL or a name. */
public final class Dialects {

    private static final Dialect SQLITE = new SqliteDialect();
    private static final Dialect POSTGRESQL = new PostgresDialect();
    private static final Dialect MYSQL = new MysqlDialect();
    private static final Dialect H2 = new H2Dialect();

    private static final List<Dialect> ALL = List.of(SQLITE, POSTGRESQL, MYSQL, H2);

    private Dialects() {
    }

    /** The dialects migrate supports, in the order {@code sqlite, postgresql, mysql, h2}. */
    public static List<Dialect> all() {
        return ALL;
    }

    /**
     * The dialect of a connected database, from its product name.
     *
     * @throws MigrateException for a database migrate does not support
     */
    public static Dialect detect(Connection connection) {
        String product;
        try {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException ex) {
            throw new MigrateException("Cannot read the database product name to choose a dialect: " + ex.getMessage(), ex);
        }
        String lower = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (lower.contains("sqlite")) {
            return SQLITE;
        }
        if (lower.contains("postgres")) {
            return POSTGRESQL;
        }
        if (lower.contains("mysql") || lower.contains("mariadb")) {
            return MYSQL;
        }
        if (lower.equals("h2")) {
            return H2;
        }
        throw new MigrateException("Unsupported database '" + product + "'; migrate supports " + names());
    }

    /**
     * The dialect for a JDBC URL: {@code jdbc:sqlite:}, {@code jdbc:postgresql:}, {@code jdbc:mysql:},
     * {@code jdbc:mariadb:} or {@code jdbc:h2:}.
     *
     * @throws MigrateException for any other URL
     */
    public static Dialect forUrl(String jdbcUrl) {
        String lower = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (lower.startsWith("jdbc:mysql:") || lower.startsWith("jdbc:mariadb:")) {
            return MYSQL;
        }
        if (lower.startsWith("jdbc:h2:")) {
            return H2;
        }
        throw new MigrateException("Cannot tell the database of JDBC URL '" + jdbcUrl + "'; migrate supports "
                + "jdbc:sqlite:, jdbc:postgresql:, jdbc:mysql:, jdbc:mariadb: and jdbc:h2: URLs");
    }

    /**
     * The dialect with this name, case-insensitively: {@code sqlite}, {@code postgresql} (or
     * {@code postgres}), {@code mysql} (or {@code mariadb}), {@code h2}.
     *
     * @throws MigrateException for any other name
     */
    public static Dialect forName(String name) {
        String lower = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        switch (lower) {
            case "sqlite":
                return SQLITE;
            case "postgresql":
            case "postgres":
                return POSTGRESQL;
            case "mysql":
            case "mariadb":
                return MYSQL;
            case "h2":
                return H2;
            default:
                throw new MigrateException("Unknown dialect '" + name + "'; use one of " + names());
        }
    }

    private static String names() {
        return String.join(", ", ALL.stream().map(Dialect::name).toList());
    }
}
