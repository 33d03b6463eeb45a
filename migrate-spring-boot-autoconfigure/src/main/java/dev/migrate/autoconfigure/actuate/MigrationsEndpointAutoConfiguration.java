package dev.migrate.autoconfigure.actuate;

import dev.migrate.Migrate;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for {@link MigrationsEndpoint}: present when
 * Actuator is on the classpath, the endpoint is available (exposed and its access not
 * {@code none}) and the context holds a {@link Migrate} bean, whoever registered it.
 */
@AutoConfiguration(afterName = "dev.migrate.autoconfigure.MigrateAutoConfiguration")
@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class })
public final class MigrationsEndpointAutoConfiguration {

    /**
     * Nested so that its condition, whose class lives in Actuator, is only read once Actuator is
     * known to be present: this module has no auto-configuration metadata to filter on earlier.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnAvailableEndpoint(MigrationsEndpoint.class)
    static class MigrationsEndpointConfiguration {

        @Bean
        @ConditionalOnBean(Migrate.class)
        @ConditionalOnMissingBean
        MigrationsEndpoint migrationsEndpoint(ApplicationContext context) {
            return new MigrationsEndpoint(context);
        }
    }
}
