package dev.migrate.runtime;

import static dev.migrate.runtime.Fixtures.byId;
import static dev.migrate.runtime.Fixtures.insert;
import static dev.migrate.runtime.Fixtures.plan;
import static dev.migrate.runtime.Fixtures.upgrade;
import static dev.migrate.runtime.OperationsDatabaseTest.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.dialect.Dialect;
import dev.migrate.operations.Column;
import dev.migrate.operations.ColumnChange;
import dev.migrate.operations.Constraint;
import dev.migrate.operations.Index;
import dev.migrate.operations.Migration;
import dev.migrate.operations.ReferentialAction;
import dev.migrate.operations.SqlType;
import dev.migrate.revision.Plan;
import dev.migrate.runtime.fixtures.Delegating;
import dev.migrate.script.JavaScript;
import dev.migrate.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A Java migration's offline SQL is exactly what its online run executes: the statements the
 * driver saw online equal the offline script's (bookkeeping and bulk inserts aside), and the
 * offline script run on an empty database leaves the same rows as the online run, bulk inserts
 * included.
 */
class OfflineOnlineEqualityTest {

    private static final Migration MIGRATION = Delegating.of(op -> {
        op.createTable("product", Column.of("id", SqlType.INTEGER).primaryKey(),
                Column.of("name", SqlType.varchar(40)).notNull(), Column.of("price", SqlType.decimal(10, 2)),
                Column.of("added", SqlType.DATE), Column.of("tag", SqlType.varchar(10)));
        op.bulkInsert("product", List.of(row("id", 1, "name", "tea", "price", new BigDecimal("2.50"),
                "added", LocalDate.of(2024, 5, 1), "tag", "hot"), row("id", 2, "name", "it's", "price", new BigDecimal("0"),
                "added", null, "tag", null), row("id", 3, "name", "cake", "price", new BigDecimal("4.25"))));
        op.addColumn("product", Column.of("stock", SqlType.INTEGER).serverDefault("0").notNull());
        op.alterColumn("product", "name", ColumnChange.change().nullable(true).rename("title")
                .existing(SqlType.varchar(40), false, null));
        op.createIndex(Index.on("ix_product_title", "product", "title").unique());
        op.createCheckConstraint("ck_product_price", "product", "price >= 0");
        op.createTable("review", Column.of("id", SqlType.INTEGER).primaryKey(), Column.of("product_id", SqlType.INTEGER),
                Constraint.foreignKey("fk_review_product", List.of("product_id"), "product", List.of("id"))
                        .onDelete(ReferentialAction.CASCADE));
        op.renameTable("review", "product_review");
        op.execute("UPDATE product SET stock = 5 WHERE id = 1");
        op.autocommitBlock(block -> block.createIndex("ix_product_tag", "product", "tag"));
        op.bulkInsert("product_review", List.of(row("id", 10, "product_id", 1)));
    }, op -> {
        op.dropTable("product_review");
        op.dropTable("product");
    });

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void offlineScriptIsWhatTheOnlineRunExecutes(TestDatabase db) throws Exception {
        Dialect dialect = db.dialect();
        JavaScript script = Fixtures.java(Delegating.class, "e1", "everything");
        Plan plan = plan(List.of(), upgrade(script, List.of(), insert("e1")));
        Delegating.next = MIGRATION;
        StringBuilder offline = new StringBuilder();
        new SqlWriter(dialect, RuntimeSettings.defaults()).write(plan, byId(script), offline);

        StatementLog log = new StatementLog();
        try (TestDatabase.Fresh online = db.fresh(); Connection real = online.connect();
                TestDatabase.Fresh replay = db.fresh(); Connection other = replay.connect()) {
            new Migrator(log.wrap(real), dialect).run(plan, byId(script));
            List<String> offlineStatements = statements(offline.toString());
            assertThat(withoutInserts(migrationStatements(log.sql()))).isEqualTo(withoutInserts(offlineStatements))
                    .isNotEmpty();

            try (Statement statement = other.createStatement()) {
                for (String sql : offlineStatements(offline.toString())) {
                    statement.execute(sql);
                }
            }
            for (String query : List.of("SELECT id, title, price, added, tag, stock FROM product ORDER BY id",
                    "SELECT id, product_id FROM product_review")) {
                assertThat(rows(other, query)).isEqualTo(rows(real, query)).isNotEmpty();
            }
            assertThat(rows(other, "SELECT version_num FROM migrate_version")).containsExactly("e1");
        }
    }

    /** Every statement of an offline script, comments left out. */
    private static List<String> offlineStatements(String script) {
        List<String> out = new ArrayList<>();
        for (String part : script.split(";\n\n")) {
            String sql = part.strip();
            while (sql.startsWith("--")) {
                int end = sql.indexOf('\n');
                sql = end < 0 ? "" : sql.substring(end + 1).strip();
            }
            if (!sql.isEmpty()) {
                out.add(sql);
            }
        }
        return out;
    }

    /** The offline statements of the migration itself, without transaction control and bookkeeping. */
    private static List<String> statements(String script) {
        return migrationStatements(offlineStatements(script));
    }

    private static List<String> migrationStatements(List<String> all) {
        return all.stream().filter(sql -> {
            String upper = sql.strip().toUpperCase(Locale.ROOT);
            return !upper.contains("MIGRATE_VERSION") && !upper.contains("MIGRATE_HISTORY") && !upper.startsWith("SELECT")
                    && !upper.startsWith("PRAGMA") && !upper.equals("BEGIN") && !upper.equals("COMMIT");
        }).toList();
    }

    private static List<String> withoutInserts(List<String> statements) {
        return statements.stream().filter(sql -> !sql.startsWith("INSERT INTO")).toList();
    }

    private static List<String> rows(Connection connection, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    row.append(i > 1 ? "|" : "").append(rows.getString(i));
                }
                out.add(row.toString());
            }
        }
        return out;
    }
}
