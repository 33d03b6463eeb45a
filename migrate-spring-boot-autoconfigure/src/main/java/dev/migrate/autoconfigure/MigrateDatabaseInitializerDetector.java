package dev.migrate.autoconfigure;

import dev.migrate.Migrate;
import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;

/**
 * A {@link DatabaseInitializerDetector} for {@link Migrate} and {@link MigrateInitializer} beans:
 * beans that use the database (the EntityManagerFactory, JdbcTemplate, JdbcClient, ...) are made
 * to depend on them.
 */
class MigrateDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(Migrate.class, MigrateInitializer.class);
    }

}
