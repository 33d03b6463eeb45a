package dev.migrate.autogenerate;

import static dev.migrate.autogenerate.Schemas.schema;
import static dev.migrate.autogenerate.Schemas.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.dialect.RenderContext;
import dev.migrate.schema.Schema;
import dev.migrate.script.ScriptBody;
import org.junit.jupiter.api.Test;

/** The Java and SQL a diff is written as. */
class RevisionRendererTest {

    private static final Dialect SQLITE = Dialects.forName("sqlite");
    private static final Dialect POSTGRESQL = Dialects.forName("postgresql");

    private static final Schema DATABASE = schema(table("customer").id("bigint")
            .column("name", "varchar(50)", true).column("fax", "varchar(20)", true).build());
    private static final Schema MODEL = schema(
            table("customer").id("bigint").column("name", "varchar(100)", false).column("email", "varchar(120)", true)
                    .index("ix_customer_email", "email").build(),
            table("purchase_order").id("bigint").column("customer_id", "bigint", false)
                    .fk("fk_order_customer", "customer_id", "customer", "CASCADE").build());

    private static Diff diff(Dialect dialect) {
        return SchemaDiff.compare(MODEL, DATABASE, dialect, DiffOptions.defaults(), table -> false);
    }

    @Test
    void javaReadsLikeHandWrittenOperationsWithRiskComments() {
        ScriptBody body = JavaRevisionRenderer.render(diff(POSTGRESQL), POSTGRESQL);

        assertThat(body.upgrade()).containsSequence(
                "// [SAFE] create table purchase_order",
                "op.createTable(\"purchase_order\",",
                "        Column.of(\"id\", SqlType.BIGINT).primaryKey().autoIncrement(),",
                "        Column.of(\"customer_id\", SqlType.BIGINT).notNull(),",
                "        Constraint.foreignKey(\"fk_order_customer\", List.of(\"customer_id\"), \"customer\", "
                        + "List.of(\"id\")).onDelete(ReferentialAction.CASCADE));");
        assertThat(body.upgrade()).contains(
                "// [SAFE] add column customer.email",
                "op.addColumn(\"customer\", Column.of(\"email\", SqlType.varchar(120)));",
                "// [DANGER] drop column customer.fax",
                "//   drops the values of customer.fax",
                "op.dropColumn(\"customer\", \"fax\");",
                "op.alterColumn(\"customer\", \"name\", ColumnChange.change().type(SqlType.varchar(100)).notNull()"
                        + ".existing(SqlType.varchar(50), true, null));",
                "op.createIndex(Index.on(\"ix_customer_email\", \"customer\", \"email\"));");
        assertThat(body.downgrade()).contains(
                "op.dropTable(\"purchase_order\");",
                "op.addColumn(\"customer\", Column.of(\"fax\", SqlType.varchar(20)));",
                "op.dropColumn(\"customer\", \"email\");",
                "op.dropIndex(\"ix_customer_email\", \"customer\");");
        assertThat(body.imports()).contains("dev.migrate.operations.Column", "dev.migrate.operations.ColumnChange",
                "dev.migrate.operations.SqlType", "java.util.List");
    }

    @Test
    void onSqliteAlterationsThatNeedARebuildShareOneBatch() {
        ScriptBody body = JavaRevisionRenderer.render(diff(SQLITE), SQLITE);

        int batch = body.upgrade().indexOf("op.batchAlterTable(\"customer\", batch -> {");
        assertThat(batch).isPositive();
        assertThat(body.upgrade().subList(batch, body.upgrade().size())).containsSequence(
                "    // [SAFE] add column customer.email",
                "    batch.addColumn(Column.of(\"email\", SqlType.varchar(120)));");
        assertThat(body.upgrade()).contains(
                "    batch.alterColumn(\"name\", ColumnChange.change().type(SqlType.varchar(100)).notNull()"
                        + ".existing(SqlType.varchar(50), true, null));",
                "    batch.dropColumn(\"fax\");", "});");
        assertThat(body.upgrade().stream().filter(line -> line.startsWith("op.batchAlterTable"))).hasSize(1);
    }

    @Test
    void sqlIsTheConnectedDatabasesStatementsWithTheCommentsOfTheirChanges() {
        ScriptBody body = SqlRevisionRenderer.render(diff(POSTGRESQL), POSTGRESQL,
                RenderContext.offline(POSTGRESQL.capabilities(), "test"));

        assertThat(body.upgrade()).contains(
                "-- [SAFE] add column customer.email",
                "ALTER TABLE customer ADD COLUMN email VARCHAR(120);",
                "-- [DANGER] drop column customer.fax",
                "ALTER TABLE customer DROP COLUMN fax;",
                "ALTER TABLE customer ALTER COLUMN name TYPE VARCHAR(100);",
                "ALTER TABLE customer ALTER COLUMN name SET NOT NULL;",
                "CREATE INDEX ix_customer_email ON customer (email);");
        assertThat(body.downgrade()).contains("DROP TABLE purchase_order;", "DROP INDEX ix_customer_email;");
    }

    @Test
    void sqlRefusesARebuildAndSaysToGenerateJava() {
        assertThatThrownBy(() -> SqlRevisionRenderer.render(diff(SQLITE), SQLITE,
                RenderContext.offline(SQLITE.capabilities(), "test")))
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining("Table customer needs a rebuild (move and copy) on SQLite")
                .hasMessageContaining("--format java");
    }
}
