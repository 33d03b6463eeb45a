package dev.migrate.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sample app started on a random port on a fresh SQLite file: migrate upgrades it at startup
 * (branch and merge included) before Hibernate validates the entities, and the shop, the
 * migrations endpoint and health answer over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleApplicationSqliteTest {

    private static final Path DATABASE;

    static {
        try {
            DATABASE = Files.createTempDirectory("migrate-sample").resolve("shop.db");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + DATABASE);
    }

    @Value("${local.server.port}")
    int port;

    @Test
    void theMigrationsEndpointShowsTheMergedHead() throws Exception {
        ShopAssertions.migrationsEndpointShowsTheMergedHead(new ShopHttp(port));
    }

    @Test
    void healthIsUpWithTheMigrationsDetail() throws Exception {
        ShopAssertions.healthIsUpWithTheMigrationsDetail(new ShopHttp(port));
    }

    @Test
    void theShopWorksOnTheMigratedSchema() throws Exception {
        ShopAssertions.theShopWorksOnTheMigratedSchema(new ShopHttp(port));
    }
}
