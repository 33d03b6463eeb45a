package dev.migrate.runtime;

import dev.migrate.dialect.Dialect;
import dev.migrate.revision.Step;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The history table: a row per step applied, downgraded or stamped, written in the step's
 * transaction. The version table says where the database is; this says how it got there.
 */
final class HistoryLog {

    static final String DEFAULT_NAME = "migrate_history";

    private static final String COLUMNS = "revision, direction, from_revisions, to_revisions, message, "
            + "started_at, duration_ms, checksum, applied_by, db_user, success";

    private final Dialect dialect;
    private final String name;
    private final String appliedBy;

    HistoryLog(Dialect dialect, String name, String appliedBy) {
        this.dialect = dialect;
        this.name = name;
        this.appliedBy = appliedBy;
    }

    boolean exists(Connection connection) throws SQLException {
        return dialect.tableExists(connection, name);
    }

    void createIfMissing(Connection connection) throws SQLException {
        Tables.createIfMissing(connection, dialect, name, createSql());
    }

    String createSql() {
        return dialect.createHistoryTable(name);
    }

    /** Inserts the row of a step that ran online. */
    void insert(Connection connection, HistoryRecord record, Instant startedAt, long durationMs, String dbUser,
            boolean success) throws SQLException {
        String sql = "INSERT INTO " + table() + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            setNullable(statement, 1, record.revision());
            statement.setString(2, record.step().direction().label());
            statement.setString(3, record.from());
            statement.setString(4, record.to());
            statement.setString(5, record.message());
            dialect.setTimestamp(statement, 6, startedAt);
            statement.setLong(7, durationMs);
            setNullable(statement, 8, record.checksum());
            setNullable(statement, 9, appliedBy);
            setNullable(statement, 10, dbUser);
            statement.setBoolean(11, success);
            statement.executeUpdate();
        }
    }

    /**
     * The row of a step in offline SQL, without the terminating semicolon: the time and the
     * database user are taken when the script runs, the duration is unknown.
     */
    String literalSql(HistoryRecord record) {
        return "INSERT INTO " + table() + " (" + COLUMNS + ") VALUES ("
                + literal(record.revision()) + ", "
                + literal(record.step().direction().label()) + ", "
                + literal(record.from()) + ", "
                + literal(record.to()) + ", "
                + literal(record.message()) + ", "
                + dialect.currentTimestampSql() + ", NULL, "
                + literal(record.checksum()) + ", "
                + literal(appliedBy) + ", "
                + dialect.currentUserSql() + ", TRUE)";
    }

    /** Every row in the order the steps ran; empty when the table does not exist. */
    List<HistoryEntry> entries(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return List.of();
        }
        List<HistoryEntry> entries = new ArrayList<>();
        String sql = "SELECT id, " + COLUMNS + " FROM " + table() + " ORDER BY id";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                long duration = rows.getLong("duration_ms");
                boolean noDuration = rows.wasNull();
                entries.add(new HistoryEntry(
                        rows.getLong("id"),
                        rows.getString("revision"),
                        Step.Direction.valueOf(rows.getString("direction").toUpperCase(Locale.ROOT)),
                        split(rows.getString("from_revisions")),
                        split(rows.getString("to_revisions")),
                        rows.getString("message"),
                        dialect.getTimestamp(rows, "started_at"),
                        noDuration ? null : duration,
                        rows.getString("checksum"),
                        rows.getString("applied_by"),
                        rows.getString("db_user"),
                        rows.getBoolean("success")));
            }
        }
        return entries;
    }

    /**
     * For each revision whose latest successful upgrade or downgrade is an upgrade that recorded a
     * checksum: that checksum. Revisions downgraded since are left out, their scripts may change.
     */
    Map<String, String> appliedChecksums(Connection connection) throws SQLException {
        Map<String, String> checksums = new LinkedHashMap<>();
        for (HistoryEntry entry : entries(connection)) {
            if (!entry.success() || entry.revision() == null) {
                continue;
            }
            if (entry.direction() == Step.Direction.UPGRADE) {
                checksums.remove(entry.revision());
                if (entry.checksum() != null) {
                    checksums.put(entry.revision(), entry.checksum());
                }
            } else if (entry.direction() == Step.Direction.DOWNGRADE) {
                checksums.remove(entry.revision());
            }
        }
        return checksums;
    }

    private static List<String> split(String revisions) {
        return revisions == null || revisions.isEmpty() ? List.of() : Arrays.asList(revisions.split(", "));
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private String literal(String value) {
        return value == null ? "NULL" : dialect.stringLiteral(value);
    }

    private String table() {
        return dialect.quoteIdentifier(name);
    }
}
