package dev.migrate.autoconfigure.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;

/**
 * The Actuator auto-configurations are registered where Spring Boot looks for them.
 */
class AutoConfigurationImportsTests {

    @Test
    void endpointAndHealthAutoConfigurationsAreListedInTheImportsFile() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).getCandidates())
                .contains(MigrationsEndpointAutoConfiguration.class.getName(),
                        MigrationsHealthContributorAutoConfiguration.class.getName());
    }
}
