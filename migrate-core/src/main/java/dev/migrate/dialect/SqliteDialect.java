package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * SQLite (through sqlite-jdbc). DDL is transactional. Names are matched case-insensitively and never
 * folded, so case alone does not call for quotes. There is no date type: {@code started_at} is
 * UTC text in the format of SQLite's own {@code strftime('%Y-%m-%d %H:%M:%f')}.
 */
final class SqliteDialect extends AbstractDialect {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    SqliteDialect() {
        super("sqlite", true, '"', Keywords.SQLITE, false);
    }

    @Override
    String generatedPrimaryKey() {
        return "INTEGER PRIMARY KEY AUTOINCREMENT";
    }

    @Override
    String textType() {
        return "TEXT";
    }

    @Override
    String timestampType() {
        return "TEXT";
    }

    @Override
    public boolean tableExists(Connection connection, String table) throws SQLException {
        return anyRow(connection,
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE", table);
    }

    @Override
    public String currentTimestampSql() {
        return "strftime('%Y-%m-%d %H:%M:%f', 'now')";
    }

    @Override
    public String currentUserSql() {
        return "NULL";
    }

    @Override
    public void setTimestamp(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setString(index, TIMESTAMP.format(LocalDateTime.ofInstant(value, ZoneOffset.UTC)));
    }

    @Override
    public Instant getTimestamp(ResultSet resultSet, String column) throws SQLException {
        String value = resultSet.getString(column);
        return value == null ? null : LocalDateTime.parse(value, TIMESTAMP).toInstant(ZoneOffset.UTC);
    }
}
