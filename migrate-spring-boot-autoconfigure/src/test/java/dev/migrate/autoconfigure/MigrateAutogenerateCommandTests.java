package dev.migrate.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.autoconfigure.jpa.Author;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code migrate revision --autogenerate} and {@code migrate check} in the command mode of an
 * application with JPA entities ({@code Author}, {@code Book}) on SQLite: the model is the one
 * Spring Boot's JPA auto-configuration maps, read without starting the EntityManagerFactory.
 */
@ExtendWith(OutputCaptureExtension.class)
class MigrateAutogenerateCommandTests {

    @TempDir
    Path dir;

    @RegisterExtension
    final CommandModeExits exits = new CommandModeExits();

    private final List<String> properties = new ArrayList<>();

    private Path migrations() {
        return this.dir.resolve("migrations");
    }

    /** The scripts that create {@code author} (and, with both, {@code book}) in a location of the test's own. */
    private void copyScripts(String... names) throws IOException {
        Files.createDirectories(migrations());
        for (String name : names) {
            try (var in = new ClassPathResource("db/migrations/" + name).getInputStream()) {
                Files.copy(in, migrations().resolve(name));
            }
        }
    }

    private int run(String... args) {
        this.exits.clear();
        SpringApplication application = new SpringApplication(JpaApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(Map.of("spring.datasource.url", "jdbc:sqlite:" + this.dir.resolve("app.db"),
                "spring.datasource.type", "org.springframework.jdbc.datasource.SimpleDriverDataSource",
                "migrate.locations", "filesystem:" + migrations()));
        List<String> all = new ArrayList<>(this.properties);
        all.addAll(List.of(args));
        try (ConfigurableApplicationContext context = application.run(all.toArray(String[]::new))) {
            assertThat(context.isActive()).isFalse();
        }
        return this.exits.single();
    }

    private List<Path> written() throws IOException {
        try (Stream<Path> files = Files.list(migrations())) {
            return files.filter((file) -> !file.getFileName().toString().startsWith("aaaa")
                    && !file.getFileName().toString().startsWith("bbbb"))
                .toList();
        }
    }

    private List<String> tables() {
        return new JdbcTemplate(new DriverManagerDataSource("jdbc:sqlite:" + this.dir.resolve("app.db")))
            .queryForList("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", String.class);
    }

    @Test
    void checkPassesWhenTheMigratedDatabaseMatchesTheEntities(CapturedOutput output) throws IOException {
        copyScripts("aaaa00000001_create_author.sql", "bbbb00000002_create_book.sql");
        assertThat(run("migrate", "upgrade", "head")).isZero();
        assertThat(run("migrate", "check")).isZero();
        assertThat(output.getOut()).contains("No problems detected.");
    }

    @Test
    void checkListsEveryDifferenceWithItsRiskAndFails(CapturedOutput output) throws IOException {
        copyScripts("aaaa00000001_create_author.sql");
        assertThat(run("migrate", "upgrade", "head")).isZero();
        assertThat(run("migrate", "check")).isEqualTo(1);
        assertThat(output.getOut())
            .contains("PROBLEM: the JPA model and the database differ: [SAFE] create table book")
            .contains("Generate the revision that makes them match with 'migrate revision --autogenerate")
            .contains("1 problem detected.");
    }

    @Test
    void checkAndAutogenerateRefuseADatabaseBehindItsHeads(CapturedOutput output) throws IOException {
        copyScripts("aaaa00000001_create_author.sql");
        assertThat(run("migrate", "check")).isEqualTo(1);
        assertThat(output.getOut()).contains("PROBLEM: Target database is not up to date. (it is at base, "
                + "the heads are aaaa00000001; run 'upgrade heads' first)");
        assertThat(run("migrate", "revision", "--autogenerate", "-m", "too early")).isEqualTo(255);
        assertThat(output.getErr()).contains("FAILED: Target database is not up to date.");
        assertThat(written()).isEmpty();
    }

    @Test
    void revisionAutogenerateWritesTheMissingRevisionWhichUpgradesTheDatabaseToTheModel(CapturedOutput output)
            throws IOException {
        copyScripts("aaaa00000001_create_author.sql");
        assertThat(run("migrate", "upgrade", "head")).isZero();
        assertThat(run("migrate", "revision", "--autogenerate", "-m", "create book", "--format", "sql",
                "--rev-id", "cccc00000003")).isZero();
        assertThat(output.getOut()).contains("Detected [SAFE] create table book")
            .contains("Generating " + migrations().resolve("cccc00000003_create_book.sql").toAbsolutePath());
        String script = Files.readString(migrations().resolve("cccc00000003_create_book.sql"));
        assertThat(script).contains("-- migrate:revises aaaa00000001").contains("CREATE TABLE book");
        assertThat(run("migrate", "upgrade", "head")).isZero();
        assertThat(tables()).contains("author", "book");
        assertThat(run("migrate", "revision", "--autogenerate", "-m", "nothing")).isZero();
        assertThat(output.getOut()).contains("No changes detected");
        assertThat(written()).hasSize(1);
        assertThat(run("migrate", "downgrade", "-1")).isZero();
        assertThat(tables()).doesNotContain("book");
    }

    @Test
    void excludedTablesAreNotCompared(CapturedOutput output) throws IOException {
        copyScripts("aaaa00000001_create_author.sql");
        assertThat(run("migrate", "upgrade", "head")).isZero();
        this.properties.add("--migrate.autogenerate.exclude=bo*");
        assertThat(run("migrate", "check")).isZero();
        assertThat(output.getOut()).contains("No problems detected.");
    }

    @Test
    void theOutputDirectoryAndFormatPropertiesDecideWhereAndHowARevisionIsWritten(CapturedOutput output)
            throws IOException {
        copyScripts("aaaa00000001_create_author.sql");
        assertThat(run("migrate", "upgrade", "head")).isZero();
        Path java = this.dir.resolve("src/main/java/db/changes");
        this.properties.addAll(List.of("--migrate.autogenerate.output-directory=" + java,
                "--migrate.autogenerate.java-package=db.changes"));
        assertThat(run("migrate", "revision", "--autogenerate", "-m", "create book", "--rev-id", "dddd00000004"))
            .isZero();
        String source = Files.readString(java.resolve("dddd00000004_create_book.java"));
        assertThat(source).startsWith("package db.changes;")
            .contains("id = \"dddd00000004\"")
            .contains("op.createTable(\"book\"");
        this.properties.clear();
        this.properties.addAll(List.of("--migrate.autogenerate.format=sql",
                "--migrate.autogenerate.output-directory=" + migrations()));
        assertThat(run("migrate", "revision", "--autogenerate", "-m", "create book", "--rev-id", "eeee00000005"))
            .isZero();
        assertThat(migrations().resolve("eeee00000005_create_book.sql")).exists();
    }

    @Test
    void aRenameMustComeWithAutogenerate(CapturedOutput output) throws IOException {
        copyScripts("aaaa00000001_create_author.sql");
        assertThat(run("migrate", "revision", "-m", "x", "--rename", "author=writer")).isEqualTo(255);
        assertThat(output.getErr()).contains("FAILED: --rename only applies to --autogenerate");
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Author.class)
    @ImportAutoConfiguration({ DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
            TransactionAutoConfiguration.class, MigrateAutoConfiguration.class })
    static class JpaApplication {

    }

}
