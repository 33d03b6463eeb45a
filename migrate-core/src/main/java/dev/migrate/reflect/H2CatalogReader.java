package dev.migrate.reflect;

import dev.migrate.schema.ColumnInfo;
import dev.migrate.schema.Index;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * H2 2.x, from {@code INFORMATION_SCHEMA} of the current schema. Unquoted names are stored upper
 * case and reported so. Types are H2's standard names with their declared arguments
 * ({@code CHARACTER VARYING(100)}, {@code NUMERIC(10, 2)}, {@code TIMESTAMP(3)}; a timestamp or
 * time of the default precision is bare). Identity columns are {@code autoincrement}; their
 * sequences are not listed by H2. Indexes H2 made for a constraint ({@code IS_GENERATED}: the
 * primary key, UNIQUE and foreign-key indexes) are left out.
 */
final class H2CatalogReader implements CatalogReader {

    private static final String TABLES = "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
            + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME";

    private static final String COLUMNS = "SELECT COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH,"
            + " DECLARED_NUMERIC_PRECISION, DECLARED_NUMERIC_SCALE, DATETIME_PRECISION, IS_NULLABLE, COLUMN_DEFAULT,"
            + " IS_IDENTITY, IS_GENERATED, GENERATION_EXPRESSION, IS_VISIBLE, DTD_IDENTIFIER"
            + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = ?"
            + " ORDER BY ORDINAL_POSITION";

    private static final String INDEXES = "SELECT i.INDEX_NAME, c.COLUMN_NAME, c.ORDERING_SPECIFICATION, c.IS_UNIQUE"
            + " FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c"
            + " ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME"
            + " WHERE i.TABLE_SCHEMA = CURRENT_SCHEMA AND i.TABLE_NAME = ? AND NOT i.IS_GENERATED"
            + " ORDER BY i.INDEX_NAME, c.ORDINAL_POSITION";

    /** H2 names the referred columns through the referred table's unique constraint. */
    private static final String FOREIGN_KEYS = "SELECT rc.CONSTRAINT_NAME, rc.UPDATE_RULE, rc.DELETE_RULE, u.TABLE_NAME,"
            + " u.COLUMN_NAME FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc"
            + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA"
            + " AND k.CONSTRAINT_NAME = rc.CONSTRAINT_NAME"
            + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE u ON u.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA"
            + " AND u.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME AND u.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT"
            + " WHERE rc.CONSTRAINT_SCHEMA = CURRENT_SCHEMA AND k.TABLE_NAME = ?"
            + " ORDER BY rc.CONSTRAINT_NAME, k.ORDINAL_POSITION";

    private static final String CHECKS = "SELECT cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE"
            + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc"
            + " ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
            + " WHERE tc.TABLE_SCHEMA = CURRENT_SCHEMA AND tc.TABLE_NAME = ? AND tc.CONSTRAINT_TYPE = 'CHECK'"
            + " ORDER BY cc.CONSTRAINT_NAME";

    private static final String SEQUENCES = "SELECT SEQUENCE_NAME, START_VALUE, INCREMENT"
            + " FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = CURRENT_SCHEMA ORDER BY SEQUENCE_NAME";

    private final Connection connection;
    private final StandardConstraints constraints;

    H2CatalogReader(Connection connection) {
        this.connection = connection;
        this.constraints = new StandardConstraints(connection, "CURRENT_SCHEMA", FOREIGN_KEYS, CHECKS);
    }

    @Override
    public Schema read(ReflectOptions options) throws SQLException {
        List<Table> tables = new ArrayList<>();
        for (String name : CatalogQuery.list(connection, TABLES, r -> r.getString(1))) {
            if (options.reports(name)) {
                StandardConstraints.Keys keys = constraints.read(name);
                List<ColumnInfo> columns = CatalogQuery.list(connection, COLUMNS, r -> column(r, keys, name), name);
                tables.add(new Table(name, columns, keys.primaryKey(), keys.foreignKeys(), keys.uniques(),
                        keys.checks(), indexes(name), List.of(), List.of(), null));
            }
        }
        List<Sequence> sequences = CatalogQuery.list(connection, SEQUENCES,
                r -> new Sequence(r.getString(1), r.getLong(2), r.getLong(3)));
        return new Schema(tables, sequences);
    }

