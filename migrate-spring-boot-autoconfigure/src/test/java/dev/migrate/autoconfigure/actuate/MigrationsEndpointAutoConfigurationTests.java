package dev.migrate.autoconfigure.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.support.ConfigurableConversionService;

/**
 * When {@link MigrationsEndpointAutoConfiguration} contributes the endpoint.
 */
class MigrationsEndpointAutoConfigurationTests {

    @TempDir
    Path directory;

    private ApplicationContextRunner contextRunner;

    @BeforeEach
    void migrateBean() {
        RevisionScripts fixture = new RevisionScripts(directory);
        contextRunner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MigrationsEndpointAutoConfiguration.class))
                .withBean(Migrate.class, fixture::migrate);
    }

    @Test
    void endpointIsPresentWhenExposedOverHttpAndAMigrateBeanExists() {
        contextRunner.withPropertyValues("management.endpoints.web.exposure.include=migrations")
                .run(context -> assertThat(context).hasSingleBean(MigrationsEndpoint.class));
    }

    @Test
    void endpointIsPresentWhenExposedOverJmx() {
        contextRunner.withPropertyValues("spring.jmx.enabled=true", "management.endpoints.jmx.exposure.include=*")
                .run(context -> assertThat(context).hasSingleBean(MigrationsEndpoint.class));
    }

    @Test
    void endpointIsAbsentWhenNotExposed() {
        contextRunner.run(context -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
    }

    @Test
    void endpointIsAbsentWhenExposedButItsAccessIsNone() {
        contextRunner.withInitializer(context -> context.getEnvironment()
                .setConversionService((ConfigurableConversionService) ApplicationConversionService.getSharedInstance()))
                .withPropertyValues("management.endpoints.web.exposure.include=migrations",
                        "management.endpoint.migrations.access=none")
                .run(context -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
    }

    @Test
    void endpointIsAbsentWithoutAMigrateBean() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MigrationsEndpointAutoConfiguration.class))
                .withPropertyValues("management.endpoints.web.exposure.include=migrations")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrationsEndpoint.class));
    }

    @Test
    void endpointIsAbsentWithoutTheActuatorEndpointAnnotation() {
        contextRunner.withClassLoader(new FilteredClassLoader(Endpoint.class))
                .withPropertyValues("management.endpoints.web.exposure.include=migrations")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrationsEndpoint.class));
    }

    @Test
    void endpointIsAbsentWithoutActuatorOnTheClasspath() {
        contextRunner.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
                .withPropertyValues("management.endpoints.web.exposure.include=migrations")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrationsEndpoint.class));
    }

    @Test
    void endpointBacksOffWhenTheUserDefinesOne() {
        contextRunner.withPropertyValues("management.endpoints.web.exposure.include=migrations")
                .withBean("customEndpoint", CustomEndpoint.class)
                .run(context -> assertThat(context).hasSingleBean(MigrationsEndpoint.class)
                        .getBean(MigrationsEndpoint.class).isInstanceOf(CustomEndpoint.class));
    }

    static class CustomEndpoint extends MigrationsEndpoint {

        CustomEndpoint(ApplicationContext context) {
            super(context);
        }
    }
}
