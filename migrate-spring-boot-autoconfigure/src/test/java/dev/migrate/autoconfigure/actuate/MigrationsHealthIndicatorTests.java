package dev.migrate.autoconfigure.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * {@link MigrationsHealthIndicator} on SQLite files migrated for real.
 */
class MigrationsHealthIndicatorTests {

    @TempDir
    Path directory;

    @Test
    void upWhenTheDatabaseIsAtTheHeads() {
        RevisionScripts fixture = new RevisionScripts(directory);
        fixture.migrate().upgrade("heads");
        Health health = new MigrationsHealthIndicator(fixture.migrate()).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("current", List.of("x1", "d1"))
                .containsEntry("heads", List.of("x1", "d1"))
                .containsEntry("pending", List.of())
                .containsEntry("unknown", List.of());
    }

    @Test
    void downWhenRevisionsArePending() {
        RevisionScripts fixture = new RevisionScripts(directory);
        fixture.migrate().upgrade("m1");
        Health health = new MigrationsHealthIndicator(fixture.migrate()).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("current", List.of("m1"))
                .containsEntry("heads", List.of("x1", "d1"))
                .containsEntry("pending", List.of("x1", "d1"))
                .containsEntry("unknown", List.of());
    }

    @Test
    void downWhenAVersionRowNamesARevisionNoScriptDeclares() {
        RevisionScripts fixture = new RevisionScripts(directory);
        Migrate newer = fixture.newerRelease();
        newer.upgrade("heads");
        Health health = new MigrationsHealthIndicator(fixture.migrate()).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("current", List.of("x1", "d1", "zz9"))
                .containsEntry("pending", List.of())
                .containsEntry("unknown", List.of("zz9"));
    }

    @Test
    void downOnADatabaseNeverMigrated() {
        RevisionScripts fixture = new RevisionScripts(directory);
        Health health = new MigrationsHealthIndicator(fixture.migrate()).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("current", List.of());
        assertThat((List<?>) health.getDetails().get("pending")).hasSize(6);
    }

    @Test
    void downWithTheErrorWhenTheDatabaseCannotBeRead() {
        RevisionScripts fixture = new RevisionScripts(directory);
        SQLiteDataSource directoryAsDatabase = new SQLiteDataSource();
        directoryAsDatabase.setUrl("jdbc:sqlite:" + directory);
        Migrate migrate = Migrate.configure().dataSource(directoryAsDatabase).dialect("sqlite")
                .locations(List.of("filesystem:" + fixture.scripts)).load();
        Health health = new MigrationsHealthIndicator(migrate).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsKey("error").doesNotContainKey("pending");
    }
}
