package dev.migrate.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every case here also fails on a splitter that cuts at each {@code ;} (either it splits inside a
 * quote, comment or block, or it keeps comments, or it gets a line number wrong).
 */
class SqlStatementSplitterTest {

    private static List<SqlStatement> split(String sql) {
        return SqlStatementSplitter.split(sql, 1, "test.sql");
    }

    private static SqlStatement st(String sql, int line) {
        return new SqlStatement(sql, line);
    }

    @Nested
    class LineNumbers {

        @Test
        void blankLinesBeforeAStatementCountInItsLine() {
            assertThat(split("SELECT 1;\n\n\nSELECT 2;\n"))
                    .containsExactly(st("SELECT 1", 1), st("SELECT 2", 4));
        }

        @Test
        void lineIsOffsetByTheSectionStart() {
            assertThat(SqlStatementSplitter.split("\nCREATE TABLE a (x INT);\nDROP TABLE b;", 7, "f.sql"))
                    .containsExactly(st("CREATE TABLE a (x INT)", 8), st("DROP TABLE b", 9));
        }

        @Test
        void multiLineStringsAdvanceTheLine() {
            assertThat(split("INSERT INTO t VALUES ('a\nb\nc');\nSELECT 2;"))
                    .containsExactly(st("INSERT INTO t VALUES ('a\nb\nc')", 1), st("SELECT 2", 4));
        }

        @Test
        void multiLineBlockCommentsAndDollarQuotesAdvanceTheLine() {
            String sql = "/* one\ntwo\n*/\nSELECT $$x\ny$$;\n\nSELECT 3;";
            assertThat(split(sql)).containsExactly(st("SELECT $$x\ny$$", 4), st("SELECT 3", 7));
        }

        @Test
        void statementStartsOnTheLineOfItsFirstTokenNotItsLeadingComment() {
            assertThat(split("SELECT 1; -- note\n-- create the table\n\nCREATE TABLE t (a INT);"))
                    .containsExactly(st("SELECT 1", 1), st("CREATE TABLE t (a INT)", 4));
        }

        @Test
        void severalStatementsOnOneLineShareIt() {
            assertThat(split("\nSELECT 1; SELECT 'a;b'; SELECT 3;"))
                    .containsExactly(st("SELECT 1", 2), st("SELECT 'a;b'", 2), st("SELECT 3", 2));
        }

        @Test
        void backslashNewlineInsideAnEscapeStringCountsAsALine() {
            assertThat(split("SELECT E'a\\\nb';\nSELECT 2;"))
                    .containsExactly(st("SELECT E'a\\\nb'", 1), st("SELECT 2", 3));
        }

        @Test
        void endIfConsumedAcrossANewlineStillCountsIt() {
            String sql = "CREATE PROCEDURE p() BEGIN IF a THEN SET b = 1; END\nIF; END;\nSELECT 2;";
            assertThat(split(sql)).extracting(SqlStatement::line).containsExactly(1, 3);
        }
    }

    @Nested
    class Quotes {

        @Test
        void semicolonInsideSingleQuotes() {
            assertThat(split("INSERT INTO t VALUES ('a;b');SELECT 2"))
                    .containsExactly(st("INSERT INTO t VALUES ('a;b')", 1), st("SELECT 2", 1));
        }

        @Test
        void doubledQuoteIsAnEscape() {
            assertThat(split("SELECT 'it''s; fine';SELECT 2"))
                    .containsExactly(st("SELECT 'it''s; fine'", 1), st("SELECT 2", 1));
        }

        @Test
        void backslashIsNotAnEscapeInAStandardString() {
            assertThat(split("SELECT 'C:\\';\nSELECT 'a;b';"))
                    .containsExactly(st("SELECT 'C:\\'", 1), st("SELECT 'a;b'", 2));
        }

        @Test
        void escapeStringHonoursBackslashes() {
            assertThat(split("SELECT E'it\\'s; \\\\';\nSELECT 2;"))
                    .containsExactly(st("SELECT E'it\\'s; \\\\'", 1), st("SELECT 2", 2));
        }

