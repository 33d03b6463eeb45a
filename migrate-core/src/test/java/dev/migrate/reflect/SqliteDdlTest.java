package dev.migrate.reflect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.reflect.SqliteDdl.ColumnDef;
import dev.migrate.reflect.SqliteDdl.Constraint;
import dev.migrate.reflect.SqliteDdl.CreateIndex;
import dev.migrate.reflect.SqliteDdl.CreateTable;
import dev.migrate.reflect.SqliteDdl.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteDdlTest {

    private static final String ODD = """
            CREATE TABLE IF NOT EXISTS main."my ""odd"" table" ( -- a comment with a ) and a ,
              [id] INTEGER /* the key, "quoted" */ PRIMARY KEY AUTOINCREMENT,
              `na,me` varchar(10) COLLATE NOCASE NOT NULL DEFAULT 'a,b (c)' CHECK (length(`na,me`) > 0),
              'str col' "my type" (10, 2),
              amount NUMERIC(10,2) CONSTRAINT "ck amount" CHECK (amount >= 0 AND amount < (100 * (2 + 1))),
              parent_id INT REFERENCES "my ""odd"" table"(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
              neg DEFAULT -1.5e3,
              g AS (amount * 2) STORED,
              CONSTRAINT uq_pair UNIQUE (`na,me` COLLATE NOCASE, amount DESC) ON CONFLICT REPLACE,
              CHECK (amount <> 13 /* unlucky ) */) -- unnamed, and no comma follows:
              FOREIGN KEY (parent_id, amount) REFERENCES other(x, "y") ON UPDATE SET NULL NOT DEFERRABLE
            ) WITHOUT ROWID, STRICT""";

    @Test
    void columnsKeepNamesTypesAndTheirExactText() {
        CreateTable table = SqliteDdl.parseCreateTable(ODD);

        assertThat(table.name()).isEqualTo("my \"odd\" table");
        assertThat(table.columns()).extracting(ColumnDef::name)
                .containsExactly("id", "na,me", "str col", "amount", "parent_id", "neg", "g");
        assertThat(table.columns()).extracting(ColumnDef::typeSql)
                .containsExactly("INTEGER", "varchar(10)", "\"my type\" (10, 2)", "NUMERIC(10,2)", "INT", "", "");
        assertThat(table.column("ID").sql()).isEqualTo("[id] INTEGER /* the key, \"quoted\" */ PRIMARY KEY AUTOINCREMENT");
        assertThat(table.column("na,me").nameSql()).isEqualTo("`na,me`");
        assertThat(table.options()).containsExactly("WITHOUT ROWID", "STRICT");
        assertThat(table.withoutRowid()).isTrue();
    }

    @Test
    void columnConstraintsAreTypedAndKeepTheirText() {
        CreateTable table = SqliteDdl.parseCreateTable(ODD);

        Constraint pk = table.column("id").constraint(Kind.PRIMARY_KEY);
        assertThat(pk.autoincrement()).isTrue();
        ColumnDef name = table.column("na,me");
        assertThat(name.constraints()).extracting(Constraint::kind)
                .containsExactly(Kind.COLLATE, Kind.NOT_NULL, Kind.DEFAULT, Kind.CHECK);
        assertThat(name.constraint(Kind.COLLATE).expression()).isEqualTo("NOCASE");
        assertThat(name.constraint(Kind.DEFAULT).expression()).isEqualTo("'a,b (c)'");
        assertThat(name.constraint(Kind.DEFAULT).sql()).isEqualTo("DEFAULT 'a,b (c)'");
        assertThat(table.column("na,me").constraints()).extracting(Constraint::sql).containsExactly(
                "COLLATE NOCASE", "NOT NULL", "DEFAULT 'a,b (c)'", "CHECK (length(`na,me`) > 0)");
        assertThat(name.constraint(Kind.CHECK).expression()).isEqualTo("length(`na,me`) > 0");
        assertThat(name.constraint(Kind.CHECK).name()).isNull();

        Constraint named = table.column("amount").constraint(Kind.CHECK);
        assertThat(named.name()).isEqualTo("ck amount");
        assertThat(named.sql()).isEqualTo("CONSTRAINT \"ck amount\" CHECK (amount >= 0 AND amount < (100 * (2 + 1)))");
        assertThat(named.expression()).isEqualTo("amount >= 0 AND amount < (100 * (2 + 1))");

        Constraint reference = table.column("parent_id").constraint(Kind.FOREIGN_KEY);
        assertThat(reference.reference().table()).isEqualTo("my \"odd\" table");
        assertThat(reference.reference().columns()).containsExactly("id");
        assertThat(reference.reference().onDelete()).isEqualTo("CASCADE");
        assertThat(reference.reference().onUpdate()).isNull();
        assertThat(reference.reference().deferrable()).isTrue();
        assertThat(reference.reference().initially()).isEqualTo("DEFERRED");

        assertThat(table.column("neg").constraint(Kind.DEFAULT).expression()).isEqualTo("-1.5e3");
        assertThat(table.column("neg").constraint(Kind.DEFAULT).sql()).isEqualTo("DEFAULT -1.5e3");
        assertThat(table.column("parent_id").constraint(Kind.FOREIGN_KEY).sql()).isEqualTo(
                "REFERENCES \"my \"\"odd\"\" table\"(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED");
        assertThat(table.column("g").constraint(Kind.GENERATED).sql()).isEqualTo("AS (amount * 2) STORED");
        Constraint generated = table.column("g").constraint(Kind.GENERATED);
        assertThat(generated.expression()).isEqualTo("amount * 2");
        assertThat(generated.stored()).isTrue();
    }

    @Test
    void tableConstraintsNamedAndUnnamedWithOrWithoutCommas() {
        CreateTable table = SqliteDdl.parseCreateTable(ODD);

        assertThat(table.constraints()).extracting(Constraint::kind)
                .containsExactly(Kind.UNIQUE, Kind.CHECK, Kind.FOREIGN_KEY);
        Constraint unique = table.constraints().get(0);
        assertThat(unique.name()).isEqualTo("uq_pair");
        assertThat(unique.columns()).containsExactly("na,me", "amount");
        assertThat(unique.sql()).endsWith("ON CONFLICT REPLACE");
        Constraint check = table.constraints().get(1);
        assertThat(check.name()).isNull();
        assertThat(check.expression()).isEqualTo("amount <> 13 /* unlucky ) */");
        Constraint foreign = table.constraints().get(2);
        assertThat(foreign.columns()).containsExactly("parent_id", "amount");
        assertThat(foreign.reference().columns()).containsExactly("x", "y");
        assertThat(foreign.reference().onUpdate()).isEqualTo("SET NULL");
        assertThat(foreign.reference().deferrable()).isFalse();
        assertThat(foreign.mentionedColumns("t")).containsExactly("parent_id", "amount");
    }

    @Test
    void oddButValidSqlite() {
        CreateTable table = SqliteDdl.parseCreateTable(
                "create temp table t(a int constraint lonely, b, c integer, "
                        + "d text not null on conflict ignore unique on conflict fail, primary key(c autoincrement))");

        assertThat(table.column("a").constraints()).extracting(Constraint::kind).containsExactly(Kind.NAME_ONLY);
        assertThat(table.column("b").typeSql()).isEmpty();
        assertThat(table.constraints().get(0).autoincrement()).isTrue();
        assertThat(table.constraints().get(0).columns()).containsExactly("c");
        assertThat(table.column("d").constraints()).extracting(Constraint::sql)
                .containsExactly("not null on conflict ignore", "unique on conflict fail");
        assertThat(table.options()).isEmpty();
    }

    @Test
    void brokenOrUnsupportedStatementsAreRejectedWithTheOffset() {
        assertThatThrownBy(() -> SqliteDdl.parseCreateTable("CREATE TABLE t(a TEXT DEFAULT 'x)"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unterminated string literal");
        assertThatThrownBy(() -> SqliteDdl.parseCreateTable("CREATE VIRTUAL TABLE f USING fts5(body)"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("virtual table");
        assertThatThrownBy(() -> SqliteDdl.parseCreateTable("CREATE TABLE t(a INT, CHECK (a > 0), b INT)"))
                .hasMessageContaining("a column definition after the table constraints");
        assertThatThrownBy(() -> SqliteDdl.parseCreateTable("CREATE TABLE t(a INT PRIMARY a)"))
                .hasMessageContaining("expected KEY at offset 29 (near 'a')");
    }

    @Test
    void createIndexTermsConditionAndUniqueness() {
        CreateIndex index = SqliteDdl.parseCreateIndex(
                "CREATE UNIQUE INDEX IF NOT EXISTS \"ix odd\" ON \"t\" (a, lower(\"b c\") COLLATE NOCASE DESC, "
                        + "[d] ASC) WHERE a IS NOT NULL AND length(d) > 2 -- trailing comment");

        assertThat(index.name()).isEqualTo("ix odd");
        assertThat(index.table()).isEqualTo("t");
        assertThat(index.unique()).isTrue();
        assertThat(index.terms()).extracting(SqliteDdl.IndexTerm::column).containsExactly("a", null, "d");
        assertThat(index.terms().get(1).expression()).isEqualTo("lower(\"b c\")");
        assertThat(index.terms().get(1).collation()).isEqualTo("NOCASE");
        assertThat(index.terms().get(1).descending()).isTrue();
        assertThat(index.where()).isEqualTo("a IS NOT NULL AND length(d) > 2");
        assertThat(index.referencedNames()).contains("a", "b c", "d").doesNotContain("lower", "length");
    }

    @Test
    void referencedNamesSkipFunctionsAndLiterals() {
        assertThat(SqliteDdl.referencedNames("length(name) > 0 AND 'price' <> \"Price\" AND t.[x y] = 1"))
                .containsExactly("name", "and", "price", "t", "x y")
                .doesNotContain("length");
    }

    @Test
    void plainDefaultsAndExpressionsThatNeedParentheses() {
        assertThat(List.of("'x'", "0", "-1", "+2.5", "NULL", "CURRENT_TIMESTAMP", "X'00ff'", "(1 + 1)",
                "(datetime('now'))")).allMatch(SqliteDdl::isPlainDefault);
        assertThat(List.of("1 + 1", "datetime('now')", "(1) + (2)", "\"col\"", "", "'unterminated"))
                .noneMatch(SqliteDdl::isPlainDefault);
    }

    @Test
    void qualifierOfTheOwnTableIsRemoved() {
        assertThat(SqliteDdl.withoutQualifier("T.a > \"t\".b AND other.c > 0 AND main.t.d = 1", "t"))
                .isEqualTo("a > b AND other.c > 0 AND main.t.d = 1");
        assertThat(SqliteDdl.withoutQualifier("a > 0", "t")).isEqualTo("a > 0");
    }
}
