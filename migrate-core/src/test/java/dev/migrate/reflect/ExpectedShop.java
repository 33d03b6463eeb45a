package dev.migrate.reflect;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.ColumnInfo;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The schema {@link ReflectionFixture} creates, as each database reports it: the types, defaults,
 * CHECK text, name case and referential actions measured on SQLite 3.53, H2 2.4, PostgreSQL 15
 * and MariaDB 10.11. The stored SQL of tables and indexes is left out ({@code null}); tests compare
 * it separately.
 */
final class ExpectedShop {

    private final TestDatabase db;

    private ExpectedShop(TestDatabase db) {
        this.db = db;
    }

    static Schema of(TestDatabase db) {
        return new ExpectedShop(db).schema();
    }

    private Schema schema() {
        List<Table> tables = new ArrayList<>(List.of(customer(), orders(), orderLine()));
        tables.sort((a, b) -> a.name().compareTo(b.name()));
        List<Sequence> sequences = db == TestDatabase.SQLITE ? List.of() : List.of(new Sequence(n("invoice_seq"), 100, 10));
        return new Schema(tables, sequences);
    }

    private Table customer() {
        List<ColumnInfo> columns = List.of(
                column("id", type("INTEGER", "bigint", "BIGINT", "bigint(20)"), false, null, 1, true),
                column("email", varchar(120), false, null, 0, false),
                column("name", varchar(80), true, null, 0, false),
                column("status", varchar(10), false, pick("'new'", "'new'::character varying", "'new'", "'new'"), 0,
                        false),
                column("balance", type("DECIMAL(10,2)", "numeric(10,2)", "NUMERIC(10, 2)", "decimal(10,2)"), true,
                        pick("0", "0", "0", "0.00"), 0, false),
                column("active", type("BOOLEAN", "boolean", "BOOLEAN", "tinyint(1)"), false,
                        pick("1", "true", "TRUE", "1"), 0, false),
                column("created_at", type("TIMESTAMP", "timestamp without time zone", "TIMESTAMP", "timestamp"), true,
                        pick("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "current_timestamp()"), 0,
                        false));
        List<UniqueConstraint> uniques = new ArrayList<>(List.of(new UniqueConstraint(n("uq_customer_email"),
                List.of(n("email")))));
        List<Index> indexes = new ArrayList<>();
        if (db == TestDatabase.MARIADB) {
            uniques.add(new UniqueConstraint("ux_customer_name", List.of("name")));
        } else {
            indexes.add(new Index(n("ux_customer_name"), List.of(term("name", false)), true, null,
                    Index.Origin.CREATE_INDEX, null));
        }
        if (db == TestDatabase.SQLITE || db == TestDatabase.POSTGRESQL) {
            String expression = db == TestDatabase.SQLITE ? "lower(email)" : "lower((email)::text)";
            indexes.add(0, new Index("ix_customer_lower_email",
                    List.of(new Index.Column(null, expression, false, collation())), false, null,
                    Index.Origin.CREATE_INDEX, null));
        }
        String check = pick("balance >= 0", "balance >= (0)::numeric", "\"BALANCE\" >= CAST(0 AS NUMERIC(1))",
                "`balance` >= 0");
        return new Table(n("customer"), columns, primaryKey(pick(null, "pk_customer", "PK_CUSTOMER", null), "id"),
                List.of(), uniques, List.of(new CheckConstraint(n("ck_customer_balance"), check)), indexes,
                List.of(), List.of(), null);
    }

    private Table orders() {
        List<ColumnInfo> columns = List.of(
                column("id", type("BIGINT", "bigint", "BIGINT", "bigint(20)"), false, null, 1,
                        db == TestDatabase.POSTGRESQL),
                column("customer_id", type("BIGINT", "bigint", "BIGINT", "bigint(20)"), false, null, 0, false),
                column("reviewer_id", type("BIGINT", "bigint", "BIGINT", "bigint(20)"), true, null, 0, false),
                column("note", varchar(200), true, null, 0, false));
        String onUpdate = db == TestDatabase.MARIADB ? "RESTRICT" : "NO ACTION";
        List<ForeignKey> foreignKeys = List.of(
                new ForeignKey(n("fk_orders_customer"), List.of(n("customer_id")), n("customer"), List.of(n("id")),
                        "CASCADE", onUpdate, false, null),
                new ForeignKey(n("fk_orders_reviewer"), List.of(n("reviewer_id")), n("customer"), List.of(n("id")),
                        "SET NULL", onUpdate, false, null));
        List<Index> indexes = new ArrayList<>(List.of(new Index(n("ix_orders_customer_note"),
                List.of(term("customer_id", false), term("note", true)), false, null, Index.Origin.CREATE_INDEX,
                null)));
        if (db == TestDatabase.SQLITE || db == TestDatabase.POSTGRESQL) {
            indexes.add(new Index("ix_orders_note", List.of(term("note", false)), false, "note IS NOT NULL",
                    Index.Origin.CREATE_INDEX, null));
        }
        return new Table(n("orders"), columns, primaryKey(n("pk_orders"), "id"), foreignKeys, List.of(), List.of(),
                indexes, List.of(), List.of(), null);
    }

    private Table orderLine() {
        String integer = type("INTEGER", "integer", "INTEGER", "int(11)");
        List<ColumnInfo> columns = List.of(
                column("order_id", type("BIGINT", "bigint", "BIGINT", "bigint(20)"), false, null, 1, false),
                column("line_no", integer, false, null, 2, false),
                column("qty", integer, false, "1", 0, false));
        String action = db == TestDatabase.MARIADB ? "RESTRICT" : "NO ACTION";
        return new Table(n("order_line"), columns, primaryKey(n("pk_order_line"), "order_id", "line_no"),
                List.of(new ForeignKey(n("fk_line_order"), List.of(n("order_id")), n("orders"), List.of(n("id")),
                        action, action, false, null)),
                List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }

    private PrimaryKey primaryKey(String name, String... columns) {
        return new PrimaryKey(db == TestDatabase.MARIADB ? null : name,
                java.util.Arrays.stream(columns).map(this::n).toList());
    }

    private ColumnInfo column(String name, String type, boolean nullable, String defaultSql, int keyPosition,
            boolean autoincrement) {
        return new ColumnInfo(n(name), type, nullable, defaultSql, keyPosition, autoincrement, null, null, false);
    }

    private Index.Column term(String column, boolean descending) {
        return new Index.Column(n(column), null, descending, collation());
    }

    /** SQLite reports the default collating sequence of every index term. */
    private String collation() {
        return db == TestDatabase.SQLITE ? "BINARY" : null;
    }

    private String varchar(int length) {
        return type("VARCHAR(" + length + ")", "character varying(" + length + ")",
                "CHARACTER VARYING(" + length + ")", "varchar(" + length + ")");
    }

    private String type(String sqlite, String postgresql, String h2, String mariadb) {
        return pick(sqlite, postgresql, h2, mariadb);
    }

    private String pick(String sqlite, String postgresql, String h2, String mariadb) {
        return switch (db) {
            case SQLITE -> sqlite;
            case POSTGRESQL -> postgresql;
            case H2 -> h2;
            case MARIADB -> mariadb;
        };
    }

    /** H2 folds unquoted names to upper case. */
    private String n(String name) {
        return db == TestDatabase.H2 ? name.toUpperCase(Locale.ROOT) : name;
    }
}
