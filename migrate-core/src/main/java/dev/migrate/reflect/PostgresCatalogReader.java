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
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PostgreSQL, from {@code pg_catalog}, current schema only. Types are {@code format_type} text
 * ({@code character varying(100)}, {@code numeric(10,2)}, {@code timestamp without time zone});
 * defaults are {@code pg_get_expr} text with their casts ({@code 'new'::character varying}).
 * An identity column and a serial column (one whose default is {@code nextval} of a sequence it
 * owns) are {@code autoincrement} with no default. Indexes backing a PRIMARY KEY, UNIQUE or
 * EXCLUDE constraint are left out, and so are sequences a column owns (identity and serial).
 */
final class PostgresCatalogReader implements CatalogReader {

    private static final String TABLES = "SELECT c.oid, c.relname FROM pg_catalog.pg_class c"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.relname";

    private static final String COLUMNS = "SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod),"
            + " a.attnotnull, pg_catalog.pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated,"
            + " CASE WHEN a.attcollation <> t.typcollation THEN co.collname END,"
            + " EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep JOIN pg_catalog.pg_class s ON s.oid = dep.objid"
            + "   AND s.relkind = 'S' WHERE dep.classid = 'pg_catalog.pg_class'::regclass"
            + "   AND dep.refobjid = a.attrelid AND dep.refobjsubid = a.attnum AND dep.deptype = 'a')"
            + " FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid = a.atttypid"
            + " LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
            + " LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation"
            + " WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum";

    /** Constraints with their columns in key order; contype p, u, f, c. */
    private static final String CONSTRAINTS = "SELECT con.conname, con.contype,"
            + " ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, pos)"
            + "   JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.pos),"
            + " rc.relname,"
            + " ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, pos)"
            + "   JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.pos),"
            + " con.confdeltype, con.confupdtype, con.condeferrable, con.condeferred,"
            + " pg_catalog.pg_get_expr(con.conbin, con.conrelid)"
            + " FROM pg_catalog.pg_constraint con LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid"
            + " WHERE con.conrelid = ? AND con.contype IN ('p', 'u', 'f', 'c') ORDER BY con.conname";

    private static final String INDEXES = "SELECT ix.indexrelid, i.relname, ix.indisunique,"
            + " pg_catalog.pg_get_expr(ix.indpred, ix.indrelid), pg_catalog.pg_get_indexdef(ix.indexrelid)"
            + " FROM pg_catalog.pg_index ix JOIN pg_catalog.pg_class i ON i.oid = ix.indexrelid"
            + " WHERE ix.indrelid = ? AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con"
            + "   WHERE con.conrelid = ix.indrelid AND con.conindid = ix.indexrelid AND con.contype IN ('p', 'u', 'x'))"
            + " ORDER BY i.relname";

    /** Key terms of one index: attnum 0 means an expression; indoption bit 1 means DESC. */
    private static final String INDEX_TERMS = "SELECT a.attname, pg_catalog.pg_get_indexdef(ix.indexrelid, k.n, false),"
            + " (ix.indoption[k.n - 1] & 1) = 1"
            + " FROM pg_catalog.pg_index ix CROSS JOIN generate_series(1, ix.indnkeyatts) k(n)"
            + " LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = ix.indkey[k.n - 1]"
            + "   AND ix.indkey[k.n - 1] <> 0"
            + " WHERE ix.indexrelid = ? ORDER BY k.n";

    private static final String SEQUENCES = "SELECT c.relname, s.seqstart, s.seqincrement"
            + " FROM pg_catalog.pg_sequence s JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"
            + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep WHERE dep.classid = 'pg_catalog.pg_class'::regclass"
            + "   AND dep.objid = s.seqrelid AND dep.refclassid = 'pg_catalog.pg_class'::regclass"
            + "   AND dep.deptype IN ('a', 'i'))"
            + " ORDER BY c.relname";

    private final Connection connection;

