package dev.migrate.runtime;

import dev.migrate.MigrateException;
import dev.migrate.operations.BatchOperations;
import dev.migrate.operations.Column;
import dev.migrate.operations.ColumnChange;
import dev.migrate.operations.Constraint;
import dev.migrate.operations.Index;
import dev.migrate.operations.Operation;
import java.util.ArrayList;
import java.util.List;

/** Records the alterations of a {@code batchAlterTable} block as operations on its table. */
final class BatchCollector implements BatchOperations {

    private final String table;
    private final List<Operation> operations = new ArrayList<>();

    BatchCollector(String table) {
        this.table = table;
    }

    List<Operation> operations() {
        return List.copyOf(operations);
    }

    @Override
    public void addColumn(Column column) {
        operations.add(new Operation.AddColumn(table, column));
    }

    @Override
    public void dropColumn(String column) {
        operations.add(new Operation.DropColumn(table, column));
    }

    @Override
    public void alterColumn(String column, ColumnChange change) {
        operations.add(new Operation.AlterColumn(table, column, change));
    }

    @Override
    public void createIndex(Index index) {
        if (!index.table().equals(table)) {
            throw new MigrateException("Index " + index.name() + " is on table " + index.table()
                    + ", but the batch alters table " + table);
        }
        operations.add(new Operation.CreateIndex(index));
    }

    @Override
    public void dropIndex(String name) {
        operations.add(new Operation.DropIndex(name, table));
    }

    @Override
    public void createUniqueConstraint(String name, String... columns) {
        operations.add(new Operation.AddConstraint(table, Constraint.unique(name, columns)));
    }

    @Override
    public void createForeignKey(Constraint.ForeignKey foreignKey) {
        operations.add(new Operation.AddConstraint(table, foreignKey));
    }

    @Override
    public void createCheckConstraint(String name, String condition) {
        operations.add(new Operation.AddConstraint(table, Constraint.check(name, condition)));
    }

    @Override
    public void createPrimaryKey(String name, String... columns) {
        operations.add(new Operation.AddConstraint(table, Constraint.primaryKey(name, columns)));
    }

    @Override
    public void dropConstraint(String name, Constraint.Type type) {
        operations.add(new Operation.DropConstraint(table, name, type));
    }
}
