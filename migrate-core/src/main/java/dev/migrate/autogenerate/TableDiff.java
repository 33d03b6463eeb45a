package dev.migrate.autogenerate;

import dev.migrate.dialect.Dialect;
import dev.migrate.operations.Column;
import dev.migrate.operations.ColumnChange;
import dev.migrate.operations.Constraint;
import dev.migrate.operations.Operation;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.ColumnInfo;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Compares one table of the model with the same table of the database. Its changes come in three
 * groups, because the schema diff puts them in different places of the revision: foreign keys to
 * drop (before any table is dropped), the table's own alterations, and foreign keys to add (after
 * every table is created).
 */
final class TableDiff {

    final List<Change> foreignKeyDrops = new ArrayList<>();
    final List<Change> alterations = new ArrayList<>();
    final List<Change> foreignKeyAdds = new ArrayList<>();

    private final Table model;
    private final Table database;
    private final Context context;
    private final String table;
    private final List<Change> added = new ArrayList<>();
    private final List<Change> dropped = new ArrayList<>();
    /** Index, unique and check additions, which go after the column changes they may depend on. */
    private final List<Change> pendingAdds = new ArrayList<>();

    /** What every table comparison shares. */
    record Context(Dialect dialect, DiffOptions options, TableRows rows, Names modelNames, Names databaseNames,
            SchemaOperations modelOps, SchemaOperations databaseOps) {
    }

    TableDiff(Table model, Table database, Context context) {
        this.model = model;
        this.database = database;
        this.context = context;
        this.table = model.name();
    }

    TableDiff compare() {
        compareIndexes();
        compareUniques();
        compareChecks();
        compareColumns();
        compareForeignKeys();
        return this;
    }

    // ------------------------------------------------------------------ columns

    private void compareColumns() {
        Map<String, ColumnInfo> existing = byName(database.columns());
        for (ColumnInfo column : model.columns()) {
            ColumnInfo current = existing.remove(key(column.name()));
            if (current == null) {
                added.add(addColumn(column));
            } else {
                alterColumn(column, current);
            }
        }
        for (ColumnInfo column : existing.values()) {
            dropped.add(dropColumn(column));
        }
        notePossibleRenames();
        int position = firstColumnChange();
        alterations.addAll(position, added);
        alterations.addAll(position + added.size(), dropped);
    }

    /** Column additions and drops come after index, unique and check drops, before the additions of those. */
    private int firstColumnChange() {
        int position = 0;
        while (position < alterations.size() && alterations.get(position).upgrade().stream()
                .allMatch(op -> op instanceof Operation.DropIndex || op instanceof Operation.DropConstraint)) {
            position++;
        }
        return position;
    }

    private Change addColumn(ColumnInfo column) {
        Column op = context.modelOps().column(column, false);
        Risk risk = Risk.SAFE;
        List<String> notes = new ArrayList<>();
        if (!column.nullable() && column.defaultSql() == null && context.rows().hasRows(database.name())) {
            risk = Risk.CAUTION;
            notes.add(table + " has rows and " + column.name() + " is NOT NULL without a server default, so this "
                    + "ALTER fails. Add it nullable, fill it (op.execute(\"UPDATE ...\")), then make it NOT NULL with "
                    + "op.alterColumn(\"" + table + "\", \"" + column.name() + "\", ColumnChange.change().notNull()); "
                    + "or give it a server default");
        }
        return new Change("add column " + table + "." + column.name(), risk, notes, table,
                List.of(new Operation.AddColumn(table, op)), List.of(new Operation.DropColumn(table, column.name())));
    }

    private Change dropColumn(ColumnInfo column) {
        Column restored = context.databaseOps().column(column, false);
        List<String> notes = new ArrayList<>();
        notes.add("drops the values of " + table + "." + column.name());
        if (!restored.nullable() && restored.serverDefault() == null) {
            restored = restored.nullable(true);
            notes.add("the downgrade adds it back nullable: its values are gone, and NOT NULL would fail on rows");
        }
        return new Change("drop column " + table + "." + column.name(), Risk.DANGER, notes, table,
                List.of(new Operation.DropColumn(database.name(), column.name())),
                List.of(new Operation.AddColumn(table, restored)));
    }

