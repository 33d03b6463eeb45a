package dev.migrate.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuotingTest {

    private final Dialect sqlite = Dialects.forName("sqlite");
    private final Dialect postgres = Dialects.forName("postgresql");
    private final Dialect mysql = Dialects.forName("mysql");
    private final Dialect h2 = Dialects.forName("h2");

    @Test
    void plainLowerCaseNamesStayPlainEverywhere() {
        for (Dialect dialect : Dialects.all()) {
            assertThat(dialect.quoteIdentifier("migrate_version")).as(dialect.name()).isEqualTo("migrate_version");
            assertThat(dialect.quoteIdentifier("_t1")).as(dialect.name()).isEqualTo("_t1");
        }
    }

    @Test
    void reservedWordsAreQuotedInAnyCase() {
        assertThat(postgres.quoteIdentifier("order")).isEqualTo("\"order\"");
        assertThat(postgres.quoteIdentifier("user")).isEqualTo("\"user\"");
        assertThat(sqlite.quoteIdentifier("Select")).isEqualTo("\"Select\"");
        assertThat(sqlite.quoteIdentifier("transaction")).isEqualTo("\"transaction\"");
        assertThat(mysql.quoteIdentifier("order")).isEqualTo("`order`");
        assertThat(mysql.quoteIdentifier("rank")).isEqualTo("`rank`");
        assertThat(h2.quoteIdentifier("value")).isEqualTo("\"value\"");
        assertThat(h2.quoteIdentifier("year")).isEqualTo("\"year\"");
    }

    @Test
    void upperCaseIsQuotedOnlyWhereTheDatabaseFoldsNames() {
        assertThat(postgres.quoteIdentifier("MixedCase")).isEqualTo("\"MixedCase\"");
        assertThat(h2.quoteIdentifier("MixedCase")).isEqualTo("\"MixedCase\"");
        assertThat(sqlite.quoteIdentifier("MixedCase")).isEqualTo("MixedCase");
        assertThat(mysql.quoteIdentifier("MixedCase")).isEqualTo("MixedCase");
    }

    @Test
    void oddCharactersAreQuotedAndQuotesDoubled() {
        assertThat(postgres.quoteIdentifier("my versions")).isEqualTo("\"my versions\"");
        assertThat(postgres.quoteIdentifier("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(sqlite.quoteIdentifier("vérsion")).isEqualTo("\"vérsion\"");
        assertThat(h2.quoteIdentifier("1st")).isEqualTo("\"1st\"");
        assertThat(mysql.quoteIdentifier("a`b")).isEqualTo("`a``b`");
        assertThat(mysql.quoteIdentifier("a\"b")).isEqualTo("`a\"b`");
        assertThat(mysql.quoteIdentifier("x-y")).isEqualTo("`x-y`");
        assertThat(postgres.quoteIdentifier("s.t")).isEqualTo("\"s.t\"");
    }

    @Test
    void emptyOrNulIdentifiersAreRejected() {
        assertThatThrownBy(() -> postgres.quoteIdentifier("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> postgres.quoteIdentifier("a\0b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stringLiteralsEscapeQuotesAndMysqlBackslashes() {
        assertThat(postgres.stringLiteral("it's")).isEqualTo("'it''s'");
        assertThat(postgres.stringLiteral("a\\b")).isEqualTo("'a\\b'");
        assertThat(sqlite.stringLiteral("'; DROP TABLE x; --")).isEqualTo("'''; DROP TABLE x; --'");
        assertThat(mysql.stringLiteral("a\\'b")).isEqualTo("'a\\\\''b'");
        assertThat(h2.stringLiteral("")).isEqualTo("''");
    }

    @Test
    void versionTableDdlHasAlembicShapeWithWiderColumn() {
        assertThat(postgres.createVersionTable("migrate_version")).isEqualTo("""
                CREATE TABLE migrate_version (
                    version_num VARCHAR(255) NOT NULL,
                    CONSTRAINT migrate_version_pkc PRIMARY KEY (version_num)
                )""");
        assertThat(mysql.createVersionTable("My Versions")).isEqualTo("""
                CREATE TABLE `My Versions` (
                    version_num VARCHAR(255) NOT NULL,
                    CONSTRAINT `My Versions_pkc` PRIMARY KEY (version_num)
                )""");
    }

    @Test
    void offlineTransactionsOnlyWhereDdlIsTransactional() {
        assertThat(postgres.offlineBegin()).containsExactly("BEGIN");
        assertThat(sqlite.offlineCommit()).containsExactly("COMMIT");
        assertThat(mysql.offlineBegin()).isEmpty();
        assertThat(h2.offlineCommit()).isEmpty();
    }
}
