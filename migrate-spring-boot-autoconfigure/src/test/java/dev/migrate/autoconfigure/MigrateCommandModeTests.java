package dev.migrate.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The command mode, in process: {@code migrate <command>} arguments run that command of the
 * command line against the application's own DataSource and configuration, without a web server
 * and without the startup upgrade, and end the JVM with the command's status.
 */
@ExtendWith(OutputCaptureExtension.class)
class MigrateCommandModeTests {

    @TempDir
    Path dir;

    @RegisterExtension
    final CommandModeExits exits = new CommandModeExits();

    private SpringApplication application() {
        SpringApplication application = new SpringApplication(CommandModeApplication.class);
        // servlet classes are on the test classpath (for the endpoint's HTTP test); this app has no web server
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(Map.of("spring.datasource.url", "jdbc:sqlite:" + this.dir.resolve("app.db"),
                "spring.datasource.type", "org.springframework.jdbc.datasource.SimpleDriverDataSource"));
        return application;
    }

    private int run(String... args) {
        this.exits.clear();
        SpringApplication application = application();
        try (ConfigurableApplicationContext context = application.run(args)) {
            assertThat(application.getWebApplicationType()).isEqualTo(WebApplicationType.NONE);
            assertThat(context.isActive()).as("closed by the command mode").isFalse();
        }
        return this.exits.single();
    }

    private List<String> tables() {
        return new JdbcTemplate(new DriverManagerDataSource("jdbc:sqlite:" + this.dir.resolve("app.db")))
            .queryForList("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", String.class);
    }

    @Test
    void readingCommandsDoNotUpgradeAtStartup(CapturedOutput output) {
        assertThat(run("migrate", "heads")).isZero();
        assertThat(output).contains("bbbb00000002 (head)");
        assertThat(run("migrate", "current")).isZero();
        assertThat(tables()).doesNotContain("author", "book");
    }

    @Test
    void upgradeHistoryDowngradeAndCurrentRunOnTheApplicationsDataSource(CapturedOutput output) {
        assertThat(run("migrate", "upgrade", "head")).isZero();
        assertThat(tables()).contains("author", "book", "migrate_version");
        assertThat(run("migrate", "history")).isZero();
        assertThat(output).contains("aaaa00000001 -> bbbb00000002 (head), create book")
            .contains("<base> -> aaaa00000001, create author");
        assertThat(run("migrate", "downgrade", "-1")).isZero();
        assertThat(tables()).contains("author").doesNotContain("book");
        assertThat(run("migrate", "current")).isZero();
        assertThat(output.getOut()).contains("aaaa00000001");
    }

    @Test
    void aFailedCommandExitsWithItsStatus(CapturedOutput output) {
        assertThat(run("migrate", "upgrade", "nosuchrev")).isEqualTo(255);
        assertThat(output.getErr()).contains("FAILED:").contains("nosuchrev");
    }

    @Test
    void revisionAutogenerateWithoutJpaSaysWhatIsMissing(CapturedOutput output) {
        assertThat(run("migrate", "upgrade", "head")).isZero();
        assertThat(run("migrate", "revision", "--autogenerate", "-m", "x")).isEqualTo(255);
        assertThat(output.getErr()).contains("FAILED: Autogenerate reads the JPA model from Spring Boot's JPA "
                + "auto-configuration, and this application has none (no PersistenceManagedTypes bean)");
    }

    @Test
    void springOptionsMayComeBeforeTheCommand(CapturedOutput output) {
        assertThat(run("--migrate.target=aaaa00000001", "migrate", "heads")).isZero();
        assertThat(output).contains("bbbb00000002 (head)");
        assertThat(MigrateCommandMode.commandArgs(new String[] { "--a=b", "migrate", "current", "--verbose" }))
            .containsExactly("current", "--verbose");
        assertThat(MigrateCommandMode.commandArgs(new String[] { "serve", "migrate" })).isNull();
        assertThat(MigrateCommandMode.commandArgs(new String[] { "--a=b" })).isNull();
    }

    @Test
    void otherArgumentsStartTheApplicationNormally() {
        this.exits.clear();
        try (ConfigurableApplicationContext context = application().run("--server.port=0")) {
            assertThat(context.isActive()).isTrue();
            assertThat(context.getBeansOfType(MigrateInitializer.class)).hasSize(1);
        }
        assertThat(this.exits.none()).isTrue();
        assertThat(tables()).contains("author", "book");
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({ DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class })
    static class CommandModeApplication {

        /** An eager bean that would break if the command mode initialised the whole application. */
        @Bean
        @DependsOnDatabaseInitialization
        Object needsTheSchema(DataSource dataSource) {
            new JdbcTemplate(dataSource).queryForList("SELECT title FROM book", String.class);
            return new Object();
        }

    }

}