    private void alterColumn(ColumnInfo wanted, ColumnInfo current) {
        Dialect dialect = context.dialect();
        ColumnChange up = ColumnChange.change();
        ColumnChange down = ColumnChange.change();
        List<String> what = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Risk risk = Risk.SAFE;
        String from = dialect.canonicalType(current.type());
        String to = dialect.canonicalType(wanted.type());
        if (!from.equals(to)) {
            up = up.type(SqlTypes.forColumn(wanted.type(), dialect));
            down = down.type(SqlTypes.forColumn(current.type(), dialect));
            Risk typeRisk = SqlTypes.risk(from, to);
            risk = max(risk, typeRisk);
            what.add("type " + current.type() + " -> " + wanted.type());
            if (typeRisk == Risk.DANGER) {
                notes.add(to + " holds less than " + from + ": longer or larger values are cut or rejected");
            } else if (typeRisk == Risk.CAUTION) {
                notes.add("existing values must convert from " + from + " to " + to);
            }
        }
        if (wanted.nullable() != current.nullable() && wanted.primaryKeyPosition() == 0) {
            up = up.nullable(wanted.nullable());
            down = down.nullable(current.nullable());
            what.add(wanted.nullable() ? "nullable" : "NOT NULL");
            if (!wanted.nullable()) {
                risk = max(risk, Risk.CAUTION);
                notes.add("fails if " + table + "." + wanted.name() + " holds NULLs: fill them first "
                        + "(op.execute(\"UPDATE " + table + " SET " + wanted.name() + " = ... WHERE " + wanted.name()
                        + " IS NULL\"))");
            }
        }
        boolean defaults = context.options().compareServerDefaults()
                && !Objects.equals(dialect.canonicalDefault(wanted.defaultSql()), dialect.canonicalDefault(current.defaultSql()));
        if (defaults) {
            up = up.serverDefault(wanted.defaultSql());
            down = down.serverDefault(current.defaultSql());
            what.add("server default " + current.defaultSql() + " -> " + wanted.defaultSql());
        }
        if (up.isEmpty()) {
            return;
        }
        Column before = context.databaseOps().column(current, false);
        ColumnInfo afterInfo = new ColumnInfo(current.name(), up.type() != null ? wanted.type() : current.type(),
                up.nullable() != null ? wanted.nullable() : current.nullable(),
                defaults ? wanted.defaultSql() : current.defaultSql(), current.primaryKeyPosition(), current.autoincrement(),
                current.collation(), current.generated(), current.hidden());
        Column after = context.databaseOps().column(afterInfo, false);
        alterations.add(new Change("alter column " + table + "." + wanted.name() + " (" + String.join(", ", what) + ")",
                risk, notes, table,
                List.of(new Operation.AlterColumn(table, current.name(), up.existing(before))),
                List.of(new Operation.AlterColumn(table, current.name(), down.existing(after)))));
    }

    /** A dropped and an added column of one type in the same table are probably a rename. */
    private void notePossibleRenames() {
        for (int d = 0; d < dropped.size(); d++) {
            String old = ((Operation.DropColumn) dropped.get(d).upgrade().get(0)).column();
            ColumnInfo oldInfo = database.column(old).orElseThrow();
            for (int a = 0; a < added.size(); a++) {
                Column neu = ((Operation.AddColumn) added.get(a).upgrade().get(0)).column();
                ColumnInfo newInfo = model.column(neu.name()).orElseThrow();
                if (context.dialect().canonicalType(oldInfo.type()).equals(context.dialect().canonicalType(newInfo.type()))) {
                    String note = "probable rename of " + table + "." + old + " to " + neu.name() + ": a drop and an add "
                            + "lose the values. Use op.alterColumn(\"" + table + "\", \"" + old + "\", "
                            + "ColumnChange.change().rename(\"" + neu.name() + "\")) instead, or generate again with "
                            + "--rename " + table + "." + old + "=" + neu.name();
                    dropped.set(d, dropped.get(d).withNote(note));
                    added.set(a, added.get(a).withNote(note));
                }
            }
        }
    }

    // ------------------------------------------------------------------ indexes, uniques, checks

    private void compareIndexes() {
        Map<String, Index> existing = new LinkedHashMap<>();
        context.databaseNames().plainIndexes(database).forEach(i -> existing.put(key(i.name()), i));
        List<Change> creates = new ArrayList<>();
        for (Index index : context.modelNames().plainIndexes(model)) {
            Index current = existing.remove(key(index.name()));
            if (current != null && sameIndex(index, current)) {
                continue;
            }
            if (current != null) {
                alterations.add(dropIndex(current, "index " + current.name() + " changes"));
            }
            creates.add(new Change("create index " + index.name() + " on " + table + " (" + terms(index) + ")",
                    Risk.SAFE, List.of(), table,
                    List.of(new Operation.CreateIndex(SchemaOperations.index(table, index))),
                    List.of(new Operation.DropIndex(index.name(), table))));
        }
        for (Index index : existing.values()) {
            alterations.add(dropIndex(index, null));
        }
        pendingAdds.addAll(creates);
    }

