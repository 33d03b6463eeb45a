package dev.migrate.sample;

import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same sample app on a fresh PostgreSQL schema (the {@code databases} Maven profile): the Java
 * revisions render PostgreSQL DDL, the SQL ones run as they are.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIfSystemProperty(named = "migrate.test.databases", matches = "true")
@DisplayName("SampleApplicationPostgresTest [POSTGRESQL]")
class SampleApplicationPostgresTest {

    private static TestDatabase.Fresh database;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        database = TestDatabase.POSTGRESQL.fresh();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
        registry.add("spring.jpa.database-platform", () -> "org.hibernate.dialect.PostgreSQLDialect");
    }

    @AfterAll
    static void dropSchema() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    @Value("${local.server.port}")
    int port;

    @Test
    @DisplayName("the migrations endpoint shows the merged head [POSTGRESQL]")
    void theMigrationsEndpointShowsTheMergedHead() throws Exception {
        ShopAssertions.migrationsEndpointShowsTheMergedHead(new ShopHttp(port));
    }

    @Test
    @DisplayName("health is up with the migrations detail [POSTGRESQL]")
    void healthIsUpWithTheMigrationsDetail() throws Exception {
        ShopAssertions.healthIsUpWithTheMigrationsDetail(new ShopHttp(port));
    }

    @Test
    @DisplayName("the shop works on the migrated schema [POSTGRESQL]")
    void theShopWorksOnTheMigratedSchema() throws Exception {
        ShopAssertions.theShopWorksOnTheMigratedSchema(new ShopHttp(port));
    }
}
