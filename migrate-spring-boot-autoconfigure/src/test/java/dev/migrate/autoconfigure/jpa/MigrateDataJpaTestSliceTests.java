package dev.migrate.autoconfigure.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A {@code @DataJpaTest} slice runs the migrations (the slice's {@code .imports} file lists the
 * auto-configuration) before Hibernate validates the schema, on an SQLite file.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class MigrateDataJpaTestSliceTests {

    @DynamicPropertySource
    static void sqlite(DynamicPropertyRegistry registry) throws IOException {
        Path file = Files.createTempFile("migrate-slice", ".db");
        Files.delete(file);
        file.toFile().deleteOnExit();
        registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + file);
        registry.add("spring.datasource.type", () -> "org.springframework.jdbc.datasource.SimpleDriverDataSource");
        registry.add("spring.jpa.hibernate.ddl-auto", () -> "validate");
    }

    @Autowired
    AuthorRepository authors;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void repositoriesWorkOnTheMigratedSchema() {
        this.authors.save(new Author("Stanisław Lem"));
        assertThat(this.authors.findAll()).extracting(Author::getName).containsExactly("Stanisław Lem");
        assertThat(this.jdbc.queryForList("SELECT version_num FROM migrate_version", String.class))
            .containsExactly("bbbb00000002");
    }

}
