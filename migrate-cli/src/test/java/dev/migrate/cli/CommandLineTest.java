package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's output, files and errors, on SQLite files and without a database. */
class CommandLineTest {

    @TempDir
    Path dir;

    private List<String> common;

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        common = List.of("--url", "jdbc:sqlite:" + dir.resolve("app.db"), "--locations",
                "filesystem:" + dir.resolve("migrations"));
    }

    private CliRun run(String... args) {
        return CliRun.of(common, args);
    }

    private CliRun ok(String... args) {
        CliRun run = run(args);
        assertThat(run.status()).as(run.toString()).isZero();
        return run;
    }

    private void branchedGraph() {
        ok("revision", "-m", "create account", "--rev-id", "a1");
        ok("revision", "-m", "add email", "--rev-id", "a2");
        ok("revision", "-m", "create audit", "--rev-id", "b1", "--head", "a1", "--splice");
    }

    @Test
    void revisionWritesAnSqlScriptNamedByTheTemplateOnTheCurrentHead() throws Exception {
        ok("revision", "-m", "create account", "--rev-id", "a1");
        CliRun second = ok("revision", "-m", "Add e-mail, please!", "--rev-id", "a2");
        Path file = dir.resolve("migrations/a2_add_e_mail_please.sql");
        assertThat(second.out()).isEqualTo("Generating " + file.toAbsolutePath() + " ...  done\n");
        String text = Files.readString(file);
        assertThat(text).startsWith("-- migrate:revision a2\n-- migrate:revises a1\n-- migrate:message Add e-mail, please!\n")
                .contains("-- migrate:upgrade", "-- migrate:downgrade");
        assertThat(ok("heads").lines()).containsExactly("a2 (head)");
    }

    @Test
    void withoutAJpaModelAutogenerateSaysWhereItRunsAndCheckChecksTheScriptsOnly() throws Exception {
        ok("revision", "-m", "create account", "--rev-id", "a1");
        CliRun autogenerate = run("revision", "--autogenerate", "-m", "from the model");
        assertThat(autogenerate.status()).isEqualTo(255);
        assertThat(autogenerate.err()).startsWith("FAILED: Autogenerate needs the application's model: run it in the "
                + "Spring application's command mode");
        try (var files = Files.list(dir.resolve("migrations"))) {
            assertThat(files.count()).as("nothing written").isEqualTo(1);
        }
        CliRun rename = run("revision", "-m", "x", "--rename", "account=client");
        assertThat(rename.err()).contains("FAILED: --rename only applies to --autogenerate");
        assertThat(ok("check").lines()).containsExactly("No problems detected.");
    }

    @Test
    void theFirstRevisionOfANewProjectCreatesItsLocation() {
        Path fresh = dir.resolve("new-project/migrations");
        CliRun first = CliRun.of(List.of("--locations", "filesystem:" + fresh), "revision", "-m", "first", "--rev-id", "f1");
        assertThat(first.status()).as(first.toString()).isZero();
        assertThat(first.lines()).containsExactly("Creating directory " + fresh.toAbsolutePath() + " ...  done",
                "Generating " + fresh.resolve("f1_first.sql").toAbsolutePath() + " ...  done");
        CliRun heads = CliRun.of(List.of("--locations", "filesystem:" + fresh), "heads");
        assertThat(heads.lines()).containsExactly("f1 (head)");
        CliRun missing = CliRun.of(List.of("--locations", "filesystem:" + dir.resolve("nowhere")), "heads");
        assertThat(missing.status()).isEqualTo(MigrateCommand.FAILED);
        assertThat(missing.err()).startsWith("FAILED: Script location filesystem:").contains("does not exist");
    }

    @Test
    void branchesMergeAndHistoryPrintAsAlembicDoes() {
        branchedGraph();
        assertThat(ok("heads").lines()).containsExactly("a2 (head)", "b1 (head)");
        assertThat(ok("branches").lines()).containsExactly("a1 (branchpoint)", "   -> a2 (head)", "   -> b1 (head)", "");
        CliRun twoHeads = run("revision", "-m", "next");
        assertThat(twoHeads.status()).isEqualTo(MigrateCommand.FAILED);
        assertThat(twoHeads.err()).isEqualTo("FAILED: Multiple heads are present; please specify the head revision on "
                + "which the new revision should be based, or perform a merge.\n");
        CliRun upgradeHead = run("upgrade", "head");
        assertThat(upgradeHead.err()).contains("FAILED: Multiple head revisions are present for given argument 'head'; "
                + "please specify a specific target revision, '<branchname>@head' to narrow to a specific head, or "
                + "'heads' for all heads");
        assertThat(run("check").status()).isEqualTo(1);

        ok("merge", "heads", "-m", "merge account and audit", "--rev-id", "m1");
        assertThat(ok("heads").lines()).containsExactly("m1 (head)");
        assertThat(ok("history").lines()).containsExactly(
                "a2, b1 -> m1 (head) (mergepoint), merge account and audit",
                "a1 -> a2, add email",
                "a1 -> b1, create audit",
                "<base> -> a1 (branchpoint), create account");
        assertThat(ok("history", "-r", "a2:").lines()).containsExactly(
                "a2, b1 -> m1 (head) (mergepoint), merge account and audit", "a1 -> a2, add email");
        assertThat(ok("check").out()).isEqualTo("No problems detected.\n");
    }

    @Test
    void everySubcommandHasHelp() {
        for (String command : List.of("upgrade", "downgrade", "stamp", "current", "heads", "branches", "history", "show",
                "revision", "merge", "check", "validate")) {
            CliRun help = run(command, "--help");
            assertThat(help.status()).as(command).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: migrate " + command);
        }
    }

    @Test
    void newScriptsGoOnlyWhereTheyWillBeFound() {
        CliRun java = run("revision", "-m", "x", "--format", "java");
        assertThat(java.status()).isEqualTo(MigrateCommand.FAILED);
        assertThat(java.err()).contains("Java revisions are compiled classes found through a classpath: location");
        CliRun elsewhere = run("revision", "-m", "x", "--version-path", dir.resolve("elsewhere").toString());
        assertThat(elsewhere.status()).isEqualTo(MigrateCommand.FAILED);
        assertThat(elsewhere.err()).contains("is not represented in current version locations");
        CliRun dialect = CliRun.of(List.of("--url", "jdbc:sqlite:" + dir.resolve("d.db"), "--locations",
                "filesystem:" + dir.resolve("db/{dialect}")), "revision", "-m", "first", "--rev-id", "d1");
        assertThat(dialect.status()).as(dialect.toString()).isZero();
        assertThat(dir.resolve("db/sqlite/d1_first.sql")).exists();
    }

    @Test
    void historyOfARangeNotOnOneLineIsAClearError() {
        ok("revision", "-m", "a", "--rev-id", "acct0001");
        ok("revision", "-m", "b", "--rev-id", "acct0002");
        ok("revision", "-m", "s", "--rev-id", "shop0001", "--head", "base", "--branch-label", "shop");
        ok("revision", "-m", "s2", "--rev-id", "shop0002", "--head", "shop@head", "--depends-on", "acct0002");
        assertThat(ok("history").lines()).containsExactly("shop0001 (acct0002) -> shop0002 (shop) (head), s2",
                "<base> -> shop0001 (shop), s", "acct0001 -> acct0002 (effective head), b", "<base> -> acct0001, a");
        assertThat(run("history", "-r", "acct0002:shop0002").err()).isEqualTo("FAILED: Requested range "
                + "acct0002:shop0002 does not refer to ancestor/descendant revisions along the same branch\n");
        assertThat(ok("heads", "--resolve-dependencies").lines()).containsExactly("shop0002 (shop) (head)");
    }

    @Test
    void showPrintsTheVerboseBlock() {
        branchedGraph();
        String shown = ok("show", "a1").out();
        assertThat(shown).startsWith("Rev: a1 (branchpoint)\nParent: <base>\nBranches into: a2, b1\nPath: ")
                .contains("\n    create account\n", "    Revision ID: a1\n");
    }

    @Test
    void errorsAreOneFailedLineWithExit255() {
        branchedGraph();
        assertThat(run("upgrade", "a1:a2").err()).isEqualTo("FAILED: Range revision not allowed\n");
        assertThat(run("downgrade", "--sql", "base").err())
                .isEqualTo("FAILED: downgrade with --sql requires <fromrev>:<torev>\n");
        assertThat(run("stamp", "--sql", "--purge", "a1").err()).isEqualTo("FAILED: Can't use --purge with --sql mode\n");
        assertThat(run("history", "-r", "a1").err())
                .isEqualTo("FAILED: History range requires [start]:[end], [start]:, or :[end]\n");
        assertThat(run("upgrade", "zzzz9999").err()).isEqualTo("FAILED: Can't locate revision identified by 'zzzz9999'\n");
        CliRun existing = run("revision", "-m", "again", "--rev-id", "a2", "--head", "b1");
        assertThat(existing.status()).isEqualTo(MigrateCommand.FAILED);
        assertThat(existing.err()).startsWith("FAILED: Revision a2 already exists");
        assertThat(run("revision", "-m", "x", "--head", "a1").err()).isEqualTo(
                "FAILED: Revision a1 is not a head revision; please specify --splice to create a new branch from this "
                        + "revision\n");
        assertThat(run("revision", "-m", "x", "--rev-id", "a-b", "--head", "a2").err())
                .isEqualTo("FAILED: Character(s) '-' not allowed in revision identifier 'a-b'\n");
        assertThat(run("upgrade", "a2+5").err()).isEqualTo("FAILED: Relative revision a2+5 didn't produce 5 migrations\n");
        assertThat(run("upgrade", "a1+1").err()).as("a walk across a branch point").startsWith("FAILED: Ambiguous walk (the relative target crosses a branch point");
    }

    @Test
    void ambiguousPrefixesAreShownNotHidden() throws Exception {
        ok("revision", "-m", "one", "--rev-id", "cccc3331");
        ok("revision", "-m", "two", "--rev-id", "cccc3332", "--head", "base");
        assertThat(run("show", "cccc").err())
                .isEqualTo("FAILED: Multiple revisions start with 'cccc': 'cccc3331', 'cccc3332'...\n");
        assertThat(ok("show", "cccc3332").out()).startsWith("Rev: cccc3332 (head)");
    }

    @Test
    void checkReportsBrokenGraphsAndMisnamedFiles() throws Exception {
        ok("revision", "-m", "create account", "--rev-id", "a1");
        Files.writeString(dir.resolve("migrations/zz_orphan.sql"),
                "-- migrate:revision zz\n-- migrate:revises nothere\n\n-- migrate:upgrade\nSELECT 1;\n");
        CliRun check = run("check");
        assertThat(check.status()).isEqualTo(1);
        assertThat(check.out()).contains("Revision nothere referenced from zz").contains("1 problem detected.");
        Files.delete(dir.resolve("migrations/zz_orphan.sql"));
        Files.writeString(dir.resolve("migrations/b1_broken.sql"), "-- migrate:revision b1\n-- migrate:revises a1\n\n"
                + "-- migrate:upgrade\nINSERT INTO t VALUES ('unclosed);\n");
        CliRun unclosed = run("check");
        assertThat(unclosed.status()).isEqualTo(1);
        assertThat(unclosed.out()).contains("b1_broken.sql, line 5").contains("never closed");
        Files.delete(dir.resolve("migrations/b1_broken.sql"));
        Files.move(dir.resolve("migrations/a1_create_account.sql"), dir.resolve("migrations/renamed.sql"));
        CliRun misnamed = run("check");
        assertThat(misnamed.status()).isEqualTo(1);
        assertThat(misnamed.out()).contains("renamed.sql").contains("a1");
    }

    @Test
    void offlineSqlHoldsTheStatementsAndVersionRows() throws Exception {
        ok("revision", "-m", "create account", "--rev-id", "a1");
        Path file = dir.resolve("migrations/a1_create_account.sql");
        Files.writeString(file, Files.readString(file)
                .replace("-- write the upgrade statements here, each ending with ;", "CREATE TABLE account (id INTEGER);")
                .replace("-- write the statements that undo the upgrade here", "DROP TABLE account;"));
        ok("revision", "-m", "second", "--rev-id", "a2");
        String fromBase = ok("upgrade", "--sql", "head").out();
        assertThat(fromBase).contains("CREATE TABLE migrate_version", "CREATE TABLE account (id INTEGER);",
                "-- Running upgrade  -> a1, create account", "INSERT INTO migrate_version (version_num) VALUES ('a1');",
                "UPDATE migrate_version SET version_num='a2' WHERE migrate_version.version_num = 'a1';");
        assertThat(fromBase.indexOf("CREATE TABLE account")).isLessThan(fromBase.indexOf("VALUES ('a1')"));
        String fromA1 = ok("upgrade", "--sql", "a1:a2").out();
        assertThat(fromA1).doesNotContain("CREATE TABLE migrate_version").doesNotContain("CREATE TABLE account")
                .contains("-- Running upgrade a1 -> a2, second");
        String down = ok("downgrade", "--sql", "a2:base").out();
        assertThat(down).contains("DROP TABLE account;", "DELETE FROM migrate_version WHERE migrate_version.version_num = 'a1';");
        assertThat(Files.exists(dir.resolve("app.db")) && Files.size(dir.resolve("app.db")) > 0)
                .as("offline mode does not touch the database").isFalse();
    }

    @Test
    void javaAndSqlRevisionsRunTogetherFromTheClasspath() throws Exception {
        List<String> classpath = List.of("--url", "jdbc:sqlite:" + dir.resolve("app.db"), "--locations",
                "classpath:dev/migrate/cli/fixtures/mixed");
        CliRun heads = CliRun.of(classpath, "history");
        assertThat(heads.lines()).containsExactly("aa01 -> bb02 (head), seed notes", "<base> -> aa01, create note");
        assertThat(CliRun.of(classpath, "upgrade", "head").status()).isZero();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
                ResultSet result = connection.createStatement().executeQuery("SELECT COUNT(*) FROM note")) {
            result.next();
            assertThat(result.getInt(1)).isEqualTo(3);
        }
        assertThat(CliRun.of(classpath, "downgrade", "aa01").status()).isZero();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
                ResultSet result = connection.createStatement().executeQuery("SELECT COUNT(*) FROM note")) {
            result.next();
            assertThat(result.getInt(1)).isZero();
        }
        CliRun offline = CliRun.of(classpath, "upgrade", "--sql", "head");
        assertThat(offline.status()).isEqualTo(MigrateCommand.FAILED);
        assertThat(offline.err()).contains("bb02").contains("--sql");
    }
}
