package dev.migrate.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Startup against every test database: SQLite and H2 always, PostgreSQL and MariaDB with
 * {@code -Pdatabases}.
 */
class MigrateStartupDatabaseTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class));

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void upgradesAtStartupThenValidates(TestDatabase database) throws Exception {
        try (TestDatabase.Fresh fresh = database.fresh()) {
            DataSource dataSource = new DriverManagerDataSource(fresh.url(), fresh.user(), fresh.password());
            ApplicationContextRunner runner = this.contextRunner.withBean(DataSource.class, () -> dataSource);
            runner.run((context) -> {
                assertThat(context).hasNotFailed();
                JdbcTemplate jdbc = new JdbcTemplate(dataSource);
                assertThat(jdbc.queryForList("SELECT version_num FROM migrate_version", String.class))
                    .containsExactly("bbbb00000002");
                jdbc.update("INSERT INTO author (id, name) VALUES (1, 'Tove Jansson')");
                jdbc.update("INSERT INTO book (id, title, author_id) VALUES (1, 'Moominsummer Madness', 1)");
            });
            runner.withPropertyValues("migrate.startup=validate").run((context) -> assertThat(context).hasNotFailed());
            runner.withPropertyValues("migrate.startup=validate", "migrate.locations=classpath:db/twoheads")
                .run((context) -> assertThat(context).hasFailed());
        }
    }

}
