package dev.migrate.dialect;

import dev.migrate.MigrateException;
import dev.migrate.operations.Column;
import dev.migrate.operations.SqlType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Reads a MySQL/MariaDB column's current definition from {@code information_schema.columns}, so
 * that {@code MODIFY} can restate what a change leaves alone: the full column type
 * ({@code varchar(50)}, {@code int(11) unsigned}), nullability, default, {@code AUTO_INCREMENT}
 * and comment. Not restated (and so lost by {@code MODIFY}, as in MySQL itself): a column-level
 * character set or collation and {@code ON UPDATE CURRENT_TIMESTAMP}.
 */
final class MysqlColumns {

    private MysqlColumns() {
    }

    static Column read(Connection connection, String table, String column, MysqlDialect dialect) throws SQLException {
        boolean mariaDb = connection.getMetaData().getDatabaseProductVersion().contains("MariaDB")
                || connection.getMetaData().getDatabaseProductName().contains("MariaDB");
        String sql = "SELECT column_type, is_nullable, column_default, extra, column_comment "
                + "FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ? AND column_name = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, table);
            statement.setString(2, column);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new MigrateException("There is no column " + column + " in table " + table + " to alter");
                }
                String extra = row.getString("extra") == null ? "" : row.getString("extra").toLowerCase(Locale.ROOT);
                if (extra.contains("generated") && !extra.contains("default_generated")) {
                    throw new MigrateException("Column " + table + "." + column + " is a generated column ("
                            + extra + "); migrate does not restate generated columns: alter it with op.execute");
                }
                String comment = row.getString("column_comment");
                return new Column(column, SqlType.sql(row.getString("column_type")),
                        "YES".equals(row.getString("is_nullable")),
                        defaultExpression(row.getString("column_default"), extra, mariaDb, dialect), false,
                        extra.contains("auto_increment"), comment == null || comment.isEmpty() ? null : comment);
            }
        }
    }

    /**
     * MariaDB (10.2.7+) reports the default as an SQL expression, literals quoted, and the word
     * {@code NULL} for a NULL default; MySQL reports the bare value and marks expressions
     * {@code DEFAULT_GENERATED}.
     */
    private static String defaultExpression(String value, String extra, boolean mariaDb, MysqlDialect dialect) {
        if (value == null || mariaDb && value.equalsIgnoreCase("NULL")) {
            return null;
        }
        if (mariaDb) {
            return value;
        }
        if (extra.contains("default_generated")) {
            return value.toUpperCase(Locale.ROOT).startsWith("CURRENT_TIMESTAMP") ? value : "(" + value + ")";
        }
        return dialect.stringLiteral(value);
    }
}
