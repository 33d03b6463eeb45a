package dev.migrate.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import dev.migrate.revision.Revision;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptWriterTest {

    private static final Instant CREATED = Instant.parse("2026-11-22T10:15:00Z");

    private static final NewScript ADD_EMAIL = new NewScript("3f2a9c1b7d4e", List.of("1a2b3c4d5e6f"),
            "add email to users", List.of(), List.of(), CREATED);

    @TempDir
    Path temp;

    private final ScriptWriter writer = new ScriptWriter();

    private static Revision loadSql(Path directory) {
        List<Script> scripts = ScriptLoader.load(List.of("filesystem:" + directory), null,
                ScriptWriterTest.class.getClassLoader());
        assertThat(scripts).hasSize(1);
        return scripts.get(0).revision();
    }

    @Nested
    class Slugs {

        @Test
        void wordsJoinedByUnderscoreAndLowerCased() {
            assertThat(ScriptNames.slug("add email to users")).isEqualTo("add_email_to_users");
            assertThat(ScriptNames.slug("Add e-mail (users)!")).isEqualTo("add_e_mail_users");
            assertThat(ScriptNames.slug("snake_case__words here")).isEqualTo("snake_case__words_here");
        }

        @Test
        void onlyAsciiWordCharactersCount() {
            assertThat(ScriptNames.slug("caf\u00e9 cr\u00e8me")).isEqualTo("caf_cr_me");
        }

        @Test
        void longSlugIsCutAtFortyOnAWordBoundaryAndEndsWithUnderscoreAsInAlembic() {
            assertThat(ScriptNames.slug("add a very long message that is definitely more than forty characters"))
                    .isEqualTo("add_a_very_long_message_that_is_");
            assertThat(ScriptNames.slug("abcdefghij abcdefghij abcdefghij abcdefgh"))
                    .isEqualTo("abcdefghij_abcdefghij_abcdefghij_");
            assertThat(ScriptNames.slug("x".repeat(50))).isEqualTo("x".repeat(40) + "_");
            assertThat(ScriptNames.slug("abcdefghij abcdefghij abcdefghij abcdefg")).hasSize(40);
        }

        @Test
        void blankMessageBecomesEmptyMessage() {
            NewScript script = NewScript.of("abc", List.of(), "  ", CREATED);
            assertThat(script.message()).isEqualTo("empty message");
            assertThat(writer.fileName(script, ScriptFormat.SQL)).isEqualTo("abc_empty_message.sql");
            assertThat(ScriptNames.slug("")).isEmpty();
        }
    }

    @Nested
    class FileNames {

        @Test
        void defaultTemplateIsRevAndSlug() {
            assertThat(writer.fileTemplate()).isEqualTo("{rev}_{slug}");
            assertThat(writer.fileName(ADD_EMAIL, ScriptFormat.SQL)).isEqualTo("3f2a9c1b7d4e_add_email_to_users.sql");
            assertThat(ScriptNames.fileName(ScriptNames.DEFAULT_TEMPLATE, ADD_EMAIL))
                    .isEqualTo("3f2a9c1b7d4e_add_email_to_users");
        }

        @Test
        void timeTokensAreUtcAndZeroPadded() {
            NewScript script = NewScript.of("abc", List.of(), "x", Instant.parse("2026-03-04T05:06:07.890Z"));
            assertThat(new ScriptWriter("{year}_{month}_{day}_{hour}{minute}{second}_{rev}_{slug}")
                    .fileName(script, ScriptFormat.SQL)).isEqualTo("2026_03_04_050607_abc_x.sql");
        }

        @Test
        void javaFileIsNamedAfterItsClass() {
            assertThat(writer.fileName(ADD_EMAIL, ScriptFormat.JAVA)).isEqualTo("R3f2a9c1b7d4e_add_email_to_users.java");
            NewScript dated = NewScript.of("abc", List.of(), "x", CREATED);
            assertThat(new ScriptWriter("V{year}-{month}-{day}.{rev}").fileName(dated, ScriptFormat.JAVA))
                    .isEqualTo("V2026_11_22_abc.java");
        }

        @Test
        void javaClassNames() {
            assertThat(ScriptNames.javaClassName("3f2a_x")).isEqualTo("R3f2a_x");
            assertThat(ScriptNames.javaClassName("2026-01-01 a.b$c")).isEqualTo("R2026_01_01_a_b_c");
            assertThat(ScriptNames.javaClassName("AddUsers")).isEqualTo("AddUsers");
            assertThat(ScriptNames.javaClassName("class")).isEqualTo("Rclass");
            assertThat(ScriptNames.javaClassName("_")).isEqualTo("R_");
            assertThat(ScriptNames.javaClassName("")).isEqualTo("R");
            assertThat(ScriptNames.javaClassName("caf\u00e9")).isEqualTo("caf_");
        }

        @Test
        void invalidTemplatesAreRefused() {
            assertThatThrownBy(() -> new ScriptWriter("{rev}_{msg}")).isInstanceOf(MigrateException.class)
                    .hasMessage("File template '{rev}_{msg}' has an unknown token {msg}; valid tokens are"
                            + " {rev} {slug} {year} {month} {day} {hour} {minute} {second}");
            assertThatThrownBy(() -> new ScriptWriter("{rev")).isInstanceOf(MigrateException.class)
                    .hasMessageContaining("'{' without '}'");
            assertThatThrownBy(() -> new ScriptWriter("{year}/{rev}")).isInstanceOf(MigrateException.class)
                    .hasMessageContaining("path separator");
            assertThatThrownBy(() -> new ScriptWriter(" ")).isInstanceOf(MigrateException.class)
                    .hasMessageContaining("empty");
        }
    }

    @Nested
    class Sql {

        @Test
        void writesTheDocumentedFormat() throws IOException {
            NewScript script = new NewScript("3f2a9c1b7d4e", List.of("1a2b3c4d5e6f"), "add email to users",
                    List.of("shop", "billing"), List.of("9f8e7d6c5b4a"), CREATED);
            Path file = writer.write(script, ScriptFormat.SQL, temp.resolve("new/dir"), "ignored");

            assertThat(file).isEqualTo(temp.resolve("new/dir/3f2a9c1b7d4e_add_email_to_users.sql"));
            assertThat(Files.readString(file)).isEqualTo("""
                    -- migrate:revision 3f2a9c1b7d4e
                    -- migrate:revises 1a2b3c4d5e6f
                    -- migrate:message add email to users
                    -- migrate:created 2026-11-22T10:15:00Z
                    -- migrate:branch-labels shop, billing
                    -- migrate:depends-on 9f8e7d6c5b4a

                    -- migrate:upgrade
                    -- write the upgrade statements here, each ending with ;

                    -- migrate:downgrade
                    -- write the statements that undo the upgrade here
                    """);
        }

        @Test
        void roundTripsThroughTheLoader() {
            NewScript script = new NewScript("3f2a9c1b7d4e", List.of("1a2b3c4d5e6f"), "add email to users",
                    List.of("shop", "billing"), List.of("9f8e7d6c5b4a", "core"), CREATED);
            Path file = writer.writeSql(script, temp);

            assertThat(loadSql(temp)).isEqualTo(new Revision("3f2a9c1b7d4e", List.of("1a2b3c4d5e6f"),
                    List.of("shop", "billing"), List.of("9f8e7d6c5b4a", "core"), "add email to users",
                    "2026-11-22T10:15:00Z", file.toAbsolutePath().toString()));
            SqlScript loaded = (SqlScript) ScriptLoader.load(List.of(temp.toString()), null, getClass().getClassLoader())
                    .get(0);
            assertThat(loaded.upgradeStatements()).isEmpty();
            assertThat(loaded.downgradeStatements()).isEmpty();
            assertThat(loaded.transactional()).isTrue();
        }

        @Test
        void baseAndMergeRoundTrip() {
            writer.writeSql(NewScript.of("base1", List.of(), "first", CREATED), temp.resolve("a"));
            assertThat(loadSql(temp.resolve("a")).revises()).isEmpty();
            writer.writeSql(NewScript.of("merge1", List.of("b1", "c2"), "merge heads", CREATED), temp.resolve("b"));
            assertThat(loadSql(temp.resolve("b")).revises()).containsExactly("b1", "c2");
        }

        @Test
        void newlinesInTheMessageCannotBreakTheHeader() {
            String message = "first line  \r\n  second -- migrate:upgrade\n-- migrate:revision evil\u2028x";
            writer.writeSql(NewScript.of("abc", List.of(), message, CREATED), temp);
            Revision revision = loadSql(temp);
            assertThat(revision.id()).isEqualTo("abc");
            assertThat(revision.message())
                    .isEqualTo("first line second -- migrate:upgrade -- migrate:revision evil x");
        }

        @Test
        void createdIsWholeSecondsInUtc() throws IOException {
            Path file = writer.writeSql(NewScript.of("abc", List.of(), "m", Instant.parse("2026-11-22T10:15:00.123456Z")),
                    temp);
            assertThat(Files.readString(file)).contains("-- migrate:created 2026-11-22T10:15:00Z\n");
        }

        @Test
        void refusesToOverwrite() throws IOException {
            Path file = writer.writeSql(ADD_EMAIL, temp);
            Files.writeString(file, "edited");
            assertThatThrownBy(() -> writer.writeSql(ADD_EMAIL, temp))
                    .isInstanceOf(MigrateException.class)
                    .hasMessageContaining("Script file " + file + " already exists; it was not overwritten");
            assertThat(Files.readString(file)).isEqualTo("edited");
        }

        @Test
        void idsAndLabelsMustBeSingleWords() {
            assertThatThrownBy(() -> writer.writeSql(NewScript.of("a b", List.of(), "m", CREATED), temp))
                    .isInstanceOf(MigrateException.class).hasMessageContaining("revision id 'a b' contains a space");
            assertThatThrownBy(() -> writer.writeSql(NewScript.of("a", List.of("b,c"), "m", CREATED), temp))
                    .isInstanceOf(MigrateException.class).hasMessageContaining("revises 'b,c'");
            assertThatThrownBy(() -> writer.writeSql(new NewScript("a", List.of(), "m", List.of("x\ny"), List.of(),
                    CREATED), temp)).isInstanceOf(MigrateException.class).hasMessageContaining("branch label");
            assertThatThrownBy(() -> writer.writeSql(new NewScript("a", List.of(), "m", List.of(), List.of(""),
                    CREATED), temp)).isInstanceOf(MigrateException.class).hasMessageContaining("depends-on");
            assertThat(temp).isEmptyDirectory();
        }

        @Test
        void fileNameThatIsNotAFileIsRefused() {
            assertThatThrownBy(() -> new ScriptWriter("{rev}").writeSql(NewScript.of("..", List.of(), "m", CREATED), temp))
                    .isInstanceOf(MigrateException.class).hasMessageContaining("unusable file name '...sql'");
        }
    }

    @Nested
    class Java {

        @Test
        void writesAnAnnotatedMigration() throws IOException {
            NewScript script = new NewScript("3f2a9c1b7d4e", List.of("1a2b3c4d5e6f", "0f0f"), "add email to users",
                    List.of("shop"), List.of("core"), CREATED);
            Path file = writer.write(script, ScriptFormat.JAVA, temp.resolve("db/migrations"), "db.migrations");

            assertThat(file).isEqualTo(temp.resolve("db/migrations/R3f2a9c1b7d4e_add_email_to_users.java"));
            assertThat(Files.readString(file)).isEqualTo("""
                    package db.migrations;

                    import dev.migrate.operations.Migration;
                    import dev.migrate.operations.Operations;
                    import dev.migrate.operations.Revision;

                    @Revision(
                            id = "3f2a9c1b7d4e",
                            revises = {"1a2b3c4d5e6f", "0f0f"},
                            message = "add email to users",
                            created = "2026-11-22T10:15:00Z",
                            branchLabels = {"shop"},
                            dependsOn = {"core"})
                    public class R3f2a9c1b7d4e_add_email_to_users implements Migration {

                        @Override
                        public void upgrade(Operations op) {
                        }

                        @Override
                        public void downgrade(Operations op) {
                        }
                    }
                    """);
        }

        @Test
        void compilesAndLoadsBackAsTheSameRevisionWhateverTheMessage() throws Exception {
            String message = "say \"hi\" \\ C:\\users\\u0041 */ tab\there\nnext line\r\u0001 caf\u00e9 \ud83d\ude00";
            NewScript script = new NewScript("ab12", List.of("base"), message, List.of("la\"bel"), List.of(), CREATED);
            Path sources = temp.resolve("src");
            Path file = writer.writeJava(script, sources.resolve("gen/migrations"), "gen.migrations");
            assertThat(Files.readString(file)).matches("[\\x00-\\x7F]*");

            Path classes = temp.resolve("classes");
            TestCompiler.compile(classes, List.of(file));
            try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    getClass().getClassLoader())) {
                List<Script> scripts = ScriptLoader.load(List.of("classpath:gen/migrations"), null, loader);
                assertThat(scripts).hasSize(1);
                assertThat(scripts.get(0).revision()).isEqualTo(new Revision("ab12", List.of("base"),
                        List.of("la\"bel"), List.of(), message, "2026-11-22T10:15:00Z",
                        "class gen.migrations.ab12_say_hi_c_users_u0041_tab_here_next_line_"));
                assertThat(((JavaScript) scripts.get(0)).instantiate()).isNotNull();
            }
        }

        @Test
        void baseRevisionInTheDefaultPackage() throws IOException {
            Path file = writer.writeJava(NewScript.of("Base1", List.of(), "start", CREATED), temp, "");
            String source = Files.readString(file);
            assertThat(source).startsWith("import dev.migrate.operations.Migration;");
            assertThat(source).doesNotContain("revises").doesNotContain("branchLabels").doesNotContain("dependsOn");
            assertThat(file.getFileName()).hasToString("Base1_start.java");
        }

        @Test
        void invalidPackageIsRefused() {
            assertThatThrownBy(() -> writer.writeJava(ADD_EMAIL, temp, "db.2migrations"))
                    .isInstanceOf(MigrateException.class)
                    .hasMessageContaining("'db.2migrations' is not a valid Java package name");
            assertThatThrownBy(() -> writer.writeJava(ADD_EMAIL, temp, "db..x")).isInstanceOf(MigrateException.class);
            assertThatThrownBy(() -> writer.writeJava(ADD_EMAIL, temp, "db.class")).isInstanceOf(MigrateException.class);
        }

        @Test
        void classNameClashingWithAnImportIsRefused() {
            assertThatThrownBy(() -> new ScriptWriter("{rev}").writeJava(NewScript.of("Migration", List.of(), "m",
                    CREATED), temp, "db")).isInstanceOf(MigrateException.class)
                    .hasMessageContaining("clashes with dev.migrate.operations.Migration");
        }

        @Test
        void refusesToOverwrite() {
            writer.writeJava(ADD_EMAIL, temp, "db");
            assertThatThrownBy(() -> writer.writeJava(ADD_EMAIL, temp, "db"))
                    .isInstanceOf(MigrateException.class).hasMessageContaining("already exists");
        }
    }

    @Test
    void formatNames() {
        assertThat(ScriptFormat.parse("java")).isEqualTo(ScriptFormat.JAVA);
        assertThat(ScriptFormat.parse(" SQL ")).isEqualTo(ScriptFormat.SQL);
        assertThatThrownBy(() -> ScriptFormat.parse("xml")).isInstanceOf(MigrateException.class)
                .hasMessage("Unknown script format 'xml'; use java or sql");
    }
}
