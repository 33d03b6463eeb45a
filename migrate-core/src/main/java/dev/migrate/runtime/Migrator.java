package dev.migrate.runtime;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.revision.Plan;
import dev.migrate.script.Script;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs plans against a live database and reads its bookkeeping: the version table (where the
 * database is) and the history table (how it got there).
 *
 * <p>Each step runs in its own transaction where the database has transactional DDL (SQLite,
 * PostgreSQL) and the script allows it: the step's statements, its version-table writes and its
 * history row commit together or not at all. Elsewhere (MySQL/MariaDB, H2, or a script marked
 * non-transactional) the statements run one by one in autocommit, followed by the version rows and
 * the history row in one small transaction; a failure then reports which statements stayed applied.
 *
 * <p>The migrator drives the connection's transactions itself: it switches the connection to
 * autocommit for the run (committing anything the caller left pending) and restores the caller's
 * autocommit setting at the end. A Java migration's connection callback must not commit, roll
 * back or close the connection. Steps are logged on the SLF4J logger {@code dev.migrate.runtime}
 * as Alembic logs them ({@code Running upgrade  -> a, message}).
 */
public final class Migrator {

    private static final Logger LOG = LoggerFactory.getLogger("dev.migrate.runtime");

    private final Connection connection;
    private final Dialect dialect;
    private final RuntimeSettings settings;
    private final VersionTable versions;
    private final HistoryLog history;

    /** A migrator with the default settings ({@link RuntimeSettings#defaults()}). */
    public Migrator(Connection connection, Dialect dialect) {
        this(connection, dialect, RuntimeSettings.defaults());
    }

    /**
     * @param connection the database to migrate; the caller opens and closes it
     * @param dialect the connected database's dialect
     * @param settings table names and transaction granularity
     */
    public Migrator(Connection connection, Dialect dialect, RuntimeSettings settings) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.versions = new VersionTable(dialect, settings.versionTable());
        this.history = new HistoryLog(dialect, settings.historyTable(), settings.appliedBy());
    }

    /**
     * The version table's rows in the database's own order; empty when the table does not exist.
     * Reads only: the table is not created.
     */
    public List<String> currentVersions() {
        return read(() -> versions.rows(connection), "read the version table '" + settings.versionTable() + "'");
    }

    /**
     * Deletes every version row ({@code stamp --purge}); a following stamp plan starts from no
     * rows. Returns how many rows were deleted.
     */
    public int purgeVersions() {
        return read(() -> {
            boolean autoCommit = connection.getAutoCommit();
            try {
                connection.setAutoCommit(true);
                int deleted = versions.purge(connection);
                LOG.info("Purged {} row(s) from the version table '{}'", deleted, settings.versionTable());
                return deleted;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }, "purge the version table '" + settings.versionTable() + "'");
    }

    /** Every history row in the order the steps ran; empty when the history table does not exist. */
    public List<HistoryEntry> history() {
        return read(() -> history.entries(connection), "read the history table '" + settings.historyTable() + "'");
    }

    /**
     * Compares the checksum recorded for every applied revision (its latest upgrade, unless it was
     * downgraded since) with its script's checksum now. Revisions without a recorded checksum (Java
     * migrations, stamps) and revisions without a script are not checked. Reads only.
     *
     * @return every applied script edited since it was applied, in the order they were applied
     */
    public List<ChecksumMismatch> validate(List<? extends Script> scripts) {
        Map<String, Script> byId = scripts.stream()
                .collect(Collectors.toMap(s -> s.revision().id(), Function.identity(), (a, b) -> a));
        Map<String, String> recorded = read(() -> history.appliedChecksums(connection),
                "read the history table '" + settings.historyTable() + "'");
        List<ChecksumMismatch> mismatches = new ArrayList<>();
        recorded.forEach((revision, checksum) -> {
            Script script = byId.get(revision);
            if (script == null) {
                return;
            }
            Optional<String> current = script.checksum();
            if (!current.equals(Optional.of(checksum))) {
                mismatches.add(new ChecksumMismatch(revision, script.path(), checksum, current.orElse(null)));
            }
        });
        return mismatches;
    }

    /**
     * Runs every step of the plan in order. The version and history tables are created first when
     * missing. The version table must hold exactly the plan's start rows.
     *
     * @param scripts the scripts by revision id; every upgrade and downgrade step needs one
     * @throws MigrateException when a step fails, saying which revision, where, the database's
     *     error, what was rolled back or stayed applied, and what to do
     */
    public void run(Plan plan, Map<String, ? extends Script> scripts) {
        if (plan.isEmpty()) {
            return;
        }
        List<Script> stepScripts = StepScripts.resolve(plan, scripts);
        StepTransactions transactions = new StepTransactions(dialect, stepScripts, settings.transactionPerRevision());
        boolean autoCommit = read(connection::getAutoCommit, "read the connection's autocommit mode");
        try {
            connection.setAutoCommit(true);
            versions.createIfMissing(connection);
            history.createIfMissing(connection);
            checkStart(plan);
            LOG.info(dialect.transactionalDdl() ? "Will assume transactional DDL." : "Will assume non-transactional DDL.");
            new PlanRun(connection, dialect, dialect.capabilities(connection), versions, history, databaseUser())
                    .run(plan.steps(), stepScripts, transactions);
        } catch (SQLException ex) {
            throw new MigrateException("Migration failed: " + ex.getMessage(), ex);
        } finally {
            restoreAutoCommit(autoCommit);
        }
    }

    private void checkStart(Plan plan) throws SQLException {
        List<String> rows = versions.rows(connection);
        if (!new HashSet<>(rows).equals(new HashSet<>(plan.startHeads())) || rows.size() != plan.startHeads().size()) {
            throw new MigrateException("The version table '" + settings.versionTable() + "' holds "
                    + describe(rows) + " but the plan starts from " + describe(plan.startHeads())
                    + "; the database changed since the plan was made (another migration running?). "
                    + "Nothing was run; run the command again.");
        }
    }

    private static String describe(List<String> rows) {
        return rows.isEmpty() ? "no rows (base)" : "(" + String.join(", ", rows) + ")";
    }

    private String databaseUser() {
        try {
            return connection.getMetaData().getUserName();
        } catch (SQLException ex) {
            return null;
        }
    }

    private void restoreAutoCommit(boolean autoCommit) {
        try {
            if (connection.getAutoCommit() != autoCommit) {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException ex) {
            LOG.warn("Could not restore the connection's autocommit mode to {}: {}", autoCommit, ex.getMessage());
        }
    }

    private static <T> T read(SqlSupplier<T> supplier, String what) {
        try {
            return supplier.get();
        } catch (SQLException ex) {
            throw new MigrateException("Cannot " + what + ": " + ex.getMessage(), ex);
        }
    }

    @FunctionalInterface
    private interface SqlSupplier<T> {
        T get() throws SQLException;
    }
}
