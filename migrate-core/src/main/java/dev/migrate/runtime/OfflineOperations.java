package dev.migrate.runtime;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.RenderContext;
import dev.migrate.operations.Operation;
import dev.migrate.operations.Operations;
import dev.migrate.reflect.Inspector;
import dev.migrate.script.Script;
import dev.migrate.script.SqlStatement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a step's statements as SQL text instead of running them ({@code --sql}), rendered for
 * the dialect's stated {@link dev.migrate.dialect.Capabilities}. What needs the live connection (a
 * JDBC callback, the inspector, a table rebuild, a MySQL column restated without
 * {@code existing}) cannot be written out and fails with a message naming the revision.
 */
final class OfflineOperations implements StatementTarget {

    private final Script script;
    private final SqlOutput out;
    private final Dialect dialect;
    private final boolean inTransaction;
    private final RenderContext context;
    private boolean inAutocommitBlock;

    /**
     * @param inTransaction whether the step's statements are written inside {@code BEGIN}/{@code COMMIT}
     */
    OfflineOperations(Script script, SqlOutput out, Dialect dialect, boolean inTransaction) {
        this.script = script;
        this.out = out;
        this.dialect = dialect;
        this.inTransaction = inTransaction;
        this.context = RenderContext.offline(dialect.capabilities(), source());
    }

    private String source() {
        return "Revision " + script.revision().id() + " (" + script.path() + ")";
    }

    @Override
    public RenderContext context() {
        return context;
    }

    @Override
    public void execute(SqlStatement statement) {
        write(List.of(statement.sql()));
    }

    @Override
    public void execute(Operations.ConnectionCallback callback) {
        throw new MigrateException(source() + " runs code on a live "
                + "database connection (op.execute(ConnectionCallback)), which cannot be written as SQL: it needs "
                + "a live connection and cannot run in --sql mode. Apply it online, or write its work as SQL "
                + "statements.");
    }

    @Override
    public void insert(Operation.BulkInsert insert) {
        write(dialect.render(insert, context));
    }

    @Override
    public void rebuild(String table, List<Operation> operations) {
        throw new MigrateException(source() + ": " + MigrationOperations.describe(operations) + " needs a rebuild of "
                + "table " + table + " (move and copy) on " + context.capabilities().product() + ", which reads the "
                + "live table; it needs a live database connection and cannot run in --sql mode. Apply this "
                + "revision online, or write the rebuild's statements with op.execute (SqliteTableRebuild.script "
                + "works them out from the table's CREATE TABLE, like Alembic's copy_from).");
    }

    @Override
    public Inspector inspector() {
        throw new MigrateException(source() + " asks the inspector (op.inspector()) about the live schema: it needs a "
                + "live database connection and cannot run in --sql mode, where there is no database to ask. Apply "
                + "it online, or write its steps without asking.");
    }

    /** Writes {@code COMMIT;} before the block and {@code BEGIN;} after it when the step is in a transaction. */
    @Override
    public void autocommit(Runnable block) {
        if (!inTransaction || inAutocommitBlock) {
            block.run();
            return;
        }
        write(dialect.offlineCommit());
        inAutocommitBlock = true;
        try {
            block.run();
        } finally {
            inAutocommitBlock = false;
        }
        write(dialect.offlineBegin());
    }

    private void write(List<String> statements) {
        try {
            out.statements(statements);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
