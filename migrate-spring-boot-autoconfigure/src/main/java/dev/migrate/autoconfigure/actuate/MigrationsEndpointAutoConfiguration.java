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

/**
 * {@link EnableAutoConfiguration Auto-configuration} for {@link MigrationsEndpoint}: present when
 * Actuator is on the classpath, the endpoint is available (exposed and not switched off) and the
 * context holds a {@link Migrate} bean, whoever registered it.
 */
@AutoConfiguration(afterName = "dev.migrate.autoconfigure.MigrateAutoConfiguration")
@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnAvailableEndpoint(MigrationsEndpoint.class)
public final class MigrationsEndpointAutoConfiguration {

    @Bean
    @ConditionalOnBean(Migrate.class)
    @ConditionalOnMissingBean
    MigrationsEndpoint migrationsEndpoint(ApplicationContext context) {
        return new MigrationsEndpoint(context);
    }
}
