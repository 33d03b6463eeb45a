package dev.migrate.autoconfigure.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A {@code @JdbcTest} slice runs the migrations on the embedded test database that replaces the
 * application's, before the JdbcTemplate is handed out.
 */
@JdbcTest
class MigrateJdbcTestSliceTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theEmbeddedTestDatabaseIsMigratedToHead() {
        assertThat(this.jdbc.queryForList("SELECT version_num FROM migrate_version", String.class))
            .containsExactly("bbbb00000002");
        this.jdbc.update("INSERT INTO author (id, name) VALUES (1, 'Octavia E. Butler')");
        assertThat(this.jdbc.queryForObject("SELECT count(*) FROM author", Integer.class)).isEqualTo(1);
    }

}
