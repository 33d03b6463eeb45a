package dev.migrate.autoconfigure.actuate;

import dev.migrate.Migrate;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.CompositeHealthContributorConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for {@link MigrationsHealthIndicator}: one
 * indicator for a single {@link Migrate} bean, a composite keyed by bean name for several. It is
 * contributed as {@code migrations} and switched off with
 * {@code management.health.migrations.enabled=false}.
 */
@AutoConfiguration(afterName = "dev.migrate.autoconfigure.MigrateAutoConfiguration")
@ConditionalOnClass(ConditionalOnEnabledHealthIndicator.class)
public final class MigrationsHealthContributorAutoConfiguration {

    /**
     * Nested so that its condition, whose class lives in spring-boot-health, is only read once
     * that module is known to be present: this module has no auto-configuration metadata to
     * filter on earlier.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(Migrate.class)
    @ConditionalOnEnabledHealthIndicator("migrations")
    static class MigrationsHealthContributorConfiguration
            extends CompositeHealthContributorConfiguration<MigrationsHealthIndicator, Migrate> {

        MigrationsHealthContributorConfiguration() {
            super(MigrationsHealthIndicator::new);
        }

        @Bean
        @ConditionalOnMissingBean(name = { "migrationsHealthIndicator", "migrationsHealthContributor" })
        HealthContributor migrationsHealthContributor(ConfigurableListableBeanFactory beanFactory) {
            return createContributor(beanFactory, Migrate.class);
        }
    }
}