        @Test
        void lowerCaseEscapeStringPrefix() {
            assertThat(split("SELECT e'\\';';SELECT 2"))
                    .containsExactly(st("SELECT e'\\';'", 1), st("SELECT 2", 1));
        }

        @Test
        void aWordEndingInEIsNotAnEscapeStringPrefix() {
            // date'...' is a typed literal; its backslash is not an escape
            assertThat(split("SELECT date'2020\\';\nSELECT 'x;y';"))
                    .containsExactly(st("SELECT date'2020\\'", 1), st("SELECT 'x;y'", 2));
        }

        @Test
        void semicolonInsideDoubleQuotedIdentifierWithDoubledQuote() {
            assertThat(split("CREATE TABLE \"we;\"\"ird\" (a INT);SELECT 2"))
                    .containsExactly(st("CREATE TABLE \"we;\"\"ird\" (a INT)", 1), st("SELECT 2", 1));
        }

        @Test
        void semicolonInsideBacktickIdentifier() {
            assertThat(split("CREATE TABLE `a;b` (`c``;` INT);SELECT 2"))
                    .containsExactly(st("CREATE TABLE `a;b` (`c``;` INT)", 1), st("SELECT 2", 1));
        }

        @Test
        void commentMarkersInsideStringsAreText() {
            assertThat(split("SELECT '--;';\nSELECT '/*';\nSELECT '*/';"))
                    .containsExactly(st("SELECT '--;'", 1), st("SELECT '/*'", 2), st("SELECT '*/'", 3));
        }

        @Test
        void quotesInsideCommentsAreText() {
            assertThat(split("-- don't; stop\nSELECT 1; /* it's; */ SELECT \"2\";"))
                    .containsExactly(st("SELECT 1", 2), st("SELECT \"2\"", 2));
        }
    }

    @Nested
    class Comments {

        @Test
        void commentOnlyStatementsAreDropped() {
            assertThat(split("SELECT 1;\n-- just a comment\n;\n/* another */;\nSELECT 2;"))
                    .containsExactly(st("SELECT 1", 1), st("SELECT 2", 5));
        }

        @Test
        void trailingCommentAfterTheLastStatementIsDropped() {
            assertThat(split("SELECT 1;\n-- the end; really\n")).containsExactly(st("SELECT 1", 1));
        }

        @Test
        void commentsInsideAStatementAreKept() {
            assertThat(split("SELECT 1 -- one; two\n, /* three; */ 4;"))
                    .containsExactly(st("SELECT 1 -- one; two\n, /* three; */ 4", 1));
        }

        @Test
        void commentBetweenLastTokenAndSemicolonIsDropped() {
            assertThat(split("SELECT 1 -- trailing\n;\nSELECT 2;"))
                    .containsExactly(st("SELECT 1", 1), st("SELECT 2", 3));
        }

        @Test
        void blockCommentsNest() {
            assertThat(split("/* outer /* inner; */ still comment; */ SELECT 1;\nSELECT 2;"))
                    .containsExactly(st("SELECT 1", 1), st("SELECT 2", 2));
        }

        @Test
        void mysqlExecutableCommentIsAStatement() {
            assertThat(split("/*!40101 SET NAMES utf8mb4 */;\n/* plain */;\nSELECT 1;"))
                    .containsExactly(st("/*!40101 SET NAMES utf8mb4 */", 1), st("SELECT 1", 3));
        }

        @Test
        void hashIsNotAComment() {
            assertThat(split("SELECT '#';\nSELECT 1 # 2;"))
                    .containsExactly(st("SELECT '#'", 1), st("SELECT 1 # 2", 2));
        }
    }

    @Nested
    class DollarQuotes {

        @Test
        void plainDollarQuoteHidesSemicolons() {
            String function = "CREATE FUNCTION f() RETURNS int AS $$\nBEGIN\n  RETURN 1;\nEND;\n$$ LANGUAGE plpgsql";
            assertThat(split(function + ";\nSELECT f();"))
                    .containsExactly(st(function, 1), st("SELECT f()", 6));
        }