    private ColumnInfo column(ResultSet r, StandardConstraints.Keys keys, String table) throws SQLException {
        String name = r.getString(1);
        boolean identity = "YES".equals(r.getString(9));
        ColumnInfo.Generated generated = "ALWAYS".equals(r.getString(10))
                ? new ColumnInfo.Generated(r.getString(11), true) : null;
        String defaultSql = identity || generated != null ? null : r.getString(8);
        String type = "ENUM".equalsIgnoreCase(r.getString(2)) ? enumType(table, r.getString(13)) : type(r);
        return new ColumnInfo(name, type, "YES".equals(r.getString(7)), defaultSql, keys.position(name),
                identity, null, generated, !r.getBoolean(12));
    }

    private static final String ENUM_VALUES = "SELECT VALUE_NAME FROM INFORMATION_SCHEMA.ENUM_VALUES"
            + " WHERE OBJECT_SCHEMA = CURRENT_SCHEMA AND OBJECT_NAME = ? AND OBJECT_TYPE = 'TABLE'"
            + " AND ENUM_IDENTIFIER = ? ORDER BY VALUE_ORDINAL";

    /** An ENUM column's type with its values, {@code ENUM('A', 'B')}, as H2 declares it. */
    private String enumType(String table, String dtd) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(ENUM_VALUES)) {
            statement.setString(1, table);
            statement.setString(2, dtd);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add("'" + rows.getString(1).replace("'", "''") + "'");
                }
            }
        }
        return "ENUM(" + String.join(", ", values) + ")";
    }

    /** The type with its declared arguments, as H2 itself renders it. */
    private static String type(ResultSet r) throws SQLException {
        String base = r.getString(2);
        long length = r.getLong(3);
        boolean hasLength = !r.wasNull();
        int precision = r.getInt(4);
        boolean hasPrecision = !r.wasNull();
        int scale = r.getInt(5);
        boolean hasScale = !r.wasNull();
        int fraction = r.getInt(6);
        boolean hasFraction = !r.wasNull();
        String upper = base.toUpperCase(Locale.ROOT);
        if (hasLength && (upper.startsWith("CHARACTER") || upper.startsWith("BINARY")) && !upper.contains("LARGE")) {
            return base + "(" + length + ")";
        }
        if (hasPrecision && (upper.equals("NUMERIC") || upper.equals("DECFLOAT"))) {
            return base + "(" + precision + (hasScale ? ", " + scale : "") + ")";
        }
        if (hasFraction && (upper.startsWith("TIMESTAMP") || upper.startsWith("TIME"))) {
            int defaultFraction = upper.startsWith("TIMESTAMP") ? 6 : 0;
            if (fraction != defaultFraction) {
                String word = upper.startsWith("TIMESTAMP") ? "TIMESTAMP" : "TIME";
                return word + "(" + fraction + ")" + base.substring(word.length());
            }
        }
        return base;
    }

    private List<Index> indexes(String table) throws SQLException {
        List<Index> indexes = new ArrayList<>();
        String current = null;
        List<Index.Column> terms = new ArrayList<>();
        boolean unique = false;
        for (Object[] row : CatalogQuery.list(connection, INDEXES,
                r -> new Object[] {r.getString(1), r.getString(2), "DESC".equals(r.getString(3)), r.getBoolean(4)},
                table)) {
            if (!row[0].equals(current)) {
                if (current != null) {
                    indexes.add(new Index(current, terms, unique, null, Index.Origin.CREATE_INDEX, null));
                }
                current = (String) row[0];
                terms = new ArrayList<>();
                unique = (Boolean) row[3];
            }
            terms.add(new Index.Column((String) row[1], null, (Boolean) row[2], null));
        }
        if (current != null) {
            indexes.add(new Index(current, terms, unique, null, Index.Origin.CREATE_INDEX, null));
        }
        return indexes;
    }
}
