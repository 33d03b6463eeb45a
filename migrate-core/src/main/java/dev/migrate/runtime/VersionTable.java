package dev.migrate.runtime;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.revision.VersionChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The version table: one row per applied head, column {@code version_num}, Alembic's layout. An
 * existing table (an Alembic {@code alembic_version} with its {@code VARCHAR(32)} column) is used
 * as it is, never recreated or altered.
 */
final class VersionTable {

    static final String DEFAULT_NAME = "migrate_version";

    private final Dialect dialect;
    private final String name;

    VersionTable(Dialect dialect, String name) {
        this.dialect = dialect;
        this.name = name;
    }

    String name() {
        return name;
    }

    boolean exists(Connection connection) throws SQLException {
        return dialect.tableExists(connection, name);
    }

    /** Creates the table unless it exists; tolerates another process creating it meanwhile. */
    void createIfMissing(Connection connection) throws SQLException {
        Tables.createIfMissing(connection, dialect, name, createSql());
    }

    /** Deletes every row: {@code stamp --purge}, the repair when the table names unknown revisions. */
    int purge(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return 0;
        }
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate("DELETE FROM " + table());
        }
    }

    /** The {@code CREATE TABLE} statement, for online and offline use. */
    String createSql() {
        return dialect.createVersionTable(name);
    }

    /**
     * The rows in the database's scan order (no ORDER BY, as Alembic reads them); empty when the
     * table does not exist. Never creates the table.
     */
    List<String> rows(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return List.of();
        }
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT version_num FROM " + table())) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    /**
     * Writes one change and checks that it touched exactly one row.
     *
     * @throws MigrateException in Alembic's words when an update or delete matched no row or
     *     several, or when an inserted row is already there
     */
    void apply(Connection connection, VersionChange change) throws SQLException {
        List<String> parameters = new ArrayList<>();
        String sql = render(change, value -> {
            parameters.add(value);
            return "?";
        });
        if (change instanceof VersionChange.Insert && isRow(connection, parameters.get(0))) {
            throw new MigrateException("Online migration cannot insert '" + parameters.get(0) + "' into '" + name
                    + "': the row is already there; the version table does not match the plan (another run, or an "
                    + "edit by hand?). Check it with `current` and repair it with `stamp`.");
        }
        int count;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setString(i + 1, parameters.get(i));
            }
            count = statement.executeUpdate();
        }
        if (count != 1) {
            throw new MigrateException(mismatch(change, count));
        }
    }

    private boolean isRow(Connection connection, String revision) throws SQLException {
        String sql = "SELECT 1 FROM " + table() + " WHERE version_num = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, revision);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    /** The change as offline SQL with literal values, without the terminating semicolon. */
    String literalSql(VersionChange change) {
        return render(change, dialect::stringLiteral);
    }

    private String render(VersionChange change, UnaryOperator<String> value) {
        String table = table();
        String where = " WHERE " + table + ".version_num = ";
        if (change instanceof VersionChange.Insert insert) {
            return "INSERT INTO " + table + " (version_num) VALUES (" + value.apply(insert.revision()) + ")";
        }
        if (change instanceof VersionChange.Update update) {
            String to = value.apply(update.to());
            return "UPDATE " + table + " SET version_num=" + to + where + value.apply(update.from());
        }
        VersionChange.Delete delete = (VersionChange.Delete) change;
        return "DELETE FROM " + table + where + value.apply(delete.revision());
    }

    private String mismatch(VersionChange change, int count) {
        String what;
        if (change instanceof VersionChange.Update update) {
            what = "updating '" + update.from() + "' to '" + update.to() + "'";
        } else if (change instanceof VersionChange.Delete delete) {
            what = "deleting '" + delete.revision() + "'";
        } else {
            what = "inserting '" + ((VersionChange.Insert) change).revision() + "'";
        }
        return "Online migration expected to match one row when " + what + " in '" + name + "'; " + count + " found";
    }

    private String table() {
        return dialect.quoteIdentifier(name);
    }
}
