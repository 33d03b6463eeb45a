package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * MySQL and MariaDB. DDL is not transactional: every DDL statement commits implicitly. Names are
 * quoted with backticks and never folded. String literals escape backslashes too, as the default
 * SQL mode (without {@code NO_BACKSLASH_ESCAPES}) requires. {@code started_at} is a UTC
 * {@code DATETIME(3)}, since {@code TIMESTAMP} stops in 2038.
 */
final class MysqlDialect extends AbstractDialect {

    MysqlDialect() {
        super("mysql", false, '`', Keywords.MYSQL, false);
    }

    @Override
    public String stringLiteral(String value) {
        return super.stringLiteral(value.replace("\\", "\\\\"));
    }

    @Override
    String generatedPrimaryKey() {
        return "BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY";
    }

    @Override
    String textType() {
        return "TEXT";
    }

    @Override
    String timestampType() {
        return "DATETIME(3)";
    }

    @Override
    public boolean tableExists(Connection connection, String table) throws SQLException {
        return anyRow(connection,
                "SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?", table);
    }

    @Override
    public String currentTimestampSql() {
        return "UTC_TIMESTAMP(3)";
    }

    @Override
    public String currentUserSql() {
        return "CURRENT_USER()";
    }

    @Override
    public void setTimestamp(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setObject(index, LocalDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    @Override
    public Instant getTimestamp(ResultSet resultSet, String column) throws SQLException {
        LocalDateTime value = resultSet.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