        @Test
        void taggedDollarQuoteMayContainOtherDollarQuotes() {
            String body = "DO $body$ BEGIN EXECUTE $$SELECT 1;$$; PERFORM 'x'; END $body$";
            assertThat(split(body + ";\nSELECT 2;")).containsExactly(st(body, 1), st("SELECT 2", 2));
        }

        @Test
        void positionalParameterIsNotADollarQuote() {
            assertThat(split("PREPARE p AS SELECT $1 + $2;\nSELECT 'x;y';"))
                    .containsExactly(st("PREPARE p AS SELECT $1 + $2", 1), st("SELECT 'x;y'", 2));
        }

        @Test
        void dollarInsideAnIdentifierIsNotADollarQuote() {
            assertThat(split("SELECT a$b$c FROM t$x;\nSELECT 'q;r';"))
                    .containsExactly(st("SELECT a$b$c FROM t$x", 1), st("SELECT 'q;r'", 2));
        }

        @Test
        void quotesInsideDollarQuotesAreText() {
            assertThat(split("SELECT $q$it's; \"odd$q$;\nSELECT 2;"))
                    .containsExactly(st("SELECT $q$it's; \"odd$q$", 1), st("SELECT 2", 2));
        }
    }

    @Nested
    class Blocks {

        @Test
        void sqliteTriggerBodyIsOneStatement() {
            String trigger = "CREATE TRIGGER t AFTER INSERT ON x BEGIN UPDATE y SET a = 1; INSERT INTO z VALUES (1); END";
            assertThat(split(trigger + ";\nSELECT 1;")).containsExactly(st(trigger, 1), st("SELECT 1", 2));
        }

        @Test
        void caseInsideATriggerBody() {
            String trigger = "CREATE TRIGGER check_a BEFORE INSERT ON x\nBEGIN\n"
                    + "  SELECT CASE WHEN NEW.a < 0 THEN RAISE(ABORT, 'negative') END;\n"
                    + "  UPDATE y SET n = CASE WHEN n IS NULL THEN 1 ELSE n + 1 END;\nEND";
            assertThat(split(trigger + ";\nSELECT 1;")).containsExactly(st(trigger, 1), st("SELECT 1", 6));
        }

        @Test
        void lowerCaseTemporaryTriggerWithIfNotExists() {
            String trigger = "create temp trigger if not exists t after delete on x begin delete from y; end";
            assertThat(split(trigger + ";select 1")).containsExactly(st(trigger, 1), st("select 1", 1));
        }

        @Test
        void mysqlTriggerWithEndIf() {
            String trigger = "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN\n"
                    + "  IF NEW.a < 0 THEN SET NEW.a = 0; END IF;\n  SET NEW.b = 1;\nEND";
            assertThat(split(trigger + ";\nSELECT 1;")).containsExactly(st(trigger, 1), st("SELECT 1", 5));
        }

        @Test
        void mysqlProcedureWithNestedBlocksLoopsAndEndCase() {
            String procedure = "CREATE PROCEDURE p(IN v INT)\nBEGIN\n"
                    + "  DECLARE i INT DEFAULT 0;\n"
                    + "  inner_block: BEGIN SET i = 1; END inner_block;\n"
                    + "  WHILE i < v DO SET i = i + 1; END WHILE;\n"
                    + "  REPEAT SET i = i - 1; UNTIL i = 0 END REPEAT;\n"
                    + "  l: LOOP LEAVE l; END LOOP;\n"
                    + "  CASE v WHEN 1 THEN SET i = 2; ELSE SET i = 3; END CASE;\n"
                    + "END";
            assertThat(split(procedure + ";\nCALL p(3);")).containsExactly(st(procedure, 1), st("CALL p(3)", 10));
        }

