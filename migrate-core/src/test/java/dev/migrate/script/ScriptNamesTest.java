package dev.migrate.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import dev.migrate.revision.Revision;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptNamesTest {

    private static SqlScript sql(String path, String id, String message, String created) {
        return SqlScriptParser.parse(path, "-- migrate:revision " + id + "\n-- migrate:message " + message
                + (created == null ? "" : "\n-- migrate:created " + created) + "\n-- migrate:upgrade\n");
    }

    private static JavaScript java(String className, String id, String message) {
        Revision revision = new Revision(id, List.of(), List.of(), List.of(), message, "2026-11-22T10:15:00Z",
                "class " + className);
        return new JavaScript(revision, className, ScriptNamesTest.class.getClassLoader(), true);
    }

    @Test
    void sqlFileContainingItsRevisionMatches() {
        assertThat(ScriptNames.checkName(sql("/db/3f2a9c1b7d4e_add_email.sql", "3f2a9c1b7d4e", "add email", null),
                "{rev}_{slug}")).isEmpty();
        // the slug may have drifted from the message: only the revision id is checked
        assertThat(ScriptNames.checkName(sql("db\\abc_old_words.sql", "abc", "new words", null), "{rev}_{slug}"))
                .isEmpty();
    }

    @Test
    void sqlFileWithoutItsRevisionIsReportedWithTheExpectedName() {
        SqlScript script = sql("/db/migrations/1111_add_email.sql", "3f2a9c1b7d4e", "add email", null);
        assertThat(ScriptNames.checkName(script, "{rev}_{slug}")).contains("/db/migrations/1111_add_email.sql"
                + " declares revision 3f2a9c1b7d4e but its file name '1111_add_email' does not contain it;"
                + " rename it to '3f2a9c1b7d4e_add_email.sql' (file template {rev}_{slug}) or correct the revision id");
    }

    @Test
    void onlyTheFileNameIsCheckedNotItsDirectory() {
        SqlScript script = sql("/db/abc/other.sql", "abc", "m", null);
        assertThat(ScriptNames.checkName(script, "{rev}_{slug}")).isPresent();
    }

    @Test
    void expectedNameUsesTheCreationTimeWhenTheTemplateDoes() {
        SqlScript dated = sql("/db/x.sql", "abc", "add users", "2026-03-04T05:06:07Z");
        assertThat(ScriptNames.checkName(dated, "{year}{month}{day}_{rev}_{slug}").orElseThrow())
                .contains("rename it to '20260304_abc_add_users.sql'");
        SqlScript undated = sql("/db/x.sql", "abc", "add users", "last tuesday");
        assertThat(ScriptNames.checkName(undated, "{year}_{rev}").orElseThrow())
                .contains("rename it to '{year}_abc.sql'");
    }

    @Test
    void javaClassIsComparedByItsSimpleName() {
        assertThat(ScriptNames.checkName(java("db.migrations.R3f2a9c1b7d4e_add_email", "3f2a9c1b7d4e", "add email"),
                "{rev}_{slug}")).isEmpty();
        assertThat(ScriptNames.checkName(java("db.abc.AddEmail", "abc", "add email"), "{rev}_{slug}").orElseThrow())
                .isEqualTo("class db.abc.AddEmail declares revision abc but its class name 'AddEmail' does not"
                        + " contain it; rename it to 'abc_add_email' (file template {rev}_{slug}) or correct the"
                        + " revision id");
        assertThat(ScriptNames.checkName(java("db.AddEmail", "3f2a", "add email"), "{rev}-{slug}").orElseThrow())
                .contains("rename it to 'R3f2a_add_email'");
    }

    @Test
    void templateWithoutRevAcceptsAnyName() {
        assertThat(ScriptNames.checkName(sql("/db/whatever.sql", "abc", "m", null), "{year}_{slug}")).isEmpty();
        assertThat(ScriptNames.checkName(java("db.Whatever", "abc", "m"), "{slug}")).isEmpty();
    }

    @Test
    void invalidTemplateIsAnError() {
        assertThatThrownBy(() -> ScriptNames.checkName(sql("/db/a.sql", "a", "m", null), "{revision}"))
                .isInstanceOf(MigrateException.class).hasMessageContaining("unknown token {revision}");
    }
}
