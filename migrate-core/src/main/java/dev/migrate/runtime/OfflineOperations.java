package dev.migrate.runtime;

import dev.migrate.MigrateException;
import dev.migrate.script.Script;
import dev.migrate.script.SqlStatement;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a step's statements as SQL text instead of running them ({@code --sql}). Code that needs
 * the live connection cannot be written out and fails with a message saying so.
 */
final class OfflineOperations implements StatementTarget {

    private final Script script;
    private final SqlOutput out;

    OfflineOperations(Script script, SqlOutput out) {
        this.script = script;
        this.out = out;
    }

    @Override
    public void execute(SqlStatement statement) {
        try {
            out.statement(statement.sql());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void execute(ConnectionCallback callback) {
        throw new MigrateException("Revision " + script.revision().id() + " (" + script.path() + ") runs code on a live "
                + "database connection (op.execute(ConnectionCallback)), which cannot be written as SQL: it needs "
                + "a live connection and cannot run in --sql mode. Apply it online, or write its work as SQL "
                + "statements.");
    }
}
