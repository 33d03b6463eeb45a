package dev.migrate.autogenerate.hibernate;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The databases a model can be built for without a connection: the Hibernate dialect class and the
 * database version to assume, since offline Hibernate cannot ask the database.
 */
enum OfflineDialect {
    SQLITE("org.hibernate.community.dialect.SQLiteDialect", "3.53.4"),
    POSTGRESQL("org.hibernate.dialect.PostgreSQLDialect", "15"),
    MYSQL("org.hibernate.dialect.MySQLDialect", "8.4"),
    MARIADB("org.hibernate.dialect.MariaDBDialect", "11.4"),
    H2("org.hibernate.dialect.H2Dialect", "2.4.240");

    private final String dialectClass;
    private final String version;

    OfflineDialect(String dialectClass, String version) {
        this.dialectClass = dialectClass;
        this.version = version;
    }

    String dialectClass() {
        return dialectClass;
    }

    String version() {
        return version;
    }

    static OfflineDialect named(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown dialect '" + name + "'; expected one of "
                    + Arrays.stream(values()).map(d -> d.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", ")), e);
        }
    }
}
