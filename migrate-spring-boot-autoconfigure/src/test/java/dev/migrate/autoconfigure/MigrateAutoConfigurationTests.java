package dev.migrate.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.autogenerate.Change;
import dev.migrate.autogenerate.ModelSource;
import dev.migrate.schema.Schema;
import dev.migrate.operations.Migration;
import dev.migrate.operations.Operations;
import dev.migrate.operations.Revision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Tests for {@link MigrateAutoConfiguration}: conditions, properties, extension points and
 * startup modes, on SQLite files.
 */
@ExtendWith(OutputCaptureExtension.class)
class MigrateAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class));

    @TempDir
    Path dir;

    private DataSource sqlite(String name) {
        return new DriverManagerDataSource("jdbc:sqlite:" + this.dir.resolve(name));
    }

    private ApplicationContextRunner withDataSource() {
        DataSource dataSource = sqlite("app.db");
        return this.contextRunner.withBean(DataSource.class, () -> dataSource);
    }

    private static List<String> tables(DataSource dataSource) {
        return new JdbcTemplate(dataSource)
            .queryForList("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", String.class);
    }

    private static List<String> versions(DataSource dataSource, String table) {
        return new JdbcTemplate(dataSource).queryForList("SELECT version_num FROM " + table, String.class);
    }

    @Test
    void backsOffWithNoDataSourceBeanAndNoMigrateUrl() {
        this.contextRunner.run((context) -> assertThat(context).hasNotFailed()
            .doesNotHaveBean(Migrate.class)
            .doesNotHaveBean(MigrateInitializer.class));
    }

    @Test
    void backsOffWithoutSpringJdbcOnTheClasspath() {
        withDataSource().withClassLoader(new FilteredClassLoader("org.springframework.jdbc"))
            .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(Migrate.class));
    }

    @Test
    void backsOffWhenDisabled() {
        withDataSource().withPropertyValues("migrate.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(Migrate.class)
                .doesNotHaveBean(MigrateInitializer.class));
    }

    @Test
    void backsOffWhenTheApplicationDefinesItsOwnMigrate() {
        DataSource dataSource = sqlite("own.db");
        Migrate own = Migrate.configure().dataSource(dataSource).locations(List.of("classpath:db/twoheads")).load();
        withDataSource().withBean("ownMigrate", Migrate.class, () -> own).run((context) -> {
            assertThat(context).hasSingleBean(Migrate.class).doesNotHaveBean(MigrateInitializer.class);
            assertThat(context.getBean(Migrate.class)).isSameAs(own);
            assertThat(tables(dataSource)).isEmpty();
        });
    }

    @Test
    void upgradesTheUniqueDataSourceToHeadAtStartup(CapturedOutput output) {
        withDataSource().run((context) -> {
            assertThat(context).hasSingleBean(Migrate.class).hasSingleBean(MigrateInitializer.class);
            DataSource dataSource = context.getBean(DataSource.class);
            assertThat(tables(dataSource)).contains("author", "book", "migrate_version", "migrate_history");
            assertThat(versions(dataSource, "migrate_version")).containsExactly("bbbb00000002");
            assertThat(context.getBean(Migrate.class).dataSource()).containsSame(dataSource);
        });
        assertThat(output).contains("Running upgrade  -> aaaa00000001, create author")
            .contains("Running upgrade aaaa00000001 -> bbbb00000002, create book")
            .contains("Upgraded the database from base to bbbb00000002: 2 revision(s) applied in");
    }

    @Test
    void aSecondStartupFindsTheDatabaseUpToDate(CapturedOutput output) {
        ApplicationContextRunner runner = withDataSource();
        runner.run((context) -> assertThat(context).hasNotFailed());
        runner.run((context) -> assertThat(context).hasNotFailed());
        assertThat(output).contains("Database is up to date at bbbb00000002")
            .doesNotContain("Nothing to do")
            .doesNotContainPattern("(?s)up to date.*Running upgrade");
    }

    @Test
    void upgradesToTheConfiguredTarget() {
        withDataSource().withPropertyValues("migrate.target=aaaa00000001").run((context) -> {
            DataSource dataSource = context.getBean(DataSource.class);
            assertThat(tables(dataSource)).contains("author").doesNotContain("book");
            assertThat(versions(dataSource, "migrate_version")).containsExactly("aaaa00000001");
        });
    }

    @Test
    void refusesToStartWithTwoHeadsAndSaysToMerge() {
        withDataSource().withPropertyValues("migrate.locations=classpath:db/twoheads").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                .hasMessageContaining("Multiple head revisions are present for given argument 'head'")
                .hasMessageContaining("The scripts have 2 heads (cccc00000001, cccc00000002)")
                .hasMessageContaining("merge them with 'migrate merge heads");
        });
    }

    @Test
    void upgradesBothHeadsWhenTheTargetIsHeads() {
        withDataSource().withPropertyValues("migrate.locations=classpath:db/twoheads", "migrate.target=heads")
            .run((context) -> assertThat(versions(context.getBean(DataSource.class), "migrate_version"))
                .containsExactlyInAnyOrder("cccc00000001", "cccc00000002"));
    }

    @Test
    void startupNoneLeavesTheDatabaseAlone() {
        withDataSource().withPropertyValues("migrate.startup=none").run((context) -> {
            assertThat(context).hasNotFailed().hasSingleBean(Migrate.class);
            assertThat(tables(context.getBean(DataSource.class))).isEmpty();
        });
    }

    @Test
    void startupValidateRefusesToStartWhenRevisionsArePending() {
        withDataSource().withPropertyValues("migrate.startup=validate").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                .hasMessageContaining("The database is at base but 2 revision(s) up to 'head' are pending");
        });
    }

    @Test
    void startupValidateStartsAtHeadWithoutWriting(CapturedOutput output) {
        ApplicationContextRunner runner = withDataSource();
        runner.run((context) -> assertThat(context).hasNotFailed());
        runner.withPropertyValues("migrate.startup=validate").run((context) -> assertThat(context).hasNotFailed());
        assertThat(output).contains("Database is up to date at bbbb00000002; applied scripts unchanged");
    }

    @Test
    void startupValidateRefusesToStartWhenAnAppliedScriptWasEdited() throws Exception {
        Path scripts = Files.createDirectories(this.dir.resolve("scripts"));
        Path script = scripts.resolve("dddd00000001_t.sql");
        Files.writeString(script, "-- migrate:revision dddd00000001\n-- migrate:message t\n\n-- migrate:upgrade\n"
                + "CREATE TABLE t (id INTEGER);\n\n-- migrate:downgrade\nDROP TABLE t;\n");
        ApplicationContextRunner runner = withDataSource().withPropertyValues("migrate.locations=filesystem:" + scripts);
        runner.run((context) -> assertThat(context).hasNotFailed());
        Files.writeString(script, Files.readString(script).replace("id INTEGER", "id BIGINT"));
        runner.withPropertyValues("migrate.startup=validate").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                .hasMessageContaining("Applied scripts were edited since they ran")
                .hasMessageContaining("dddd00000001");
        });
        runner.run((context) -> assertThat(context).hasNotFailed());
        runner.withPropertyValues("migrate.validate-checksums=true")
            .run((context) -> assertThat(context).hasFailed());
    }

    @Test
    void usesTheMigrateDataSourceAmongSeveral() {
        this.contextRunner.withBean(Path.class, () -> this.dir).withUserConfiguration(TwoDataSources.class)
            .run((context) -> {
                assertThat(context).hasNotFailed();
                assertThat(tables(context.getBean("migrations", DataSource.class))).contains("author", "book");
                assertThat(tables(context.getBean("main", DataSource.class))).isEmpty();
            });
    }

    @Test
    void refusesSeveralDataSourcesWithoutAPrimaryOrAMigrateDataSource() {
        this.contextRunner.withBean("one", DataSource.class, () -> sqlite("one.db"))
            .withBean("two", DataSource.class, () -> sqlite("two.db"))
            .run((context) -> assertThat(context.getStartupFailure()).rootCause()
                .hasMessageContaining("mark the one to migrate @MigrateDataSource"));
    }

    @Test
    void createsItsOwnConnectionFromMigrateUrlWithoutADataSourceBean() {
        Path file = this.dir.resolve("url.db");
        this.contextRunner.withPropertyValues("migrate.url=jdbc:sqlite:" + file).run((context) -> {
            assertThat(context).hasSingleBean(Migrate.class).doesNotHaveBean(DataSource.class);
            assertThat(tables(new DriverManagerDataSource("jdbc:sqlite:" + file))).contains("author", "book");
        });
    }

    @Test
    void migrateUrlWinsOverTheApplicationDataSource() {
        Path file = this.dir.resolve("url.db");
        withDataSource().withPropertyValues("migrate.url=jdbc:sqlite:" + file).run((context) -> {
            assertThat(tables(context.getBean(DataSource.class))).isEmpty();
            assertThat(tables(new DriverManagerDataSource("jdbc:sqlite:" + file))).contains("author", "book");
            assertThat(context.getBean(Migrate.class).dataSource()).isEmpty();
        });
    }

    @Test
    void tableNamesAreMapped() {
        withDataSource().withPropertyValues("migrate.version-table=app_version", "migrate.history-table=app_history")
            .run((context) -> {
                DataSource dataSource = context.getBean(DataSource.class);
                assertThat(tables(dataSource)).contains("app_version", "app_history").doesNotContain("migrate_version");
                assertThat(versions(dataSource, "app_version")).containsExactly("bbbb00000002");
            });
    }

    @Test
    void propertiesBindWithTheirDefaults() {
        withDataSource().run((context) -> {
            MigrateProperties properties = context.getBean(MigrateProperties.class);
            assertThat(properties.getLocations()).containsExactly("classpath:db/migrations");
            assertThat(properties.getTarget()).isEqualTo("head");
            assertThat(properties.getStartup()).isEqualTo(MigrateProperties.Startup.UPGRADE);
            assertThat(properties.getLockTimeout()).isEqualTo(Duration.ofSeconds(60));
            assertThat(properties.isTransactionPerRevision()).isTrue();
            assertThat(properties.isValidateChecksums()).isFalse();
            assertThat(properties.getAutogenerate().getFormat()).isEqualTo("java");
            assertThat(properties.getAutogenerate().getOutputDirectory()).isNull();
            assertThat(properties.getAutogenerate().getInclude()).isEmpty();
            assertThat(properties.getAutogenerate().isCompareServerDefault()).isFalse();
        });
    }

    @Test
    void theJpaModelIsWhatAutogenerateComparesWhenHibernateIsOnTheClasspath() {
        withDataSource().run((context) -> {
            assertThat(context).hasSingleBean(JpaModelSource.class);
            assertThat(context.getBean(Migrate.class).hasModel()).isTrue();
        });
    }

    @Test
    void withoutHibernateThereIsNoModelToCompare() {
        withDataSource().withClassLoader(new FilteredClassLoader("org.hibernate"))
            .run((context) -> {
                assertThat(context).hasNotFailed().doesNotHaveBean(ModelSource.class);
                assertThat(context.getBean(Migrate.class).hasModel()).isFalse();
            });
    }

    @Test
    void anApplicationsModelSourceReplacesTheJpaModel() {
        Schema declared = new Schema(List.of(), List.of());
        withDataSource().withBean(ModelSource.class, () -> (database) -> declared).run((context) -> {
            assertThat(context).doesNotHaveBean(JpaModelSource.class);
            // the declared model has no tables, the database has author and book: check would drop them
            assertThat(context.getBean(Migrate.class).compareWithModel().changes())
                .extracting(Change::description)
                .containsExactlyInAnyOrder("drop table book", "drop table author");
        });
    }

    @Test
    void lockTimeoutWithoutAUnitIsInSeconds() {
        withDataSource().withPropertyValues("migrate.lock-timeout=5", "migrate.transaction-per-revision=false")
            .run((context) -> {
                MigrateProperties properties = context.getBean(MigrateProperties.class);
                assertThat(properties.getLockTimeout()).isEqualTo(Duration.ofSeconds(5));
                assertThat(properties.isTransactionPerRevision()).isFalse();
                assertThat(tables(context.getBean(DataSource.class))).contains("book");
            });
    }

    @Test
    void aMigrateStrategyReplacesWhatStartupDoes() {
        List<String> calls = new ArrayList<>();
        withDataSource().withBean(MigrateStrategy.class, () -> (migrate) -> {
            calls.add("strategy");
            migrate.upgrade("aaaa00000001");
        }).run((context) -> {
            assertThat(calls).containsExactly("strategy");
            assertThat(versions(context.getBean(DataSource.class), "migrate_version")).containsExactly("aaaa00000001");
        });
    }

    @Test
    void customizersAdjustTheConfigurationInOrderAfterTheProperties() {
        withDataSource().withPropertyValues("migrate.version-table=from_properties")
            .withUserConfiguration(CustomizerConfiguration.class)
            .run((context) -> assertThat(tables(context.getBean(DataSource.class))).contains("second")
                .doesNotContain("first", "from_properties"));
    }

    @Test
    void migrationBeansRunWithTheirInjectedCollaborators() {
        withDataSource().withUserConfiguration(MigrationBeanConfiguration.class).run((context) -> {
            DataSource dataSource = context.getBean(DataSource.class);
            assertThat(versions(dataSource, "migrate_version")).containsExactly("eeee00000003");
            assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT name FROM author", String.class))
                .isEqualTo("Ursula K. Le Guin");
        });
    }

    @Test
    void hibernateIsToldThatTheMigratedDataSourceIsManaged() {
        withDataSource().run((context) -> {
            MigrateSchemaManagementProvider provider = context.getBean(MigrateSchemaManagementProvider.class);
            assertThat(provider.getSchemaManagement(context.getBean(DataSource.class)))
                .isEqualTo(SchemaManagement.MANAGED);
            assertThat(provider.getSchemaManagement(sqlite("other.db"))).isEqualTo(SchemaManagement.UNMANAGED);
        });
    }

    @Test
    void jdbcTemplatesWaitForTheMigrations() {
        DataSource dataSource = sqlite("app.db");
        this.contextRunner.withBean(DataSource.class, () -> dataSource)
            .withBean("jdbcTemplate", JdbcTemplate.class, () -> new JdbcTemplate(dataSource))
            .run((context) -> {
            assertThat(context.getBeanFactory().getBeanDefinition("jdbcTemplate").getDependsOn())
                .contains("migrateInitializer", "migrate");
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoDataSources {

        @Bean
        @Primary
        DataSource main(Path dir) {
            return new DriverManagerDataSource("jdbc:sqlite:" + dir.resolve("main.db"));
        }

        @Bean
        @MigrateDataSource
        DataSource migrations(Path dir) {
            return new DriverManagerDataSource("jdbc:sqlite:" + dir.resolve("migrations.db"));
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class CustomizerConfiguration {

        @Bean
        @Order(2)
        MigrateCustomizer second() {
            return (builder) -> builder.versionTable("second");
        }

        @Bean
        @Order(1)
        MigrateCustomizer first() {
            return (builder) -> builder.versionTable("first");
        }

    }

    /** Something a migration needs injected. */
    record Authors(List<String> names) {

    }

    @Revision(id = "eeee00000003", revises = "bbbb00000002", message = "seed authors")
    static class SeedAuthors implements Migration {

        private final Authors authors;

        SeedAuthors(Authors authors) {
            this.authors = authors;
        }

        @Override
        public void upgrade(Operations op) {
            for (String name : this.authors.names()) {
                op.execute("INSERT INTO author (name) VALUES ('" + name.replace("'", "''") + "')");
            }
        }

        @Override
        public void downgrade(Operations op) {
            op.execute("DELETE FROM author");
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class MigrationBeanConfiguration {

        @Bean
        Authors authors() {
            return new Authors(List.of("Ursula K. Le Guin"));
        }

        @Bean
        SeedAuthors seedAuthors(Authors authors) {
            return new SeedAuthors(authors);
        }

    }

}
