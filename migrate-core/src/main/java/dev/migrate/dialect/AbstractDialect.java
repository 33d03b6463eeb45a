package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the four dialects share: quoting rules parameterised by quote character, reserved words and
 * case folding, and the bookkeeping DDL assembled from a few per-dialect column types.
 */
abstract class AbstractDialect implements Dialect {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String name;
    private final boolean transactionalDdl;
    private final char quote;
    private final Set<String> reserved;
    private final boolean foldsCase;

    AbstractDialect(String name, boolean transactionalDdl, char quote, Set<String> reserved, boolean foldsCase) {
        this.name = name;
        this.transactionalDdl = transactionalDdl;
        this.quote = quote;
        this.reserved = reserved;
        this.foldsCase = foldsCase;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final boolean transactionalDdl() {
        return transactionalDdl;
    }

    @Override
    public final String quoteIdentifier(String identifier) {
        if (identifier == null || identifier.isEmpty()) {
            throw new IllegalArgumentException("An identifier must not be empty");
        }
        if (identifier.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("An identifier must not contain a NUL character: " + identifier);
        }
        if (!needsQuoting(identifier)) {
            return identifier;
        }
        String q = String.valueOf(quote);
        return q + identifier.replace(q, q + q) + q;
    }

    /** True when the identifier, written plain, would be a syntax error or name another table. */
    final boolean needsQuoting(String identifier) {
        return !PLAIN.matcher(identifier).matches()
                || reserved.contains(identifier.toUpperCase(Locale.ROOT))
                || foldsCase && !identifier.equals(identifier.toLowerCase(Locale.ROOT));
    }

    @Override
    public String stringLiteral(String value) {
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("A string literal must not contain a NUL character");
        }
        return "'" + value.replace("'", "''") + "'";
    }

    @Override
    public final String createVersionTable(String table) {
        return "CREATE TABLE " + quoteIdentifier(table) + " (\n"
                + "    version_num VARCHAR(255) NOT NULL,\n"
                + "    CONSTRAINT " + quoteIdentifier(table + "_pkc") + " PRIMARY KEY (version_num)\n"
                + ")";
    }

    @Override
    public final String createHistoryTable(String table) {
        String text = textType();
        return "CREATE TABLE IF NOT EXISTS " + quoteIdentifier(table) + " (\n"
                + "    id " + generatedPrimaryKey() + ",\n"
                + "    revision VARCHAR(255),\n"
                + "    direction VARCHAR(16) NOT NULL,\n"
                + "    from_revisions " + text + ",\n"
                + "    to_revisions " + text + ",\n"
                + "    message " + text + ",\n"
                + "    started_at " + timestampType() + " NOT NULL,\n"
                + "    duration_ms BIGINT,\n"
                + "    checksum VARCHAR(128),\n"
                + "    applied_by VARCHAR(255),\n"
                + "    db_user VARCHAR(255),\n"
                + "    success BOOLEAN NOT NULL\n"
                + ")";
    }

    /** The column definition of an ascending generated primary key. */
    abstract String generatedPrimaryKey();

    /** A type for unbounded text. */
    abstract String textType();

    /** The type of {@code started_at}; it must match {@link #setTimestamp} and {@link #getTimestamp}. */
    String timestampType() {
        return "TIMESTAMP WITH TIME ZONE";
    }

    @Override
    public final List<String> offlineBegin() {
        return transactionalDdl ? List.of("BEGIN") : List.of();
    }

    @Override
    public final List<String> offlineCommit() {
        return transactionalDdl ? List.of("COMMIT") : List.of();
    }

    @Override
    public String currentTimestampSql() {
        return "CURRENT_TIMESTAMP";
    }

    @Override
    public String currentUserSql() {
        return "CURRENT_USER";
    }

    @Override
    public void setTimestamp(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    @Override
    public Instant getTimestamp(ResultSet resultSet, String column) throws SQLException {
        OffsetDateTime value = resultSet.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Runs a catalog query with one parameter and reports whether it returned a row. */
    static boolean anyRow(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