    private Change dropIndex(Index index, String note) {
        return new Change("drop index " + index.name() + " on " + table, Risk.SAFE,
                note == null ? List.of() : List.of(note), table,
                List.of(new Operation.DropIndex(index.name(), database.name())),
                List.of(new Operation.CreateIndex(SchemaOperations.index(table, index))));
    }

    private static boolean sameIndex(Index a, Index b) {
        if (a.unique() != b.unique() || !Objects.equals(a.where(), b.where()) || a.columns().size() != b.columns().size()) {
            return false;
        }
        for (int i = 0; i < a.columns().size(); i++) {
            Index.Column x = a.columns().get(i);
            Index.Column y = b.columns().get(i);
            if (x.name() == null || y.name() == null || !x.name().equalsIgnoreCase(y.name())
                    || x.descending() != y.descending()) {
                return false;
            }
        }
        return true;
    }

    private static String terms(Index index) {
        return String.join(", ", index.columns().stream()
                .map(c -> (c.name() != null ? c.name() : c.expression()) + (c.descending() ? " DESC" : "")).toList());
    }

    private void compareUniques() {
        Map<List<String>, Names.Unique> existing = new LinkedHashMap<>();
        context.databaseNames().uniques(database).forEach(u -> existing.put(u.key(), u));
        boolean rows = context.rows().hasRows(database.name());
        for (Names.Unique unique : context.modelNames().uniques(model)) {
            if (existing.remove(unique.key()) != null) {
                continue;
            }
            Operation create = unique.isIndex() ? new Operation.CreateIndex(unique.operationIndex(table))
                    : new Operation.AddConstraint(table, new Constraint.Unique(unique.name(), unique.columns()));
            pendingAdds.add(new Change("add unique constraint " + unique.name() + " on " + table + " ("
                    + String.join(", ", unique.columns()) + ")", rows ? Risk.CAUTION : Risk.SAFE,
                    rows ? List.of("fails if " + table + " holds duplicate (" + String.join(", ", unique.columns())
                            + ") values") : List.of(),
                    table, List.of(create), List.of(dropUnique(unique, table))));
        }
        for (Names.Unique unique : existing.values()) {
            alterations.add(new Change("drop unique constraint " + unique.name() + " on " + table, Risk.SAFE, List.of(),
                    table, List.of(dropUnique(unique, database.name())),
                    List.of(unique.isIndex() ? new Operation.CreateIndex(unique.operationIndex(table))
                            : new Operation.AddConstraint(table, new Constraint.Unique(unique.name(), unique.columns())))));
        }
    }

    private static Operation dropUnique(Names.Unique unique, String table) {
        return unique.isIndex() ? new Operation.DropIndex(unique.name(), table)
                : new Operation.DropConstraint(table, unique.name(), Constraint.Type.UNIQUE);
    }

    private void compareChecks() {
        Map<CheckKey, CheckConstraint> existing = new LinkedHashMap<>();
        database.checkConstraints().forEach(c -> existing.put(CheckKey.of(database, c), c));
        List<CheckConstraint> missing = new ArrayList<>();
        for (CheckConstraint check : model.checkConstraints()) {
            if (existing.remove(CheckKey.of(model, check)) == null) {
                missing.add(check);
            }
        }
        boolean rows = context.rows().hasRows(database.name());
        for (CheckConstraint check : missing) {
            CheckKey key = CheckKey.of(model, check);
            CheckConstraint replaced = existing.entrySet().stream()
                    .filter(e -> e.getKey().columns().equals(key.columns()) && e.getValue().name() != null)
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            String name = context.modelNames().check(model, check);
            List<Operation> up = new ArrayList<>();
            List<Operation> down = new ArrayList<>();
            String description = "add check constraint " + name + " on " + table + " (" + check.sql() + ")";
            if (replaced != null) {
                existing.values().remove(replaced);
                name = check.name() != null ? check.name() : replaced.name();
                description = "change check constraint " + replaced.name() + " on " + table + " (" + replaced.sql()
                        + " -> " + check.sql() + ")";
                up.add(new Operation.DropConstraint(database.name(), replaced.name(), Constraint.Type.CHECK));
            }
            up.add(new Operation.AddConstraint(table, Constraint.check(name, check.sql())));
            down.add(new Operation.DropConstraint(table, name, Constraint.Type.CHECK));
            if (replaced != null) {
                down.add(new Operation.AddConstraint(table, Constraint.check(replaced.name(), replaced.sql())));
            }
            pendingAdds.add(new Change(description, rows ? Risk.CAUTION : Risk.SAFE,
                    rows ? List.of("fails if a row of " + table + " does not satisfy " + check.sql()) : List.of(),
                    table, up, down));
        }
        for (CheckConstraint check : existing.values()) {
            if (check.name() == null) {
                alterations.add(new Change("unnamed check constraint on " + table + " (" + check.sql() + ") is not in "
                        + "the model", Risk.SAFE, List.of("it has no name to drop it by: drop it by hand, or through "
                        + "op.batchAlterTable with Recreate.ALWAYS after naming it"), table, List.of(), List.of()));
                continue;
            }
            alterations.add(new Change("drop check constraint " + check.name() + " on " + table, Risk.SAFE, List.of(),
                    table, List.of(new Operation.DropConstraint(database.name(), check.name(), Constraint.Type.CHECK)),
                    List.of(new Operation.AddConstraint(table, Constraint.check(check.name(), check.sql())))));
        }
    }

