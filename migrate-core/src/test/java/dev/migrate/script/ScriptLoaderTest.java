package dev.migrate.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import dev.migrate.operations.Migration;
import dev.migrate.revision.Revision;
import dev.migrate.script.fixtures.mixed.R1_Java;
import dev.migrate.script.fixtures.mixed.R5;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptLoaderTest {

    private static final String MIXED = "classpath:dev/migrate/script/fixtures/mixed";

    private final ClassLoader classLoader = getClass().getClassLoader();
    private final List<String> warnings = new ArrayList<>();

    @TempDir
    Path temp;

    private List<Script> load(String... locations) {
        return load(classLoader, locations);
    }

    private List<Script> load(ClassLoader loader, String... locations) {
        return new ScriptLoader(loader, warnings::add)
                .load(Stream.of(locations).map(l -> ScriptLocation.parse(l, "sqlite")).toList());
    }

    private static List<String> ids(List<Script> scripts) {
        return scripts.stream().map(s -> s.revision().id()).toList();
    }

    private static Path resourceDirectory(String resource) throws URISyntaxException {
        URL url = ScriptLoaderTest.class.getClassLoader().getResource(resource);
        assertThat(url).as(resource).isNotNull();
        return Path.of(url.toURI());
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static String script(String id) {
        return "-- migrate:revision " + id + "\n-- migrate:upgrade\nSELECT 1;\n";
    }

    @Test
    void sqlAndJavaAreSortedTogetherByNameThenRelativePath() {
        assertThat(ids(load(MIXED)))
                .containsExactly("r0sub", "r1java", "r2sql", "r2sub", "r3java", "r4sql", "r5java", "r5sql", "r6sub");
        assertThat(warnings).isEmpty();
    }

    @Test
    void publicEntryPointGivesTheSameOrder() {
        assertThat(ids(ScriptLoader.load(List.of(MIXED), null, classLoader)))
                .containsExactly("r0sub", "r1java", "r2sql", "r2sub", "r3java", "r4sql", "r5java", "r5sql", "r6sub");
    }

    @Test
    void javaRevisionComesFromTheAnnotation() {
        JavaScript java = (JavaScript) load(MIXED).get(1);
        String path = "class " + R1_Java.class.getName();
        assertThat(java.revision()).isEqualTo(new Revision("r1java", List.of("base1"), List.of("shop", "billing"),
                List.of("other"), "java one", "2026-01-02T03:04:05Z", path));
        assertThat(java.className()).isEqualTo(R1_Java.class.getName());
        assertThat(java.path()).isEqualTo(path);
        assertThat(java.transactional()).isFalse();
        assertThat(java.checksum()).isEmpty();
        assertThat(java.classLoader()).isSameAs(classLoader);
    }

    @Test
    void javaRevisionDefaults() {
        JavaScript java = (JavaScript) load(MIXED).get(6);
        assertThat(java.revision()).isEqualTo(new Revision("r5java", List.of(), List.of(), List.of(), "", null,
                "class " + R5.class.getName()));
        assertThat(java.transactional()).isTrue();
    }

    @Test
    void loadingNeitherInitialisesNorInstantiatesMigrationClasses() {
        // R3_Java's and Helper's static initialisers throw: loading would fail had they run
        int instancesBefore = R5.instances();
        List<Script> scripts = load(MIXED);
        assertThat(R5.instances()).isEqualTo(instancesBefore);

        JavaScript r3 = (JavaScript) scripts.get(4);
        assertThat(r3.revision().id()).isEqualTo("r3java");
        assertThatThrownBy(r3::instantiate)
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining("Revision r3java: the static initialiser of " + r3.className() + " failed")
                .hasMessageContaining("must not be initialised");

        Migration r5 = ((JavaScript) scripts.get(6)).instantiate();
        assertThat(r5).isInstanceOf(R5.class);
        assertThat(R5.instances()).isEqualTo(instancesBefore + 1);
    }

    @Test
    void sqlScriptFromAClasspathDirectoryIsNamedByItsFile() throws Exception {
        SqlScript sql = (SqlScript) load(MIXED).get(2);
        Path expected = resourceDirectory("dev/migrate/script/fixtures/mixed").resolve("R2_sql.sql");
        assertThat(sql.path()).isEqualTo(expected.toString());
        assertThat(sql.revision().path()).isEqualTo(sql.path());
        assertThat(sql.revision().revises()).containsExactly("r1java");
        assertThat(sql.upgradeStatements()).containsExactly(new SqlStatement("CREATE TABLE two (a INT)", 6));
        assertThat(sql.downgradeStatements()).containsExactly(new SqlStatement("DROP TABLE two", 9));
    }

    @Test
    void insideALocationNamesSortBeforePathsAndByCodeUnit() {
        // M9 < m0 (z/) < m1 (a/) < m1 (b/) < m2, whatever the directory order on disk
        assertThat(ids(load("classpath:scripts-test/order"))).containsExactly("oM", "o0", "o1", "o2", "o3");
    }

    @Test
    void locationsKeepTheOrderGiven() {
        assertThat(ids(load("classpath:scripts-test/dialects/sqlite", "classpath:scripts-test/order")))
                .containsExactly("lite1", "oM", "o0", "o1", "o2", "o3");
        assertThat(ids(load("classpath:scripts-test/order", "classpath:scripts-test/dialects/sqlite")))
                .containsExactly("oM", "o0", "o1", "o2", "o3", "lite1");
    }

    @Test
    void dialectPlaceholderSelectsTheChain() {
        List<String> locations = List.of("classpath:scripts-test/dialects/{dialect}");
        assertThat(ids(ScriptLoader.load(locations, "sqlite", classLoader))).containsExactly("lite1");
        assertThat(ids(ScriptLoader.load(locations, "postgresql", classLoader))).containsExactly("pg1");
        assertThat(ScriptLoader.load(locations, "mysql", classLoader)).isEmpty();
    }

    @Test
    void dialectPlaceholderInAFilesystemLocation() throws IOException {
        write(temp.resolve("h2/one.sql"), script("h2one"));
        write(temp.resolve("sqlite/one.sql"), script("liteone"));
        assertThat(ids(ScriptLoader.load(List.of("filesystem:" + temp + "/{dialect}"), "h2", classLoader)))
                .containsExactly("h2one");
    }

    @Test
    void fileReachedTwiceThroughOverlappingLocationsIsLoadedOnce() throws Exception {
        assertThat(ids(load("classpath:scripts-test/order", "classpath:scripts-test/order/a")))
                .containsExactly("oM", "o0", "o1", "o2", "o3");
        Path file = resourceDirectory("scripts-test/order/a").resolve("m1.sql");
        assertThat(warnings).containsExactly("File " + file + " loaded twice! ignoring.");
    }

    @Test
    void theSameFileThroughAFilesystemAndAClasspathLocationIsLoadedOnce() throws Exception {
        Path directory = resourceDirectory("scripts-test/dialects/sqlite");
        assertThat(ids(load("filesystem:" + directory, "classpath:scripts-test/dialects/sqlite")))
                .containsExactly("lite1");
        assertThat(warnings).hasSize(1).allMatch(w -> w.endsWith("d1.sql loaded twice! ignoring."));
    }

    @Test
    void javaClassReachedTwiceIsLoadedOnce() {
        assertThat(ids(load(MIXED, MIXED + "/sub"))).doesNotHaveDuplicates().hasSize(9);
        assertThat(warnings).containsExactlyInAnyOrder(
                "Class dev.migrate.script.fixtures.mixed.sub.R6_SubJava loaded twice! ignoring.",
                "File " + Path.of(warningPathOf("R0_sub.sql")) + " loaded twice! ignoring.",
                "File " + Path.of(warningPathOf("R2_sql.sql")) + " loaded twice! ignoring.");
    }

    private static String warningPathOf(String subFile) {
        try {
            return resourceDirectory("dev/migrate/script/fixtures/mixed/sub").resolve(subFile).toString();
        } catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Test
    void rootListedTwiceByAClassLoaderChainIsScannedOnce() throws Exception {
        URL testClasses = resourceDirectory("scripts-test").getParent().toUri().toURL();
        try (URLClassLoader child = new URLClassLoader(new URL[] {testClasses}, classLoader)) {
            assertThat(ids(load(child, MIXED))).containsExactly("r0sub", "r1java", "r2sql", "r2sub", "r3java", "r4sql",
                    "r5java", "r5sql", "r6sub");
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void classpathLocationMatchingNothingIsEmpty() {
        assertThat(load("classpath:scripts-test/no/such/location")).isEmpty();
    }

    @Test
    void missingFilesystemLocationIsAnErrorNamingIt() {
        Path missing = temp.resolve("nowhere");
        assertThatThrownBy(() -> load("filesystem:" + missing))
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining("Script location filesystem:" + missing + " does not exist")
                .hasMessageContaining("create the directory or correct the location");
        assertThatThrownBy(() -> ScriptLoader.load(List.of("relative/nowhere"), null, classLoader))
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining("filesystem:relative/nowhere does not exist (" + Path.of("relative/nowhere")
                        .toAbsolutePath());
    }

    @Test
    void filesystemLocationThatIsAFileIsAnError() throws IOException {
        write(temp.resolve("a.sql"), script("a"));
        assertThatThrownBy(() -> load(temp.resolve("a.sql").toString()))
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining("is not a directory");
    }

    @Test
    void filesystemLocationIsScannedRecursivelyForSqlFilesOnly() throws IOException {
        write(temp.resolve("b/x.sql"), script("bx"));
        write(temp.resolve("a/x.sql"), script("ax"));
        write(temp.resolve("w.sql"), script("w"));
        write(temp.resolve("deep/er/v.sql"), script("v"));
        write(temp.resolve("notes.txt"), "not a script");
        write(temp.resolve("Z.class"), "not a class either");
        write(temp.resolve(".#w.sql"), "an editor lock file");
        List<Script> scripts = load(temp.toString());
        assertThat(ids(scripts)).containsExactly("v", "w", "ax", "bx");
        assertThat(scripts.get(0).path()).isEqualTo(temp.resolve("deep/er/v.sql").toAbsolutePath().toString());
    }

    @Test
    void editorLockFilesAreSkippedOnTheClasspath() {
        assertThat(ids(load("classpath:scripts-test/lockfile"))).containsExactly("real");
    }

    @Test
    void brokenScriptFailsWithItsPathAndLine() throws Exception {
        Path bad = resourceDirectory("scripts-test/broken").resolve("b_bad.sql");
        assertThatThrownBy(() -> load("classpath:scripts-test/broken"))
                .isInstanceOf(MigrateException.class)
                .hasMessageStartingWith(bad + ", line 2: unknown header 'migrate:revison'");
    }

    @Test
    void annotatedClassThatIsNotAMigrationIsAnError() {
        assertThatThrownBy(() -> load("classpath:dev/migrate/script/fixtures/notmigration"))
                .isInstanceOf(MigrateException.class)
                .hasMessage("Class dev.migrate.script.fixtures.notmigration.NotAMigration is annotated"
                        + " @Revision(id = \"nm1\") but does not implement dev.migrate.operations.Migration;"
                        + " add 'implements Migration' or remove the annotation");
    }

    @Test
    void migrationWithoutPublicNoArgumentConstructorIsAnError() {
        assertThatThrownBy(() -> load("classpath:dev/migrate/script/fixtures/noconstructor"))
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining("NoConstructor is annotated @Revision(id = \"nc1\") but has no public"
                        + " no-argument constructor");
    }

    @Test
    void migrationWithEmptyIdIsAnError() {
        assertThatThrownBy(() -> load("classpath:dev/migrate/script/fixtures/emptyid"))
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining("EmptyId is annotated @Revision with an empty id");
    }

    @Test
    void scriptsInAJarAndADirectoryOfOneLocationAreSortedTogether() throws Exception {
        Path content = temp.resolve("content");
        TestCompiler.compile(temp.resolve("src"), content, Map.of("jarred.migrations.J3", """
                package jarred.migrations;

                import dev.migrate.operations.Migration;
                import dev.migrate.operations.Operations;
                import dev.migrate.operations.Revision;

                @Revision(id = "j3", revises = "j2", message = "from a jar")
                public class J3 implements Migration {
                    static {
                        if (Boolean.TRUE) {
                            throw new IllegalStateException("J3 must not be initialised");
                        }
                    }

                    @Revision(id = "nested")
                    public static class Nested implements Migration {
                        public void upgrade(Operations op) {
                        }

                        public void downgrade(Operations op) {
                        }
                    }

                    public void upgrade(Operations op) {
                    }

                    public void downgrade(Operations op) {
                    }
                }
                """));
        assertThat(content.resolve("jarred/migrations/J3$Nested.class")).exists();
        write(content.resolve("jarred/migrations/sub/j1.sql"), script("j1"));
        write(content.resolve("jarred/migrations/j2.sql"), script("j2"));
        write(content.resolve("jarred/migrations/notes.txt"), "ignored");
        Path jar = TestJars.jar(content, temp.resolve("migrations.jar"));
        Path directory = temp.resolve("dir");
        write(directory.resolve("jarred/migrations/i0.sql"), script("i0"));
        write(directory.resolve("jarred/migrations/sub/j1.sql"), script("j1dir"));

        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {jar.toUri().toURL(), directory.toUri().toURL()}, classLoader)) {
            List<Script> scripts = load(loader, "classpath:jarred/migrations");

            // J3 < i0 < j1 (jar: sub/j1.sql) = j1 (dir: sub/j1.sql) < j2; equal paths keep class-path order
            assertThat(ids(scripts)).containsExactly("j3", "i0", "j1", "j1dir", "j2");
            JavaScript j3 = (JavaScript) scripts.get(0);
            assertThat(j3.className()).isEqualTo("jarred.migrations.J3");
            assertThat(j3.classLoader()).isSameAs(loader);
            assertThat(j3.revision().message()).isEqualTo("from a jar");
            assertThat(scripts.get(2).path())
                    .isEqualTo("jar:" + jar.toUri().toURL() + "!/jarred/migrations/sub/j1.sql");
            assertThat(((SqlScript) scripts.get(2)).upgradeStatements()).containsExactly(new SqlStatement("SELECT 1", 3));
            assertThat(scripts.get(1).path()).isEqualTo(directory.resolve("jarred/migrations/i0.sql").toString());
            assertThatThrownBy(j3::instantiate).hasMessageContaining("static initialiser");
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void jarReachedThroughOverlappingLocationsIsLoadedOnce() throws Exception {
        Path content = temp.resolve("content");
        write(content.resolve("pkg/a/one.sql"), script("one"));
        write(content.resolve("pkg/two.sql"), script("two"));
        Path jar = TestJars.jar(content, temp.resolve("overlap.jar"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, classLoader)) {
            assertThat(ids(load(loader, "classpath:pkg/a", "classpath:pkg"))).containsExactly("one", "two");
        }
        assertThat(warnings).containsExactly("File jar:" + jar.toUri().toURL() + "!/pkg/a/one.sql loaded twice! ignoring.");
    }
}