    PostgresCatalogReader(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Schema read(ReflectOptions options) throws SQLException {
        List<Table> tables = new ArrayList<>();
        for (Object[] row : CatalogQuery.list(connection, TABLES, r -> new Object[] {r.getLong(1), r.getString(2)})) {
            String name = (String) row[1];
            if (options.reports(name)) {
                tables.add(table((Long) row[0], name));
            }
        }
        List<Sequence> sequences = CatalogQuery.list(connection, SEQUENCES,
                r -> new Sequence(r.getString(1), r.getLong(2), r.getLong(3)));
        return new Schema(tables, sequences);
    }

    private Table table(long oid, String name) throws SQLException {
        List<Constraint> constraints = CatalogQuery.list(connection, CONSTRAINTS, Constraint::of, oid);
        PrimaryKey primaryKey = null;
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        for (Constraint c : constraints) {
            switch (c.type) {
                case "p" -> primaryKey = new PrimaryKey(c.name, c.columns);
                case "u" -> uniques.add(new UniqueConstraint(c.name, c.columns));
                case "c" -> checks.add(new CheckConstraint(c.name, SqlText.unwrapParentheses(c.check)));
                case "f" -> foreignKeys.add(new ForeignKey(c.name, c.columns, c.referredTable, c.referredColumns,
                        action(c.onDelete), action(c.onUpdate), c.deferrable,
                        c.deferrable ? (c.deferred ? "DEFERRED" : "IMMEDIATE") : null));
                default -> throw new IllegalStateException(c.type);
            }
        }
        List<String> keyColumns = primaryKey == null ? List.of() : primaryKey.columns();
        List<ColumnInfo> columns = CatalogQuery.list(connection, COLUMNS, r -> column(r, keyColumns), oid);
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, indexes(oid), List.of(), List.of(),
                null);
    }

    private static ColumnInfo column(ResultSet r, List<String> keyColumns) throws SQLException {
        String name = r.getString(1);
        String defaultSql = r.getString(4);
        String identity = r.getString(5);
        String generatedKind = r.getString(6);
        boolean serial = r.getBoolean(8) && defaultSql != null && defaultSql.startsWith("nextval(");
        boolean autoincrement = serial || (identity != null && !identity.isEmpty());
        ColumnInfo.Generated generated = null;
        if ("s".equals(generatedKind)) {
            generated = new ColumnInfo.Generated(SqlText.unwrapParentheses(defaultSql), true);
        }
        if (serial || generated != null) {
            defaultSql = null;
        }
        return new ColumnInfo(name, r.getString(2), !r.getBoolean(3), defaultSql, keyColumns.indexOf(name) + 1,
                autoincrement, r.getString(7), generated, false);
    }

    private List<Index> indexes(long tableOid) throws SQLException {
        List<Index> indexes = new ArrayList<>();
        for (Object[] row : CatalogQuery.list(connection, INDEXES,
                r -> new Object[] {r.getLong(1), r.getString(2), r.getBoolean(3), r.getString(4), r.getString(5)},
                tableOid)) {
            List<Index.Column> terms = CatalogQuery.list(connection, INDEX_TERMS,
                    r -> r.getString(1) != null
                            ? new Index.Column(r.getString(1), null, r.getBoolean(3), null)
                            : new Index.Column(null, r.getString(2), r.getBoolean(3), null),
                    row[0]);
            String where = row[3] == null ? null : SqlText.unwrapParentheses((String) row[3]);
            indexes.add(new Index((String) row[1], terms, (Boolean) row[2], where, Index.Origin.CREATE_INDEX,
                    (String) row[4]));
        }
        return indexes;
    }

    /** {@code pg_constraint.confdeltype}/{@code confupdtype} as SQL. */
    static String action(String code) {
        return switch (code) {
            case "a" -> "NO ACTION";
            case "r" -> "RESTRICT";
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> throw new IllegalStateException("Unknown referential action code " + code);
        };
    }

    /** One row of {@link #CONSTRAINTS}. */
    private record Constraint(String name, String type, List<String> columns, String referredTable,
            List<String> referredColumns, String onDelete, String onUpdate, boolean deferrable, boolean deferred,
            String check) {

        static Constraint of(ResultSet r) throws SQLException {
            return new Constraint(r.getString(1), r.getString(2), names(r.getArray(3)), r.getString(4),
                    names(r.getArray(5)), r.getString(6), r.getString(7), r.getBoolean(8), r.getBoolean(9),
                    r.getString(10));
        }

        private static List<String> names(Array array) throws SQLException {
            return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
        }
    }
}
