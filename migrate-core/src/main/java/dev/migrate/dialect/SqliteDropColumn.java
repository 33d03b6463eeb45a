package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether SQLite's native {@code ALTER TABLE ... DROP COLUMN} would refuse a column, so that the
 * drop needs a table rebuild instead. SQLite refuses a column that is (part of) the primary key,
 * unique or indexed, named in a partial-index WHERE or an index expression, in a table CHECK or a
 * foreign key, in a generated column, a view or a trigger. The check reads the PRAGMAs and looks
 * for the name as a word in the schema's SQL; it may say yes when the drop would have worked
 * (the rebuild then does it), never no when it would fail.
 */
final class SqliteDropColumn {

    private SqliteDropColumn() {
    }

    static boolean blocked(Connection connection, String table, String column, SqliteDialect dialect)
            throws SQLException {
        String quoted = dialect.quoteIdentifier(table);
        for (String[] row : rows(connection, "PRAGMA table_xinfo(" + quoted + ")", "name", "pk")) {
            if (row[0].equalsIgnoreCase(column) && !"0".equals(row[1])) {
                return true;
            }
        }
        for (String[] index : rows(connection, "PRAGMA index_list(" + quoted + ")", "name")) {
            for (String[] part : rows(connection, "PRAGMA index_xinfo(" + dialect.quoteIdentifier(index[0]) + ")",
                    "name")) {
                if (part[0] != null && part[0].equalsIgnoreCase(column)) {
                    return true;
                }
            }
        }
        Pattern word = Pattern.compile("(?<![A-Za-z0-9_$])[\"`\\[]?" + Pattern.quote(column) + "[\"`\\]]?(?![A-Za-z0-9_$])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master "
                        + "WHERE sql IS NOT NULL")) {
            while (rows.next()) {
                String sql = rows.getString("sql");
                boolean own = rows.getString("type").equals("table") && rows.getString("name").equalsIgnoreCase(table);
                long mentions = word.matcher(sql).results().count();
                if (own ? mentions > 1 : mentions > 0 && mentionsTable(rows.getString("tbl_name"), sql, table)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether an object (index, view, trigger, other table) may refer to the table. */
    private static boolean mentionsTable(String objectTable, String sql, String table) {
        return objectTable.equalsIgnoreCase(table) || sql.toLowerCase(java.util.Locale.ROOT)
                .contains(table.toLowerCase(java.util.Locale.ROOT));
    }

    private static List<String[]> rows(Connection connection, String sql, String... columns) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                String[] row = new String[columns.length];
                for (int i = 0; i < columns.length; i++) {
                    row[i] = rows.getString(columns[i]);
                }
                out.add(row);
            }
        }
        return out;
    }
}
