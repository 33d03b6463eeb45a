package dev.migrate.dialect;

import dev.migrate.reflect.SqliteTableReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code PRAGMA foreign_key_check} for one table in both directions (its own foreign keys, and the
 * foreign keys of the tables that refer to it), or for the whole database.
 */
final class ForeignKeyCheck {

    private ForeignKeyCheck() {
    }

    /**
     * The violations, each described as {@code child rowid 7 -> parent (foreign key 0)}; empty
     * when there are none.
     *
     * @throws SQLException when a foreign key no longer matches its parent at all (SQLite's
     *     {@code foreign key mismatch}), e.g. because the referenced column is gone
     */
    static List<String> violations(Connection connection, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        collect(connection, table, null, out);
        for (String child : SqliteTableReader.tablesReferencing(connection, table)) {
            if (!child.equalsIgnoreCase(table)) {
                collect(connection, child, table, out);
            }
        }
        return out;
    }

    /** Every violation in the database ({@code PRAGMA foreign_key_check} of every table), described the same way. */
    static List<String> all(Connection connection) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM pragma_foreign_key_check()");
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                out.add(describe(rs));
            }
        }
        return out;
    }

    private static void collect(Connection connection, String child, String parent, List<String> out)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM pragma_foreign_key_check(?)")) {
            statement.setString(1, child);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String referred = rs.getString(3);
                    if (parent == null || parent.equalsIgnoreCase(referred)) {
                        out.add(describe(rs));
                    }
                }
            }
        }
    }

    private static String describe(ResultSet rs) throws SQLException {
        String rowid = rs.getString(2);
        return "\"" + rs.getString(1) + "\" " + (rowid == null ? "row" : "rowid " + rowid) + " -> \"" + rs.getString(3)
                + "\" (foreign key " + rs.getInt(4) + ")";
    }
}
