package dev.migrate.runtime;

import dev.migrate.operations.Operations;
import dev.migrate.script.SqlStatement;

/** Where a script's statements go: a live connection or offline SQL text. */
interface StatementTarget extends Operations {

    /** Runs or writes one statement; the line is the script line, 0 when unknown. */
    void execute(SqlStatement statement);

    @Override
    default void execute(String sql) {
        execute(new SqlStatement(sql, 0));
    }
}
