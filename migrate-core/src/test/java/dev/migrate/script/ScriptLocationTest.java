package dev.migrate.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import dev.migrate.script.ScriptLocation.Kind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScriptLocationTest {

    @Test
    void classpathLocationIsAResourcePathAndAPackage() {
        ScriptLocation location = ScriptLocation.parse("classpath:/db/migrations/");
        assertThat(location).isEqualTo(new ScriptLocation(Kind.CLASSPATH, "db/migrations"));
        assertThat(location.packageName()).isEqualTo("db.migrations");
        assertThat(location).hasToString("classpath:db/migrations");
    }

    @Test
    void filesystemLocationWithAndWithoutPrefix() {
        assertThat(ScriptLocation.parse("filesystem:/var/migrations"))
                .isEqualTo(new ScriptLocation(Kind.FILESYSTEM, "/var/migrations"));
        assertThat(ScriptLocation.parse("  db/migrations ")).isEqualTo(new ScriptLocation(Kind.FILESYSTEM, "db/migrations"));
        assertThat(ScriptLocation.parse("filesystem:relative/dir").directory()).isEqualTo(Path.of("relative/dir"));
        assertThat(ScriptLocation.parse("filesystem:x")).hasToString("filesystem:x");
    }

    @Test
    void windowsDriveIsAPathNotAPrefix() {
        assertThat(ScriptLocation.parse("C:\\app\\migrations").kind()).isEqualTo(Kind.FILESYSTEM);
    }

    @Test
    void prefixesAreCaseInsensitive() {
        assertThat(ScriptLocation.parse("CLASSPATH:db").kind()).isEqualTo(Kind.CLASSPATH);
        assertThat(ScriptLocation.parse("FileSystem:db").kind()).isEqualTo(Kind.FILESYSTEM);
    }

    @Test
    void dialectPlaceholderIsReplaced() {
        assertThat(ScriptLocation.parse("classpath:db/{dialect}/migrations", "postgresql").path())
                .isEqualTo("db/postgresql/migrations");
        assertThat(ScriptLocation.parse("filesystem:sql/{dialect}", "sqlite").path()).isEqualTo("sql/sqlite");
    }

    @Test
    void dialectPlaceholderWithoutADialectIsAnError() {
        assertThatThrownBy(() -> ScriptLocation.parse("classpath:db/{dialect}", null))
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining("'classpath:db/{dialect}' uses {dialect} but no dialect is known");
    }

    @Test
    void badLocations() {
        assertThatThrownBy(() -> ScriptLocation.parse(" ")).isInstanceOf(MigrateException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> ScriptLocation.parse("classpath:/")).isInstanceOf(MigrateException.class)
                .hasMessageContaining("root of the class path");
        assertThatThrownBy(() -> ScriptLocation.parse("filesystem:")).isInstanceOf(MigrateException.class)
                .hasMessageContaining("names no directory");
        assertThatThrownBy(() -> ScriptLocation.parse("s3:bucket/migrations")).isInstanceOf(MigrateException.class)
                .hasMessageContaining("'s3:bucket/migrations' has an unknown prefix; use classpath: or filesystem:");
    }

    @Test
    void packageNameOnlyForClasspathAndDirectoryOnlyForFilesystem() {
        assertThatThrownBy(() -> ScriptLocation.parse("dir").packageName()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ScriptLocation.parse("classpath:dir").directory())
                .isInstanceOf(IllegalStateException.class);
    }
}
