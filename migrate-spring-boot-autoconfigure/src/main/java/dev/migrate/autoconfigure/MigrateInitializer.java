package dev.migrate.autoconfigure;

import dev.migrate.Migrate;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.Ordered;
import org.springframework.util.Assert;

/**
 * Runs a {@link MigrateStrategy} on a {@link Migrate} during context refresh. The
 * EntityManagerFactory, JdbcTemplate and JdbcClient beans are made to depend on it, so the schema
 * they see is the migrated one.
 */
public class MigrateInitializer implements InitializingBean, Ordered {

    private final Migrate migrate;

    private final MigrateStrategy strategy;

    private int order;

    /**
     * Creates an initializer.
     * @param migrate the migrate to run
     * @param strategy what to do with it
     */
    public MigrateInitializer(Migrate migrate, MigrateStrategy strategy) {
        Assert.notNull(migrate, "'migrate' must not be null");
        Assert.notNull(strategy, "'strategy' must not be null");
        this.migrate = migrate;
        this.strategy = strategy;
    }

    @Override
    public void afterPropertiesSet() {
        this.strategy.migrate(this.migrate);
    }

    @Override
    public int getOrder() {
        return this.order;
    }

    /**
     * Sets this initializer's order.
     * @param order the order
     */
    public void setOrder(int order) {
        this.order = order;
    }

}