        @Test
        void postgresBeginAtomicBody() {
            String function = "CREATE FUNCTION add_one(a int) RETURNS int LANGUAGE sql\n"
                    + "BEGIN ATOMIC\n  SELECT a + 1;\nEND";
            assertThat(split(function + ";\nSELECT add_one(1);"))
                    .containsExactly(st(function, 1), st("SELECT add_one(1)", 5));
        }

        @Test
        void mariadbCompoundStatementOutsideARoutine() {
            String block = "BEGIN NOT ATOMIC\n  INSERT INTO t VALUES (1);\n  INSERT INTO t VALUES (2);\nEND";
            assertThat(split(block + ";\nSELECT 1;")).containsExactly(st(block, 1), st("SELECT 1", 5));
        }

        @Test
        void standaloneBeginIsAStatementNotABlock() {
            assertThat(split("BEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT;"))
                    .containsExactly(st("BEGIN", 1), st("INSERT INTO t VALUES (1)", 2), st("COMMIT", 3));
        }

        @Test
        void beginTransactionIsAStatementNotABlock() {
            assertThat(split("BEGIN TRANSACTION;\nUPDATE t SET a = 1;\nEND TRANSACTION;\nSELECT 1;"))
                    .containsExactly(st("BEGIN TRANSACTION", 1), st("UPDATE t SET a = 1", 2),
                            st("END TRANSACTION", 3), st("SELECT 1", 4));
        }

        @Test
        void triggerStateDoesNotLeakIntoTheNextStatement() {
            String trigger = "CREATE TRIGGER t AFTER INSERT ON x BEGIN DELETE FROM y; END";
            assertThat(split(trigger + ";\nBEGIN;\nINSERT INTO x VALUES (1);\nCOMMIT;"))
                    .containsExactly(st(trigger, 1), st("BEGIN", 2), st("INSERT INTO x VALUES (1)", 3), st("COMMIT", 4));
        }

        @Test
        void wordsContainingBeginOrEndAreNotKeywords() {
            String trigger = "CREATE TRIGGER t AFTER UPDATE OF begin_date ON x BEGIN UPDATE y SET weekend = 1,"
                    + " legend = 'END'; END";
            assertThat(split(trigger + ";\nSELECT 1;")).containsExactly(st(trigger, 1), st("SELECT 1", 2));
        }

        @Test
        void aTableNamedEventWithAColumnNamedBeginIsNoRoutine() {
            assertThat(split("CREATE TABLE event (begin INT, trigger_name TEXT);\nSELECT 1;"))
                    .containsExactly(st("CREATE TABLE event (begin INT, trigger_name TEXT)", 1), st("SELECT 1", 2));
        }

        @Test
        void modifiersAndDefinersBeforeTheRoutineWord() {
            String trigger = "CREATE DEFINER = admin@localhost TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN"
                    + " SET NEW.a = 1; END";
            String constraint = "create or replace aggregate function f() returns int begin return 1; end";
            assertThat(split(trigger + ";\n" + constraint + ";\nSELECT 1;"))
                    .containsExactly(st(trigger, 1), st(constraint, 2), st("SELECT 1", 3));
        }

        @Test
        void dropTriggerIsNotARoutine() {
            assertThat(split("DROP TRIGGER IF EXISTS t;\nBEGIN;\nSELECT 1;"))
                    .containsExactly(st("DROP TRIGGER IF EXISTS t", 1), st("BEGIN", 2), st("SELECT 1", 3));
        }

        @Test
        void caseExpressionOutsideABlock() {
            assertThat(split("SELECT CASE WHEN a THEN 1 END FROM t;\nSELECT 'x;y';"))
                    .containsExactly(st("SELECT CASE WHEN a THEN 1 END FROM t", 1), st("SELECT 'x;y'", 2));
        }

        @Test
        void postgresRuleWithSeveralActionsInParentheses() {
            String rule = "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))";
            assertThat(split(rule + ";\nSELECT 1;")).containsExactly(st(rule, 1), st("SELECT 1", 2));
        }

