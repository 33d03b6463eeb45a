package dev.migrate.runtime;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Capabilities;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.TransactionGuard;
import dev.migrate.revision.Step;
import dev.migrate.revision.VersionChange;
import dev.migrate.script.Script;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of a plan on a connection whose bookkeeping tables exist: every step with its
 * statements, version rows and history row, in the transactions {@link StepTransactions} decides.
 * Each transaction is bracketed by the dialect's {@link TransactionGuard}: opened in autocommit
 * just before BEGIN, asked before every COMMIT (a refusal rolls the transaction back and fails the
 * step), closed after COMMIT or ROLLBACK once the connection is back in autocommit.
 */
final class PlanRun {

    private static final Logger LOG = LoggerFactory.getLogger("dev.migrate.runtime");

    private final Connection connection;
    private final Dialect dialect;
    private final Capabilities capabilities;
    private final VersionTable versions;
    private final HistoryLog history;
    private final String dbUser;

    /** Steps run in the transaction that is open now, not yet committed. */
    private final List<Step> uncommitted = new ArrayList<>();

    /** The guard of the transaction that is open now; {@code null} when none is. */
    private TransactionGuard guard;

    PlanRun(Connection connection, Dialect dialect, Capabilities capabilities, VersionTable versions,
            HistoryLog history, String dbUser) {
        this.connection = connection;
        this.dialect = dialect;
        this.capabilities = capabilities;
        this.versions = versions;
        this.history = history;
        this.dbUser = dbUser;
    }

    void run(List<Step> steps, List<Script> scripts, StepTransactions transactions) throws SQLException {
        try {
            for (int i = 0; i < steps.size(); i++) {
                boolean transactional = transactions.transactional(i);
                if (transactions.beginsBefore(i)) {
                    begin();
                } else if (!transactional) {
                    connection.setAutoCommit(true);
                }
                runStep(steps.get(i), scripts.get(i), transactional, transactions.commitsAfter(i));
            }
        } finally {
            if (guard != null) {
                rollbackQuietly(null);
                closeGuardQuietly(null);
            }
        }
    }

    private void begin() throws SQLException {
        guard = dialect.guardTransaction(connection);
        connection.setAutoCommit(false);
    }

    /** Commits the open transaction, leaves it for autocommit and closes its guard. */
    private void commit() throws SQLException {
        guard.beforeCommit(connection);
        connection.commit();
        uncommitted.clear();
        connection.setAutoCommit(true);
        TransactionGuard closing = guard;
        guard = null;
        closing.close(connection);
    }

    private void beforeCommit() throws SQLException {
        if (guard != null) {
            guard.beforeCommit(connection);
        }
    }

    private void runStep(Step step, Script script, boolean transactional, boolean commit) throws SQLException {
        LOG.info("Running {}", step.describe());
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        OnlineOperations operations = new OnlineOperations(connection, dialect, capabilities, this::beforeCommit,
                uncommitted::clear);
        try {
            if (script != null) {
                ScriptRunner.run(script, step.direction(), operations, dialect);
            }
            long durationMs = (System.nanoTime() - start) / 1_000_000;
            if (!transactional) {
                connection.setAutoCommit(false); // the version rows and history row of a step change together
            }
            for (VersionChange change : step.versionChanges()) {
                versions.apply(connection, change);
            }
            history.insert(connection, HistoryRecord.of(step, script), startedAt, durationMs, dbUser, true);
            if (transactional && commit) {
                commit();
            } else if (!transactional) {
                connection.commit();
                uncommitted.clear();
            } else {
                uncommitted.add(step);
            }
            if (!transactional) {
                connection.setAutoCommit(true);
            }
        } catch (Exception ex) {
            throw failed(step, script, ex, transactional, operations, startedAt, start);
        }
    }

    private MigrateException failed(Step step, Script script, Exception cause, boolean transactional,
            OnlineOperations operations, Instant startedAt, long start) {
        rollbackQuietly(cause);
        closeGuardQuietly(cause);
        String message;
        if (transactional && !operations.committed().isEmpty()) {
            recordFailureQuietly(step, script, startedAt, start, cause);
            String why = "Revision " + step.revision().id() + " ran an autocommit block (op.autocommitBlock), which "
                    + "committed what ran before it and inside it";
            message = FailureMessage.partial(step, script, cause, why, operations.committed(), rowsQuietly(cause));
        } else if (transactional) {
            message = FailureMessage.rolledBack(step, script, cause, uncommitted, rowsQuietly(cause));
        } else {
            if (!operations.executed().isEmpty()) {
                recordFailureQuietly(step, script, startedAt, start, cause);
            }
            String why = dialect.transactionalDdl()
                    ? "Revision " + step.revision().id() + " is marked non-transactional"
                    : dialect.name() + " has no transactional DDL (each DDL statement commits)";
            message = FailureMessage.partial(step, script, cause, why, operations.executed(), rowsQuietly(cause));
        }
        return new MigrateException(message, cause);
    }

    private void rollbackQuietly(Exception cause) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException ex) {
            suppress(cause, ex);
        }
    }

    /** Closes the open transaction's guard, if any, once the transaction is gone. */
    private void closeGuardQuietly(Exception cause) {
        if (guard == null) {
            return;
        }
        TransactionGuard closing = guard;
        guard = null;
        try {
            closing.close(connection);
        } catch (SQLException | RuntimeException ex) {
            suppress(cause, ex);
        }
    }

    private static void suppress(Exception cause, Exception ex) {
        if (cause != null) {
            cause.addSuppressed(ex);
        } else {
            LOG.warn("{}", ex.getMessage());
        }
    }

    private List<String> rowsQuietly(Exception cause) {
        try {
            return versions.rows(connection);
        } catch (SQLException ex) {
            cause.addSuppressed(ex);
            return null;
        }
    }

    /** A history row with success false: the step left changes behind that no transaction undid. */
    private void recordFailureQuietly(Step step, Script script, Instant startedAt, long start, Exception cause) {
        try {
            long durationMs = (System.nanoTime() - start) / 1_000_000;
            history.insert(connection, HistoryRecord.of(step, script), startedAt, durationMs, dbUser, false);
        } catch (SQLException ex) {
            cause.addSuppressed(ex);
        }
    }
}
