package dev.migrate.autoconfigure;

import dev.migrate.Migrate;

/**
 * What the application does with its {@link Migrate} while it starts. A bean of this type
 * replaces what {@code migrate.startup} would do, e.g. to stamp a database that predates
 * migrate before upgrading it.
 */
@FunctionalInterface
public interface MigrateStrategy {

    /**
     * Runs during context refresh, before the JPA EntityManagerFactory and JDBC templates are
     * created.
     * @param migrate the configured, loaded migrate
     */
    void migrate(Migrate migrate);

}
