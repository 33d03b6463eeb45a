package dev.migrate.runtime;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.revision.Plan;
import dev.migrate.revision.Step;
import dev.migrate.revision.VersionChange;
import dev.migrate.script.Script;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a plan as one SQL script instead of running it: Alembic's offline mode
 * ({@code upgrade --sql}).
 *
 * <p>A plan that starts at base (no start rows) begins with the version table's
 * {@code CREATE TABLE}; every script creates the history table if it is missing. Each step then
 * appears as a {@code -- Running upgrade  -> a, message} comment, its statements, its version-table
 * writes and its history row, wrapped in {@code BEGIN;}/{@code COMMIT;} where the database has
 * transactional DDL (per step, or one transaction for consecutive steps when
 * {@link RuntimeSettings#transactionPerRevision()} is false). Executed on a database at the plan's
 * start, the script leaves the same version rows as running the plan online.
 */
public final class SqlWriter {

    private final Dialect dialect;
    private final RuntimeSettings settings;
    private final VersionTable versions;
    private final HistoryLog history;

    /**
     * @param dialect the database the SQL is for
     * @param settings table names, transaction granularity and the user recorded in the history
     */
    public SqlWriter(Dialect dialect, RuntimeSettings settings) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.versions = new VersionTable(dialect, settings.versionTable());
        this.history = new HistoryLog(dialect, settings.historyTable(), settings.appliedBy());
    }

    /**
     * Writes the whole script.
     *
     * @param scripts the scripts by revision id; every upgrade and downgrade step needs one
     * @throws MigrateException when a script is missing, or a Java migration needs a live connection
     * @throws IOException when {@code out} fails
     */
    public void write(Plan plan, Map<String, ? extends Script> scripts, Appendable out) throws IOException {
        List<Script> stepScripts = StepScripts.resolve(plan, scripts);
        StepTransactions transactions = new StepTransactions(dialect, stepScripts, settings.transactionPerRevision());
        SqlOutput sql = new SqlOutput(out);

        sql.statements(dialect.offlineBegin());
        if (plan.startHeads().isEmpty()) {
            sql.statement(versions.createSql());
        }
        sql.statement(history.createSql());
        sql.statements(dialect.offlineCommit());

        List<Step> steps = plan.steps();
        for (int i = 0; i < steps.size(); i++) {
            if (transactions.beginsBefore(i)) {
                sql.statements(dialect.offlineBegin());
            }
            writeStep(steps.get(i), stepScripts.get(i), sql, transactions.transactional(i));
            if (transactions.commitsAfter(i)) {
                sql.statements(dialect.offlineCommit());
            }
        }
    }

    private void writeStep(Step step, Script script, SqlOutput sql, boolean inTransaction) throws IOException {
        sql.comment("Running " + step.describe());
        if (script != null) {
            try {
                ScriptRunner.run(script, step.direction(), new OfflineOperations(script, sql, dialect, inTransaction),
                        dialect);
            } catch (MigrateException ex) {
                throw ex;
            } catch (UncheckedIOException ex) {
                throw ex.getCause();
            } catch (Exception ex) {
                throw new MigrateException("Revision " + script.revision().id() + " (" + script.path()
                        + ") failed while writing offline SQL: " + ex, ex);
            }
        }
        for (VersionChange change : step.versionChanges()) {
            sql.statement(versions.literalSql(change));
        }
        sql.statement(history.literalSql(HistoryRecord.of(step, script)));
    }
}
