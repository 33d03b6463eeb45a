package dev.migrate.autoconfigure;

import dev.migrate.Migrate;

/**
 * Adjusts the {@link Migrate.Builder} of the auto-configured {@link Migrate} after the
 * {@code migrate.*} properties, the DataSource and the {@code Migration} beans were applied, for
 * anything the properties do not cover. Customizers run in {@code @Order}.
 */
@FunctionalInterface
public interface MigrateCustomizer {

    /**
     * Customizes the configuration before its scripts are loaded.
     * @param builder the configuration
     */
    void customize(Migrate.Builder builder);

}
