package dev.migrate.autogenerate;

import dev.migrate.dialect.Dialect;
import dev.migrate.operations.Column;
import dev.migrate.operations.Constraint;
import dev.migrate.operations.Index;
import dev.migrate.operations.Operation;
import dev.migrate.operations.ReferentialAction;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.ColumnInfo;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns parts of the schema model into the {@code op} API's values: a table into its
 * {@code createTable} and {@code createIndex} operations, a column into a {@link Column}, a
 * foreign key into a {@link Constraint.ForeignKey}. Used for both sides: the model's tables to
 * create and the database's tables to re-create on downgrade.
 */
final class SchemaOperations {

    private final Dialect dialect;
    private final Names names;

    SchemaOperations(Dialect dialect, Names names) {
        this.dialect = dialect;
        this.names = names;
    }

    /** A column as {@code addColumn} and {@code createTable} take it; {@code inlineKey} marks a one-column key. */
    Column column(ColumnInfo info, boolean inlineKey) {
        Column column = Column.of(info.name(), SqlTypes.forColumn(info.type(), dialect)).nullable(info.nullable());
        if (info.defaultSql() != null) {
            column = column.serverDefault(info.defaultSql());
        }
        if (inlineKey) {
            column = column.primaryKey();
        }
        if (info.autoincrement()) {
            column = column.autoIncrement();
        }
        return column;
    }

    /**
     * The {@code createTable} of a table, followed by its {@code createIndex} operations.
     *
     * @param withForeignKeys whether the table's foreign keys are declared in it (a foreign key
     *     to a table created later is added afterwards instead)
     */
    List<Operation> create(Table table, List<ForeignKey> withForeignKeys) {
        List<String> key = table.primaryKey() == null ? List.of() : table.primaryKey().columns();
        boolean inline = key.size() == 1;
        List<Column> columns = new ArrayList<>();
        for (ColumnInfo info : table.columns()) {
            columns.add(column(info, inline && info.name().equalsIgnoreCase(key.get(0))));
        }
        List<Constraint> constraints = new ArrayList<>();
        if (key.size() > 1) {
            constraints.add(new Constraint.PrimaryKey(null, key));
        }
        List<Names.Unique> uniques = names.uniques(table);
        for (Names.Unique unique : uniques) {
            if (!unique.isIndex()) {
                constraints.add(new Constraint.Unique(unique.name(), unique.columns()));
            }
        }
        for (CheckConstraint check : table.checkConstraints()) {
            constraints.add(Constraint.check(names.check(table, check), check.sql()));
        }
        for (ForeignKey fk : withForeignKeys) {
            constraints.add(foreignKey(table, fk));
        }
        List<Operation> out = new ArrayList<>();
        out.add(new Operation.CreateTable(table.name(), columns, constraints));
        for (Names.Unique unique : uniques) {
            if (unique.isIndex()) {
                out.add(new Operation.CreateIndex(unique.operationIndex(table.name())));
            }
        }
        for (dev.migrate.schema.Index index : names.plainIndexes(table)) {
            out.add(new Operation.CreateIndex(index(table.name(), index)));
        }
        return out;
    }

    /** A foreign key as {@code createForeignKey} takes it, its actions only where they are not the default. */
    Constraint.ForeignKey foreignKey(Table table, ForeignKey fk) {
        return new Constraint.ForeignKey(names.foreignKey(table, fk), fk.columns(), fk.referredTable(),
                names.referredColumns(fk), action(fk.onDelete()), action(fk.onUpdate()));
    }

    private ReferentialAction action(String action) {
        String canonical = dialect.canonicalAction(action);
        if (canonical.equals("NO ACTION")) {
            return null;
        }
        return ReferentialAction.valueOf(canonical.replace(' ', '_').toUpperCase(Locale.ROOT));
    }

    /** An index of the schema model as {@code createIndex} takes it. */
    static Index index(String table, dev.migrate.schema.Index index) {
        List<Index.IndexColumn> columns = index.columns().stream()
                .map(c -> c.expression() != null ? Index.IndexColumn.expression(c.expression())
                        : new Index.IndexColumn(c.name(), false, c.descending()))
                .toList();
        return new Index(index.name(), table, columns, index.unique(), index.where());
    }
}
