package dev.migrate.dialect;

import dev.migrate.MigrateException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SQLite's {@link TransactionGuard}: foreign keys off for the migration transaction, checked
 * before it commits. SQLite ignores {@code PRAGMA foreign_keys} inside a transaction, and with
 * foreign keys on, the {@code DROP TABLE} of a table rebuild deletes the child rows of
 * {@code ON DELETE CASCADE} foreign keys (or fails on the others). So, on a connection that has
 * foreign keys on:
 * <ol>
 *   <li>before BEGIN: records the foreign-key violations the database already has (normally none)
 *       and runs {@code PRAGMA foreign_keys = OFF};</li>
 *   <li>before each COMMIT: runs {@code PRAGMA foreign_key_check} and refuses to commit when it
 *       finds a violation that was not there before, listing the rows;</li>
 *   <li>after COMMIT or ROLLBACK: {@code PRAGMA foreign_keys = ON}.</li>
 * </ol>
 * A connection with foreign keys off is left as it is. The price: inside a migration transaction
 * SQLite enforces no foreign key statement by statement and runs no {@code ON DELETE}/{@code ON
 * UPDATE} action; a migration that deletes parent rows must delete their children itself, or the
 * check fails the revision.
 */
final class SqliteForeignKeyGuard implements TransactionGuard {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteForeignKeyGuard.class);
    private static final int LISTED = 20;

    /** The violations before the transaction, or {@code null} when they could not be read (no check then). */
    private final Set<String> before;

    private SqliteForeignKeyGuard(Set<String> before) {
        this.before = before;
    }

    /** Switches foreign keys off when they are on; {@link TransactionGuard#NONE} when they are off. */
    static TransactionGuard open(Connection connection) throws SQLException {
        if (!foreignKeys(connection)) {
            return NONE;
        }
        Set<String> before = violationsOrNull(connection);
        execute(connection, "PRAGMA foreign_keys = OFF");
        if (foreignKeys(connection)) {
            throw new MigrateException("Cannot switch SQLite's foreign keys off for the migration transaction: "
                    + "PRAGMA foreign_keys = OFF had no effect, so a transaction is already open on this connection "
                    + "although JDBC autocommit is on. Commit or roll it back first.");
        }
        return new SqliteForeignKeyGuard(before);
    }

    @Override
    public void beforeCommit(Connection connection) throws SQLException {
        if (before == null) {
            return;
        }
        List<String> added = new ArrayList<>(ForeignKeyCheck.all(connection));
        added.removeAll(before);
        if (!added.isEmpty()) {
            List<String> shown = added.subList(0, Math.min(LISTED, added.size()));
            throw new MigrateException("PRAGMA foreign_key_check before COMMIT found " + added.size() + " row(s) "
                    + "whose parent row is missing (foreign keys are switched off during a migration on SQLite, so "
                    + "no statement failed and no ON DELETE action ran): " + String.join("; ", shown)
                    + (added.size() > LISTED ? "; ..." : "") + ". Delete or fix these rows in the migration.");
        }
    }

    @Override
    public void close(Connection connection) throws SQLException {
        execute(connection, "PRAGMA foreign_keys = ON");
        if (!foreignKeys(connection)) {
            throw new MigrateException("Could not switch SQLite's foreign keys back on after the migration "
                    + "transaction: a transaction is still open on the connection");
        }
    }

    private static Set<String> violationsOrNull(Connection connection) {
        try {
            Set<String> found = new LinkedHashSet<>(ForeignKeyCheck.all(connection));
            if (!found.isEmpty()) {
                LOG.warn("The database already has {} foreign key violation(s) before the migration; only new ones "
                        + "fail it: {}", found.size(), found);
            }
            return found;
        } catch (SQLException ex) {
            LOG.warn("PRAGMA foreign_key_check fails before the migration ({}); the foreign keys will not be "
                    + "checked before it commits", ex.getMessage());
            return null;
        }
    }

    private static boolean foreignKeys(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("PRAGMA foreign_keys")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