    // ------------------------------------------------------------------ foreign keys

    private void compareForeignKeys() {
        alterations.addAll(pendingAdds);
        Names names = context.databaseNames();
        Map<String, ForeignKey> existing = new LinkedHashMap<>();
        database.foreignKeys().forEach(fk -> existing.put(names.foreignKeyKey(fk), fk));
        boolean rows = context.rows().hasRows(database.name());
        for (ForeignKey fk : model.foreignKeys()) {
            ForeignKey current = existing.remove(context.modelNames().foreignKeyKey(fk));
            Constraint.ForeignKey wanted = context.modelOps().foreignKey(model, fk);
            if (current == null) {
                foreignKeyAdds.add(new Change("add foreign key " + wanted.name() + " on " + table + " ("
                        + String.join(", ", fk.columns()) + ") -> " + fk.referredTable(), rows ? Risk.CAUTION : Risk.SAFE,
                        rows ? List.of("fails if rows of " + table + " refer to missing " + fk.referredTable() + " rows")
                                : List.of(),
                        table, List.of(new Operation.AddConstraint(table, wanted)),
                        List.of(new Operation.DropConstraint(table, wanted.name(), Constraint.Type.FOREIGN_KEY))));
            } else if (!sameActions(fk, current)) {
                Constraint.ForeignKey old = context.databaseOps().foreignKey(database, current);
                alterations.add(new Change("change foreign key " + old.name() + " on " + table + " (on delete "
                        + action(current.onDelete()) + " -> " + action(fk.onDelete()) + ", on update "
                        + action(current.onUpdate()) + " -> " + action(fk.onUpdate()) + ")", Risk.CAUTION,
                        List.of("changes what deleting or updating a " + fk.referredTable() + " row does to " + table),
                        table,
                        List.of(new Operation.DropConstraint(database.name(), old.name(), Constraint.Type.FOREIGN_KEY),
                                new Operation.AddConstraint(table, wanted)),
                        List.of(new Operation.DropConstraint(table, wanted.name(), Constraint.Type.FOREIGN_KEY),
                                new Operation.AddConstraint(table, old))));
            }
        }
        for (ForeignKey fk : existing.values()) {
            Constraint.ForeignKey old = context.databaseOps().foreignKey(database, fk);
            if (fk.name() == null) {
                foreignKeyDrops.add(new Change("unnamed foreign key on " + table + " (" + String.join(", ", fk.columns())
                        + ") -> " + fk.referredTable() + " is not in the model", Risk.SAFE,
                        List.of("it has no name to drop it by: drop it by hand"), table, List.of(), List.of()));
                continue;
            }
            foreignKeyDrops.add(new Change("drop foreign key " + fk.name() + " on " + table, Risk.SAFE, List.of(), table,
                    List.of(new Operation.DropConstraint(database.name(), fk.name(), Constraint.Type.FOREIGN_KEY)),
                    List.of(new Operation.AddConstraint(table, old))));
        }
    }

    private boolean sameActions(ForeignKey a, ForeignKey b) {
        return action(a.onDelete()).equals(action(b.onDelete())) && action(a.onUpdate()).equals(action(b.onUpdate()));
    }

    private String action(String action) {
        return context.dialect().canonicalAction(action);
    }

    // ------------------------------------------------------------------ helpers

    private static Map<String, ColumnInfo> byName(List<ColumnInfo> columns) {
        Map<String, ColumnInfo> out = new LinkedHashMap<>();
        columns.forEach(c -> out.put(key(c.name()), c));
        return out;
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static Risk max(Risk a, Risk b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
