package dev.migrate.runtime;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.RenderContext;
import dev.migrate.operations.BatchOperations;
import dev.migrate.operations.Column;
import dev.migrate.operations.ColumnChange;
import dev.migrate.operations.Constraint;
import dev.migrate.operations.Index;
import dev.migrate.operations.Operation;
import dev.migrate.operations.Operations;
import dev.migrate.operations.TableElement;
import dev.migrate.reflect.Inspector;
import dev.migrate.script.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The {@link Operations} a Java migration is handed: each call becomes an {@link Operation}, the
 * dialect renders it, and the statements go to the {@link StatementTarget}, so that online and
 * offline runs see the same statements.
 *
 * <p>Alterations of an existing table (add/drop/alter column, add/drop constraint) run as a batch
 * of one: where the dialect says ALTER TABLE cannot do an operation ({@link Dialect#needsRebuild},
 * only ever on SQLite), it goes to the table rebuild instead.
 */
final class MigrationOperations implements Operations {

    private final Dialect dialect;
    private final StatementTarget target;

    MigrationOperations(Dialect dialect, StatementTarget target) {
        this.dialect = dialect;
        this.target = target;
    }

    @Override
    public void createTable(String name, TableElement... elements) {
        List<Column> columns = new ArrayList<>();
        List<Constraint> constraints = new ArrayList<>();
        for (TableElement element : elements) {
            if (element instanceof Column column) {
                columns.add(column);
            } else {
                constraints.add((Constraint) element);
            }
        }
        run(new Operation.CreateTable(name, columns, constraints));
    }

    @Override
    public void dropTable(String name) {
        run(new Operation.DropTable(name));
    }

    @Override
    public void renameTable(String from, String to) {
        run(new Operation.RenameTable(from, to));
    }

    @Override
    public void addColumn(String table, Column column) {
        alter(table, new Operation.AddColumn(table, column));
    }

    @Override
    public void dropColumn(String table, String column) {
        alter(table, new Operation.DropColumn(table, column));
    }

    @Override
    public void alterColumn(String table, String column, ColumnChange change) {
        alter(table, new Operation.AlterColumn(table, column, change));
    }

    @Override
    public void createIndex(Index index) {
        run(new Operation.CreateIndex(index));
    }

    @Override
    public void dropIndex(String name, String table) {
        run(new Operation.DropIndex(name, table));
    }

    @Override
    public void createUniqueConstraint(String name, String table, String... columns) {
        alter(table, new Operation.AddConstraint(table, Constraint.unique(name, columns)));
    }

    @Override
    public void createForeignKey(String table, Constraint.ForeignKey foreignKey) {
        alter(table, new Operation.AddConstraint(table, foreignKey));
    }

    @Override
    public void createCheckConstraint(String name, String table, String condition) {
        alter(table, new Operation.AddConstraint(table, Constraint.check(name, condition)));
    }

    @Override
    public void createPrimaryKey(String name, String table, String... columns) {
        alter(table, new Operation.AddConstraint(table, Constraint.primaryKey(name, columns)));
    }

    @Override
    public void dropConstraint(String name, String table, Constraint.Type type) {
        alter(table, new Operation.DropConstraint(table, name, type));
    }

    @Override
    public void createSequence(String name, long start, long increment) {
        run(new Operation.CreateSequence(name, start, increment));
    }

    @Override
    public void dropSequence(String name) {
        run(new Operation.DropSequence(name));
    }

    @Override
    public void bulkInsert(String table, List<Map<String, Object>> rows) {
        target.insert(new Operation.BulkInsert(table, rows));
    }

    @Override
    public void batchAlterTable(String table, Operation.Recreate recreate, Consumer<BatchOperations> alterations) {
        BatchCollector batch = new BatchCollector(table);
        alterations.accept(batch);
        batch(new Operation.BatchAlterTable(table, recreate, batch.operations()));
    }

    @Override
    public Inspector inspector() {
        return target.inspector();
    }

    @Override
    public void execute(String sql) {
        target.execute(new SqlStatement(sql, 0));
    }

    @Override
    public void execute(ConnectionCallback callback) {
        target.execute(callback);
    }

    @Override
    public void autocommitBlock(Consumer<Operations> block) {
        target.autocommit(() -> block.accept(this));
    }

    private void alter(String table, Operation operation) {
        batch(new Operation.BatchAlterTable(table, Operation.Recreate.AUTO, List.of(operation)));
    }

    /**
     * Runs a batch. Judged from the operations alone (as offline), if ALTER cannot do one of them
     * the whole batch goes to the table rebuild, so nothing of it runs as ALTER; {@code ALWAYS}
     * sends it there regardless, {@code NEVER} refuses it before anything runs. Otherwise the
     * operations run as ALTERs in order, each judged again online just before it runs (SQLite
     * cannot drop a column an index still covers, but can once the batch dropped the index); the
     * first one that turns out to need the rebuild goes there with every operation after it.
     */
    private void batch(Operation.BatchAlterTable batch) {
        RenderContext context = target.context();
        RenderContext statically = RenderContext.offline(context.capabilities(), "batchAlterTable " + batch.table());
        List<Operation> operations = batch.operations();
        List<Operation> needing = operations.stream().filter(op -> dialect.needsRebuild(op, statically)).toList();
        if (batch.recreate() == Operation.Recreate.NEVER && !needing.isEmpty()) {
            throw never(batch, needing, "Nothing of this batch was applied");
        }
        if (batch.recreate() == Operation.Recreate.ALWAYS || !needing.isEmpty()) {
            target.rebuild(batch.table(), operations);
            return;
        }
        for (int i = 0; i < operations.size(); i++) {
            Operation operation = operations.get(i);
            if (context.isOnline() && dialect.needsRebuild(operation, context)) {
                if (batch.recreate() == Operation.Recreate.NEVER) {
                    throw never(batch, List.of(operation), "The operations before it in the batch were applied");
                }
                target.rebuild(batch.table(), operations.subList(i, operations.size()));
                return;
            }
            run(operation);
        }
    }

    private MigrateException never(Operation.BatchAlterTable batch, List<Operation> needing, String applied) {
        RenderContext context = target.context();
        return new MigrateException("batchAlterTable on table " + batch.table() + " with Recreate.NEVER: "
                + context.capabilities().product() + " " + context.capabilities().version() + " cannot "
                + describe(needing) + " with ALTER TABLE, and NEVER forbids rebuilding the table. " + applied
                + "; use Recreate.AUTO");
    }

    private void run(Operation operation) {
        for (String sql : dialect.render(operation, target.context())) {
            target.execute(new SqlStatement(sql, 0));
        }
    }

    static String describe(List<Operation> operations) {
        return operations.stream().map(Operation::describe).collect(Collectors.joining("; "));
    }
}
