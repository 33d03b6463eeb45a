package dev.migrate.runtime;

import dev.migrate.dialect.RenderContext;
import dev.migrate.operations.Operation;
import dev.migrate.operations.Operations;
import dev.migrate.reflect.Inspector;
import dev.migrate.script.SqlStatement;
import java.util.List;

/**
 * Where a script's statements go: a live connection ({@link OnlineOperations}) or offline SQL
 * text ({@link OfflineOperations}). SQL scripts send their statements here directly; Java
 * migrations go through {@link MigrationOperations}, which renders each operation first.
 */
interface StatementTarget {

    /** What operations are rendered for: capabilities, and the connection online. */
    RenderContext context();

    /** Runs or writes one statement; the line is the script line, 0 when unknown. */
    void execute(SqlStatement statement);

    /** Runs code on the live connection; fails offline. */
    void execute(Operations.ConnectionCallback callback);

    /** Inserts rows: prepared-statement batches online, literal INSERTs offline. */
    void insert(Operation.BulkInsert insert);

    /** Rebuilds a table with the operations applied (SQLite move and copy); fails offline. */
    void rebuild(String table, List<Operation> operations);

    /** The live schema; fails offline. */
    Inspector inspector();

    /** Runs the block outside the step's transaction. */
    void autocommit(Runnable block);
}
