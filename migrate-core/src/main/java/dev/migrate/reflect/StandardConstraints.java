package dev.migrate.reflect;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PRIMARY KEY, UNIQUE, FOREIGN KEY and CHECK constraints of one table from the standard
 * {@code INFORMATION_SCHEMA} views ({@code TABLE_CONSTRAINTS}, {@code KEY_COLUMN_USAGE},
 * {@code REFERENTIAL_CONSTRAINTS}, {@code CHECK_CONSTRAINTS}), shared by H2 and MariaDB/MySQL.
 * The two differ in how a foreign key names the columns it refers to and in how CHECK names are
 * scoped, so those two queries are given by the caller; each takes the table name as its only
 * parameter.
 */
final class StandardConstraints {

    private final Connection connection;
    private final String keysSql;
    private final String foreignKeySql;
    private final String checkSql;

    /**
     * @param schema SQL for the current schema ({@code CURRENT_SCHEMA}, {@code DATABASE()})
     * @param foreignKeySql rows of (constraint name, update rule, delete rule, referred table,
     *     referred column) in column order
     * @param checkSql rows of (constraint name, check clause)
     */
    StandardConstraints(Connection connection, String schema, String foreignKeySql, String checkSql) {
        this.connection = connection;
        this.keysSql = "SELECT tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME"
                + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k"
                + " ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                + " AND k.TABLE_SCHEMA = tc.TABLE_SCHEMA AND k.TABLE_NAME = tc.TABLE_NAME"
                + " WHERE tc.TABLE_SCHEMA = " + schema + " AND tc.TABLE_NAME = ?"
                + " AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')"
                + " ORDER BY tc.CONSTRAINT_NAME, k.ORDINAL_POSITION";
        this.foreignKeySql = foreignKeySql;
        this.checkSql = checkSql;
    }

    /** The constraints of a table. */
    Keys read(String table) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (String[] row : CatalogQuery.list(connection, keysSql,
                r -> new String[] {r.getString(1), r.getString(2), r.getString(3)}, table)) {
            types.put(row[0], row[1]);
            columns.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[2]);
        }
        Map<String, ForeignKeyRows> references = new LinkedHashMap<>();
        for (String[] row : CatalogQuery.list(connection, foreignKeySql,
                r -> new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)},
                table)) {
            references.computeIfAbsent(row[0], k -> new ForeignKeyRows(row[1], row[2], row[3], new ArrayList<>()))
                    .columns().add(row[4]);
        }
        PrimaryKey primaryKey = null;
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (Map.Entry<String, String> constraint : types.entrySet()) {
            String name = constraint.getKey();
            List<String> keyColumns = columns.get(name);
            switch (constraint.getValue()) {
                case "PRIMARY KEY" -> primaryKey = new PrimaryKey(name, keyColumns);
                case "UNIQUE" -> uniques.add(new UniqueConstraint(name, keyColumns));
                default -> {
                    ForeignKeyRows ref = references.get(name);
                    foreignKeys.add(new ForeignKey(name, keyColumns, ref.table(), ref.columns(), ref.deleteRule(),
                            ref.updateRule(), false, null));
                }
            }
        }
        List<CheckConstraint> checks = CatalogQuery.list(connection, checkSql,
                r -> new CheckConstraint(r.getString(1), SqlText.unwrapParentheses(r.getString(2))), table);
        return new Keys(primaryKey, uniques, foreignKeys, checks);
    }

    /** One table's constraints. */
    record Keys(PrimaryKey primaryKey, List<UniqueConstraint> uniques, List<ForeignKey> foreignKeys,
            List<CheckConstraint> checks) {

        /** The 1-based position of the column in the primary key, 0 when not in it. */
        int position(String column) {
            return primaryKey == null ? 0 : primaryKey.columns().indexOf(column) + 1;
        }
    }

    private record ForeignKeyRows(String updateRule, String deleteRule, String table, List<String> columns) {
    }
}