        @Test
        void plpgsqlDoBlockInDollarQuotes() {
            String block = "DO $$\nBEGIN\n  IF true THEN\n    RAISE NOTICE 'x;';\n  END IF;\nEND\n$$";
            assertThat(split(block + ";\nSELECT 1;")).containsExactly(st(block, 1), st("SELECT 1", 8));
        }
    }

    @Nested
    class Ends {

        @Test
        void lastStatementNeedsNoSemicolon() {
            assertThat(split("SELECT 1;\n\nSELECT 2\n")).containsExactly(st("SELECT 1", 1), st("SELECT 2", 3));
        }

        @Test
        void emptySemicolonsProduceNothing() {
            assertThat(split(";;\n;\nSELECT 1;;")).containsExactly(st("SELECT 1", 3));
        }

        @Test
        void emptyAndCommentOnlyTextGiveNoStatements() {
            assertThat(split("")).isEmpty();
            assertThat(split("  \n-- write the upgrade statements here, each ending with ;\n")).isEmpty();
        }
    }

    @Nested
    class Errors {

        @Test
        void unterminatedStringNamesItsLine() {
            assertThatThrownBy(() -> SqlStatementSplitter.split("SELECT 1;\nSELECT 'open;\nSELECT 2;", 5, "v/a.sql"))
                    .isInstanceOf(MigrateException.class)
                    .hasMessageContaining("v/a.sql, line 6")
                    .hasMessageContaining("string literal")
                    .hasMessageContaining("never closed");
        }

        @Test
        void unterminatedIdentifiers() {
            assertThatThrownBy(() -> split("SELECT \"a;\nSELECT 2;"))
                    .hasMessageContaining("test.sql, line 1").hasMessageContaining("quoted identifier");
            assertThatThrownBy(() -> split("SELECT 1;\nSELECT `a;"))
                    .hasMessageContaining("test.sql, line 2").hasMessageContaining("backtick identifier");
        }

        @Test
        void unterminatedBlockCommentMentionsNesting() {
            assertThatThrownBy(() -> split("SELECT 1;\n/* a /* b */\nSELECT 2;"))
                    .isInstanceOf(MigrateException.class)
                    .hasMessageContaining("line 2")
                    .hasMessageContaining("nest");
        }

        @Test
        void unterminatedDollarQuote() {
            assertThatThrownBy(() -> split("\nDO $fn$ BEGIN; END;"))
                    .isInstanceOf(MigrateException.class)
                    .hasMessageContaining("line 2")
                    .hasMessageContaining("$fn$");
        }

        @Test
        void triggerWithoutEnd() {
            assertThatThrownBy(() -> split("SELECT 1;\nCREATE TRIGGER t AFTER INSERT ON x\nBEGIN DELETE FROM y;"))
                    .isInstanceOf(MigrateException.class)
                    .hasMessageContaining("line 3")
                    .hasMessageContaining("no matching END");
        }

        @Test
        void unclosedParenthesis() {
            assertThatThrownBy(() -> split("SELECT 1;\nCREATE TABLE t (a INT;\nSELECT 2;"))
                    .isInstanceOf(MigrateException.class)
                    .hasMessageContaining("line 2")
                    .hasMessageContaining("parenthesis");
        }
    }

    @Test
    void largeInputSplitsInLinearTime() {
        StringBuilder sql = new StringBuilder();
        int count = 100_000;
        for (int i = 0; i < count; i++) {
            sql.append("INSERT INTO t VALUES (").append(i).append(", 'a;b', $$c;d$$); -- note ;\n");
        }
        sql.append("SELECT '").append("x".repeat(2_000_000)).append("';\n");
        sql.append("CREATE TRIGGER t AFTER INSERT ON x BEGIN ").append("SELECT CASE WHEN 1 THEN 2 END; ".repeat(50_000))
                .append("END;\n");
        List<SqlStatement> statements = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> split(sql.toString()));
        assertThat(statements).hasSize(count + 2);
        assertThat(statements.get(count - 1).line()).isEqualTo(count);
        assertThat(statements.get(count + 1).line()).isEqualTo(count + 2);
    }
}
