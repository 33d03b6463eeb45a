package dev.migrate.dialect;

import dev.migrate.MigrateException;
import dev.migrate.operations.Column;
import dev.migrate.operations.ColumnChange;
import dev.migrate.operations.Constraint;
import dev.migrate.operations.Index;
import dev.migrate.operations.Operation;
import dev.migrate.operations.ReferentialAction;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates the operations of a batch on one table into the {@link TableChange}s of
 * {@link SqliteTableRebuild}: types written by the SQLite dialect, defaults, conditions and
 * expressions as the author wrote them.
 *
 * <p>The rebuild renames columns first and every other change then names columns by their new
 * names, whereas a batch names them as they are at that point of the batch. So a column that a
 * later operation renames is named by its final name in the operations before the rename.
 *
 * <p>Not translated, and refused before anything runs: adding a primary-key or auto-increment
 * column (add the column, then {@code createPrimaryKey}); operations that are not alterations of
 * the batch's table. A comment change is dropped with the dialect's warning (SQLite has no
 * comments); an alteration that changes only the comment becomes no change at all.
 */
final class RebuildChanges {

    private final SqliteDialect dialect;
    private final String table;

    RebuildChanges(SqliteDialect dialect, String table) {
        this.dialect = dialect;
        this.table = table;
    }

    List<TableChange> of(List<Operation> operations) {
        List<Renames.Rename> renames = Renames.inBatch(operations);
        List<TableChange> changes = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            Renames names = new Renames(renames, i);
            changes.addAll(change(operations.get(i), names));
        }
        return changes;
    }

    private List<TableChange> change(Operation operation, Renames names) {
        if (operation instanceof Operation.AddColumn add) {
            return List.of(addColumn(add.column(), names));
        } else if (operation instanceof Operation.DropColumn drop) {
            return List.of(new TableChange.DropColumn(names.of(drop.column())));
        } else if (operation instanceof Operation.AlterColumn alter) {
            return alterColumn(alter, names);
        } else if (operation instanceof Operation.CreateIndex create) {
            return List.of(createIndex(create.index(), names));
        } else if (operation instanceof Operation.DropIndex drop) {
            return List.of(new TableChange.DropIndex(drop.name()));
        } else if (operation instanceof Operation.AddConstraint add) {
            return List.of(constraint(add.constraint(), names));
        } else if (operation instanceof Operation.DropConstraint drop) {
            return List.of(new TableChange.DropConstraint(drop.name()));
        }
        throw new MigrateException("A rebuild of table " + table + " cannot apply " + operation.describe()
                + ": only alterations of the table itself (add/drop/alter column, create/drop index, add/drop "
                + "constraint) belong in its batch");
    }

    private TableChange addColumn(Column column, Renames names) {
        if (column.isPrimaryKey() || column.isAutoIncrement()) {
            throw new MigrateException("Cannot add column " + column.name() + " to table " + table + " as "
                    + (column.isAutoIncrement() ? "an auto-increment " : "a ") + "primary-key column on SQLite: the "
                    + "existing rows have no values for it. Add it as a plain column, fill it, then add the key "
                    + "with createPrimaryKey. Nothing of this batch was applied.");
        }
        if (column.comment() != null) {
            dialect.separateComment(table, column.name(), column.comment(), true);
        }
        return new TableChange.AddColumn(names.of(column.name()), dialect.typeName(column.type()), column.nullable(),
                column.serverDefault());
    }

    private List<TableChange> alterColumn(Operation.AlterColumn alter, Renames names) {
        ColumnChange change = alter.change();
        if (change.changeComment()) {
            dialect.separateComment(table, alter.column(), change.comment(), true);
        }
        List<TableChange> out = new ArrayList<>();
        if (change.newName() != null) {
            // renames run first in the rebuild, in batch order, so they keep the batch's names
            out.add(TableChange.AlterColumn.rename(alter.column(), change.newName()));
        }
        if (change.type() != null || change.nullable() != null || change.changeDefault()) {
            String column = names.of(change.newName() != null ? change.newName() : alter.column());
            out.add(new TableChange.AlterColumn(column, null,
                    change.type() == null ? null : dialect.typeName(change.type()), change.nullable(),
                    change.changeDefault() ? new TableChange.DefaultChange(change.serverDefault()) : null, null));
        }
        return out;
    }

    private TableChange createIndex(Index index, Renames names) {
        List<TableChange.CreateIndex.Element> elements = new ArrayList<>();
        for (Index.IndexColumn column : index.columns()) {
            TableChange.CreateIndex.Element element = column.expression()
                    ? TableChange.CreateIndex.Element.expression(column.text())
                    : TableChange.CreateIndex.Element.column(names.of(column.text()));
            elements.add(column.descending() ? element.desc() : element);
        }
        return new TableChange.CreateIndex(index.name(), elements, index.isUnique(), index.where());
    }

    private TableChange constraint(Constraint constraint, Renames names) {
        if (constraint instanceof Constraint.PrimaryKey key) {
            return new TableChange.AddPrimaryKey(key.name(), names.of(key.columns()));
        } else if (constraint instanceof Constraint.Unique unique) {
            return new TableChange.AddUnique(unique.name(), names.of(unique.columns()));
        } else if (constraint instanceof Constraint.Check check) {
            return new TableChange.AddCheck(check.name(), check.condition());
        }
        Constraint.ForeignKey key = (Constraint.ForeignKey) constraint;
        boolean self = dialect.sameName(key.referredTable(), table);
        return new TableChange.AddForeignKey(key.name(), names.of(key.columns()), key.referredTable(),
                self ? names.of(key.referredColumns()) : key.referredColumns(), action(key.onDelete()),
                action(key.onUpdate()));
    }

    private static String action(ReferentialAction action) {
        return action == null ? null : action.sql();
    }
}
