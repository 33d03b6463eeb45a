package dev.migrate.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import dev.migrate.revision.Revision;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SqlScriptParserTest {

    private static final String FULL = """
            -- migrate:revision 3f2a9c1b7d4e
            -- migrate:revises 1a2b3c4d5e6f
            -- migrate:message add email to users
            -- migrate:created 2026-11-22T10:15:00Z
            -- migrate:branch-labels shop, billing
            -- migrate:depends-on 9f8e7d6c5b4a
            -- migrate:transactional false

            -- migrate:upgrade
            ALTER TABLE users ADD COLUMN email VARCHAR(255);

            -- migrate:downgrade
            ALTER TABLE users DROP COLUMN email;
            """;

    private static SqlScript parse(String text) {
        return SqlScriptParser.parse("db/x.sql", text);
    }

    private static String withUpgrade(String headers) {
        return headers + "-- migrate:upgrade\nSELECT 1;\n";
    }

    @Test
    void readsEveryHeaderAndBothSections() {
        SqlScript script = parse(FULL);

        assertThat(script.revision()).isEqualTo(new Revision("3f2a9c1b7d4e", List.of("1a2b3c4d5e6f"),
                List.of("shop", "billing"), List.of("9f8e7d6c5b4a"), "add email to users", "2026-11-22T10:15:00Z",
                "db/x.sql"));
        assertThat(script.path()).isEqualTo("db/x.sql");
        assertThat(script.transactional()).isFalse();
        assertThat(script.upgradeLine()).isEqualTo(10);
        assertThat(script.downgradeLine()).isEqualTo(13);
        assertThat(script.upgradeSql()).isEqualTo("ALTER TABLE users ADD COLUMN email VARCHAR(255);\n\n");
        assertThat(script.downgradeSql()).isEqualTo("ALTER TABLE users DROP COLUMN email;\n");
        assertThat(script.upgradeStatements())
                .containsExactly(new SqlStatement("ALTER TABLE users ADD COLUMN email VARCHAR(255)", 10));
        assertThat(script.downgradeStatements())
                .containsExactly(new SqlStatement("ALTER TABLE users DROP COLUMN email", 13));
    }

    @Test
    void optionalHeadersHaveDefaults() {
        SqlScript script = parse("-- migrate:revision abc\n-- migrate:upgrade\nSELECT 1;");

        assertThat(script.revision()).isEqualTo(new Revision("abc", List.of(), List.of(), List.of(), "", null,
                "db/x.sql"));
        assertThat(script.transactional()).isTrue();
        assertThat(script.downgradeSql()).isEmpty();
        assertThat(script.downgradeLine()).isZero();
        assertThat(script.downgradeStatements()).isEmpty();
        assertThat(script.upgradeStatements()).containsExactly(new SqlStatement("SELECT 1", 3));
    }

    @Test
    void severalParentsMakeAMergePointWhateverTheSeparators() {
        SqlScript script = parse(withUpgrade("-- migrate:revision m\n-- migrate:revises a1,b2 ,  c3   d4\n"));
        assertThat(script.revision().revises()).containsExactly("a1", "b2", "c3", "d4");
    }

    @Test
    void emptyRevisesMeansBase() {
        assertThat(parse(withUpgrade("-- migrate:revision m\n-- migrate:revises\n")).revision().revises()).isEmpty();
    }

    @Test
    void commentsBlankLinesAndBlockCommentsMaySitAmongHeaders() {
        SqlScript script = parse("""
                -- Adds the email column.
                -- migrate:revision abc

                /* a block comment
                -- migrate:message commented out, so not a header
                */
                --migrate:message   spaced   out
                /* one-line block */
                -- migrate:upgrade
                SELECT 1;
                """);
        assertThat(script.revision().message()).isEqualTo("spaced   out");
        assertThat(script.upgradeLine()).isEqualTo(10);
    }

    @Test
    void prefixAndKeysAreCaseInsensitive() {
        SqlScript script = parse("-- Migrate:REVISION abc\n-- MIGRATE:Transactional FALSE\n-- migrate:Upgrade\nSELECT 1;");
        assertThat(script.revision().id()).isEqualTo("abc");
        assertThat(script.transactional()).isFalse();
    }

    @Test
    void sectionsMayBeEmptyOrHoldOnlyComments() {
        SqlScript script = parse("-- migrate:revision abc\n-- migrate:upgrade\n-- nothing yet\n-- migrate:downgrade");
        assertThat(script.upgradeStatements()).isEmpty();
        assertThat(script.downgradeLine()).isEqualTo(5);
        assertThat(script.downgradeSql()).isEmpty();
    }

    @Test
    void statementErrorsNameTheFileAndItsLine() {
        SqlScript script = parse("-- migrate:revision abc\n\n-- migrate:upgrade\nSELECT 1;\nSELECT 'open;\n");
        assertThatThrownBy(script::upgradeStatements)
                .isInstanceOf(MigrateException.class)
                .hasMessageStartingWith("db/x.sql, line 5: ");
    }

    @Test
    void lineNumbersCountFromTheFileWithWindowsLineEnds() {
        SqlScript script = SqlScriptParser.parse("w.sql", ("-- migrate:revision a\r\n\r\n-- migrate:upgrade\r\n\r\n"
                + "SELECT 1;\r\n-- migrate:downgrade\r\nSELECT 2;\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(script.upgradeStatements()).containsExactly(new SqlStatement("SELECT 1", 5));
        assertThat(script.downgradeStatements()).containsExactly(new SqlStatement("SELECT 2", 7));
    }

    @Nested
    class Errors {

        private void assertError(String text, String... parts) {
            assertThatThrownBy(() -> parse(text)).isInstanceOf(MigrateException.class).hasMessageContainingAll(parts);
        }

        @Test
        void missingRevision() {
            assertError("-- migrate:message x\n\n-- migrate:upgrade\nSELECT 1;",
                    "db/x.sql, line 3:", "no '-- migrate:revision' header", "add '-- migrate:revision <id>'");
        }

        @Test
        void emptyRevisionId() {
            assertError(withUpgrade("-- migrate:revision   \n"), "db/x.sql, line 1:", "'migrate:revision' has no value",
                    "write the revision id");
        }

        @Test
        void unknownHeaderSuggestsTheClosestAndListsTheValidOnes() {
            assertError(withUpgrade("-- migrate:revision a\n-- migrate:revison b\n"),
                    "db/x.sql, line 2:", "unknown header 'migrate:revison'", "did you mean 'migrate:revision'?",
                    "migrate:revises", "migrate:branch-labels", "migrate:depends-on", "migrate:transactional",
                    "'-- migrate:upgrade'");
        }

        @Test
        void unknownHeaderFarFromEveryKeyStillListsThem() {
            assertThatThrownBy(() -> parse(withUpgrade("-- migrate:revision a\n-- migrate:author me\n")))
                    .hasMessageContaining("line 2: unknown header 'migrate:author'; valid headers are")
                    .hasMessageNotContaining("did you mean");
        }

        @Test
        void headerGivenTwice() {
            assertError(withUpgrade("-- migrate:revision a\n-- migrate:message one\n\n-- migrate:message two\n"),
                    "db/x.sql, line 4:", "header 'migrate:message' given twice (first on line 2)", "keep only one");
        }

        @Test
        void noUpgradeSection() {
            assertError("-- migrate:revision a\n-- migrate:message x\nSELECT 1;\n", "db/x.sql, line 3:",
                    "SQL before '-- migrate:upgrade'");
            assertError("-- migrate:revision a\n-- migrate:message x\n", "db/x.sql, line 3:",
                    "without a '-- migrate:upgrade' line", "add '-- migrate:upgrade' after the headers");
        }

        @Test
        void upgradeTwice() {
            assertError("-- migrate:revision a\n-- migrate:upgrade\nSELECT 1;\n-- migrate:upgrade\n",
                    "db/x.sql, line 4:", "'-- migrate:upgrade' appears twice (first on line 2)");
        }

        @Test
        void downgradeTwice() {
            assertError("-- migrate:revision a\n-- migrate:upgrade\n-- migrate:downgrade\n\n-- migrate:downgrade\n",
                    "db/x.sql, line 5:", "'-- migrate:downgrade' appears twice (first on line 3)");
        }

        @Test
        void downgradeBeforeUpgrade() {
            assertError("-- migrate:revision a\n-- migrate:downgrade\n-- migrate:upgrade\n",
                    "db/x.sql, line 2:", "'-- migrate:downgrade' comes before '-- migrate:upgrade'");
        }

        @Test
        void nonBooleanTransactional() {
            assertError(withUpgrade("-- migrate:revision a\n-- migrate:transactional no\n"), "db/x.sql, line 2:",
                    "'migrate:transactional' must be true or false, not 'no'");
        }

        @Test
        void headerAfterTheUpgradeMarker() {
            assertError("-- migrate:revision a\n-- migrate:upgrade\n-- migrate:message late\n",
                    "db/x.sql, line 3:", "header 'migrate:message' after '-- migrate:upgrade' (line 2)", "move it above");
        }

        @Test
        void sectionMarkerWithTextAfterIt() {
            assertError("-- migrate:revision a\n-- migrate:upgrade CREATE TABLE t (a INT);\n", "db/x.sql, line 2:",
                    "'-- migrate:upgrade' is followed by 'CREATE TABLE t (a INT);'");
        }

        @Test
        void textAfterABlockCommentAmongHeaders() {
            assertError("-- migrate:revision a\n/* c */ SELECT 1;\n-- migrate:upgrade\n", "db/x.sql, line 2:",
                    "text after '*/'");
        }

        @Test
        void notUtf8() {
            byte[] latin1 = "-- migrate:revision a\n-- migrate:message caf\u00e9\n-- migrate:upgrade\n"
                    .getBytes(StandardCharsets.ISO_8859_1);
            assertThatThrownBy(() -> SqlScriptParser.parse("db/l.sql", latin1))
                    .isInstanceOf(MigrateException.class)
                    .hasMessageContainingAll("db/l.sql", "not valid UTF-8", "save it with UTF-8 encoding");
        }
    }

    @Nested
    class Checksums {

        @Test
        void isLowerCaseHexSha256OfTheNormalisedText() {
            // sha256sum of the LF file, computed outside Java
            byte[] crlf = "-- migrate:revision a\r\n-- migrate:upgrade\r\nSELECT 1;\r\n".getBytes(StandardCharsets.UTF_8);
            assertThat(SqlScriptParser.parse("a.sql", crlf).sha256())
                    .isEqualTo("8fda13457446b26cd9ab7de1f15f1f780f4822424c8aec939a12ac5ba784cf14");
        }

        @Test
        void crlfCrAndBomGiveTheSameChecksum() {
            String lf = "-- migrate:revision a\n-- migrate:upgrade\nSELECT 1;\n";
            String crlf = lf.replace("\n", "\r\n");
            String cr = lf.replace("\n", "\r");
            byte[] bom = ("\uFEFF" + crlf).getBytes(StandardCharsets.UTF_8);

            String expected = SqlScriptParser.parse("a.sql", lf.getBytes(StandardCharsets.UTF_8)).sha256();
            assertThat(SqlScriptParser.parse("b.sql", crlf.getBytes(StandardCharsets.UTF_8)).sha256()).isEqualTo(expected);
            assertThat(SqlScriptParser.parse("c.sql", cr.getBytes(StandardCharsets.UTF_8)).sha256()).isEqualTo(expected);
            assertThat(SqlScriptParser.parse("d.sql", bom).sha256()).isEqualTo(expected);
            assertThat(SqlScriptParser.parse("d.sql", bom).checksum()).contains(expected);
        }

        @Test
        void anyOtherChangeChangesIt() {
            String a = SqlScriptParser.parse("a.sql", "-- migrate:revision a\n-- migrate:upgrade\nSELECT 1;\n").sha256();
            String b = SqlScriptParser.parse("a.sql", "-- migrate:revision a\n-- migrate:upgrade\nSELECT 1; \n").sha256();
            assertThat(a).isNotEqualTo(b);
        }
    }
}
