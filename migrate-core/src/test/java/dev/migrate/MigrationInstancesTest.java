package dev.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.operations.Migration;
import dev.migrate.operations.Operations;
import dev.migrate.operations.Revision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrations given as instances ({@code Builder.migrations}, how Spring beans with injected
 * collaborators join the graph): declared by {@code @Revision} on the class or a superclass,
 * run as given, without a no-argument constructor.
 */
class MigrationInstancesTest {

    @TempDir
    Path dir;

    @Revision(id = "inst01", revises = "sql001", message = "seed from a collaborator")
    public static class Seed implements Migration {

        private final String value;

        public Seed(String value) {
            this.value = value;
        }

        @Override
        public void upgrade(Operations op) {
            op.execute("INSERT INTO item (name) VALUES ('" + value + "')");
        }

        @Override
        public void downgrade(Operations op) {
            op.execute("DELETE FROM item");
        }
    }

    /** What a subclassing proxy (CGLIB) looks like: the annotation is on the superclass. */
    public static class SeedProxy extends Seed {
        public SeedProxy() {
            super("proxied");
        }
    }

    public static class Unannotated implements Migration {
        @Override
        public void upgrade(Operations op) {
        }

        @Override
        public void downgrade(Operations op) {
        }
    }

    private Migrate.Builder builder() throws Exception {
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(scripts.resolve("sql001_item.sql"), "-- migrate:revision sql001\n-- migrate:message item\n\n"
                + "-- migrate:upgrade\nCREATE TABLE item (name VARCHAR(20));\n\n-- migrate:downgrade\nDROP TABLE item;\n");
        return Migrate.configure().url("jdbc:sqlite:" + dir.resolve("app.db"), null, null)
                .locations(List.of("filesystem:" + scripts));
    }

    @Test
    void anInstanceJoinsTheGraphAndRunsAsGiven() throws Exception {
        Migrate migrate = builder().migrations(List.of(new Seed("injected"))).load();
        assertThat(migrate.graph().heads()).containsExactly("inst01");
        migrate.upgrade("head");
        assertThat(names()).containsExactly("injected");
        assertThat(migrate.currentRows()).containsExactly("inst01");
    }

    @Test
    void theRevisionOfASubclassIsReadFromItsSuperclass() throws Exception {
        Migrate migrate = builder().migrations(List.of(new SeedProxy())).load();
        assertThat(migrate.graph().heads()).containsExactly("inst01");
        migrate.upgrade("head");
        assertThat(names()).containsExactly("proxied");
    }

    @Test
    void anInstanceWithoutRevisionIsRefusedWithWhatToDo() throws Exception {
        assertThatThrownBy(() -> builder().migrations(List.of(new Unannotated())).load())
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining("is not annotated @Revision");
    }

    @Test
    void theConfigurationCopyKeepsTheInstances() throws Exception {
        Migrate migrate = builder().migrations(List.of(new Seed("x"))).load();
        assertThat(migrate.configuration().load().graph().heads()).containsExactly("inst01");
    }

    @Test
    void planUpgradeReadsWithoutChangingAnything() throws Exception {
        Migrate migrate = builder().load();
        assertThat(migrate.planUpgrade("head").steps()).hasSize(1);
        assertThat(migrate.currentRows()).isEmpty();
        migrate.upgrade("head");
        assertThat(migrate.planUpgrade("head").isEmpty()).isTrue();
    }

    private List<String> names() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
                ResultSet rs = c.createStatement().executeQuery("SELECT name FROM item")) {
            List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }
}
