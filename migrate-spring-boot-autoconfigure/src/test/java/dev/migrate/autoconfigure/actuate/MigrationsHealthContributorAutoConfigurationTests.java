package dev.migrate.autoconfigure.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * When {@link MigrationsHealthContributorAutoConfiguration} contributes the health indicator.
 */
class MigrationsHealthContributorAutoConfigurationTests {

    @TempDir
    Path directory;

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MigrationsHealthContributorAutoConfiguration.class));

    private RevisionScripts atHeads;

    private RevisionScripts behind;

    @BeforeEach
    void databases() {
        atHeads = new RevisionScripts(directory.resolve("at-heads"));
        atHeads.migrate().upgrade("heads");
        behind = new RevisionScripts(directory.resolve("behind"));
    }

    @Test
    void oneMigrateBeanContributesOneIndicatorNamedMigrations() {
        contextRunner.withBean("migrate", Migrate.class, atHeads::migrate).run(context -> {
            assertThat(context).hasSingleBean(MigrationsHealthIndicator.class)
                    .hasBean("migrationsHealthContributor");
            assertThat(context.getBean(MigrationsHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
        });
    }

    @Test
    void severalMigrateBeansContributeACompositeByBeanName() {
        contextRunner.withBean("main", Migrate.class, atHeads::migrate)
                .withBean("reporting", Migrate.class, behind::migrate).run(context -> {
                    HealthContributor contributor = context.getBean("migrationsHealthContributor",
                            HealthContributor.class);
                    assertThat(contributor).isInstanceOf(CompositeHealthContributor.class);
                    CompositeHealthContributor composite = (CompositeHealthContributor) contributor;
                    assertThat(health(composite, "main").getStatus()).isEqualTo(Status.UP);
                    assertThat(health(composite, "reporting").getStatus()).isEqualTo(Status.DOWN);
                });
    }

    @Test
    void indicatorIsAbsentWithoutAMigrateBean() {
        contextRunner.run(context -> assertThat(context).hasNotFailed()
                .doesNotHaveBean("migrationsHealthContributor"));
    }

    @Test
    void indicatorIsAbsentWhenSwitchedOff() {
        contextRunner.withBean("migrate", Migrate.class, atHeads::migrate)
                .withPropertyValues("management.health.migrations.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("migrationsHealthContributor"));
    }

    @Test
    void indicatorIsAbsentWhenDefaultIndicatorsAreSwitchedOff() {
        contextRunner.withBean("migrate", Migrate.class, atHeads::migrate)
                .withPropertyValues("management.health.defaults.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("migrationsHealthContributor"));
    }

    @Test
    void indicatorIsAbsentWithoutSpringBootHealthOnTheClasspath() {
        contextRunner.withBean("migrate", Migrate.class, atHeads::migrate)
                .withClassLoader(new FilteredClassLoader("org.springframework.boot.health"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("migrationsHealthContributor"));
    }

    @Test
    void indicatorBacksOffWhenTheUserDefinesOneUnderItsName() {
        HealthIndicator custom = () -> Health.up().withDetail("custom", true).build();
        contextRunner.withBean("migrate", Migrate.class, atHeads::migrate)
                .withBean("migrationsHealthIndicator", HealthIndicator.class, () -> custom).run(context -> {
                    assertThat(context).doesNotHaveBean("migrationsHealthContributor")
                            .doesNotHaveBean(MigrationsHealthIndicator.class);
                    assertThat(context.getBean("migrationsHealthIndicator")).isSameAs(custom);
                });
    }

    private static Health health(CompositeHealthContributor composite, String name) {
        return ((HealthIndicator) composite.getContributor(name)).health();
    }
}
