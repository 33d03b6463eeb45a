package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A column's declared size and nullability as the driver reports them. */
record ColumnInfo(int size, boolean nullable) {

    /** Finds the column whatever case the database stored the names in. */
    static ColumnInfo of(Connection connection, String table, String column) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rows = meta.getColumns(connection.getCatalog(), connection.getSchema(), null, null)) {
            while (rows.next()) {
                if (rows.getString("TABLE_NAME").equalsIgnoreCase(table)
                        && rows.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
                    return new ColumnInfo(rows.getInt("COLUMN_SIZE"),
                            rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls);
                }
            }
        }
        throw new AssertionError("No column " + table + "." + column);
    }
}
