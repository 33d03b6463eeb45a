package dev.migrate.dialect;

import dev.migrate.MigrateException;
import dev.migrate.reflect.SqliteDdl;
import dev.migrate.reflect.SqliteDdl.ColumnDef;
import dev.migrate.reflect.SqliteDdl.Constraint;
import dev.migrate.reflect.SqliteDdl.CreateIndex;
import dev.migrate.reflect.SqliteDdl.CreateTable;
import dev.migrate.reflect.SqliteDdl.Kind;
import dev.migrate.schema.Trigger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Works out a {@link RebuildPlan}: applies {@link TableChange}s to a table's parsed
 * {@code CREATE TABLE} text and writes the new definition back, keeping the source text of every
 * column and constraint the changes do not touch. A pure function of its input; column renames
 * must have been applied already (the runner does them natively).
 */
final class RebuildPlanner {

    private static final List<String> ROWID_NAMES = List.of("rowid", "_rowid_", "oid");

    private final Dialect dialect;
    private final CreateTable original;
    private final String table;
    private final List<WorkingColumn> columns = new ArrayList<>();
    private final List<Part> constraints = new ArrayList<>();
    private final List<IndexPart> indexes = new ArrayList<>();
    private final List<String> autoIndexes;
    private final List<Trigger> triggers;
    private final List<Trigger> otherTriggers;
    private final Set<String> dropped = new LinkedHashSet<>();
    private final List<String> warnings = new ArrayList<>();

    /**
     * @param original the table's parsed definition
     * @param explicitIndexes the table's indexes made by CREATE INDEX
     * @param autoIndexes names of the indexes SQLite made for the table's constraints
     * @param triggers the table's triggers
     * @param otherTriggers triggers of other tables that name this table
     */
    RebuildPlanner(Dialect dialect, CreateTable original, List<CreateIndex> explicitIndexes, List<String> autoIndexes,
            List<Trigger> triggers, List<Trigger> otherTriggers) {
        this.dialect = dialect;
        this.original = original;
        this.table = original.name();
        for (ColumnDef column : original.columns()) {
            columns.add(new WorkingColumn(column));
        }
        for (Constraint constraint : original.constraints()) {
            constraints.add(new Part(constraint, table));
        }
        for (CreateIndex index : explicitIndexes) {
            indexes.add(new IndexPart(index.name(), index.sql(), index.referencedNames()));
        }
        this.autoIndexes = List.copyOf(autoIndexes);
        this.triggers = List.copyOf(triggers);
        this.otherTriggers = List.copyOf(otherTriggers);
    }

    RebuildPlan plan(List<TableChange> changes, String temporaryTable) {
        for (TableChange change : changes) {
            apply(change);
        }
        checkTriggers();
        List<String> targets = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (WorkingColumn column : columns) {
            if (column.source != null && !column.generated()) {
                targets.add(column.name);
                sources.add(column.usingSql != null ? column.usingSql : q(column.source));
            }
        }
        String rowid = rowidToCopy();
        List<String> targetSql = new ArrayList<>();
        if (rowid != null) {
            targetSql.add(rowid);
            sources.add(0, rowid);
        }
        targets.forEach(t -> targetSql.add(q(t)));
        if (targetSql.isEmpty()) {
            throw new MigrateException("Cannot rebuild table " + shown(table)
                    + ": after these changes no column of the "
                    + "old table is left to copy its rows with, and a WITHOUT ROWID table has no rowid to copy. "
                    + "Keep at least one column, or add the new columns in a separate rebuild.");
        }
        String copy = "INSERT INTO " + q(temporaryTable) + " (" + String.join(", ", targetSql) + ")\n  SELECT "
                + String.join(", ", sources) + " FROM " + q(table);
        return new RebuildPlan(table, temporaryTable, createTable(temporaryTable), copy, targets,
                autoincrement() ? keepSequence(temporaryTable) : List.of(),
                "DROP TABLE " + q(table), "ALTER TABLE " + q(temporaryTable) + " RENAME TO " + q(table),
                indexes.stream().map(i -> i.sql).toList(), triggers.stream().map(Trigger::sql).toList(), warnings);
    }

    // ---- applying changes -----------------------------------------------------------------

    private void apply(TableChange change) {
        if (change instanceof TableChange.AddColumn add) {
            addColumn(add);
        } else if (change instanceof TableChange.DropColumn drop) {
            dropColumn(drop.name());
        } else if (change instanceof TableChange.AlterColumn alter) {
            alterColumn(alter);
        } else if (change instanceof TableChange.AddCheck check) {
            constraints.add(new Part(Kind.CHECK, check.name(), named(check.name()) + "CHECK (" + check.sql() + ")",
                    SqliteDdl.referencedNames(check.sql())));
        } else if (change instanceof TableChange.AddUnique unique) {
            requireColumns(unique.columns());
            constraints.add(new Part(Kind.UNIQUE, unique.name(),
                    named(unique.name()) + "UNIQUE (" + list(unique.columns())
                    + ")", lower(unique.columns())));
        } else if (change instanceof TableChange.AddForeignKey foreignKey) {
            addForeignKey(foreignKey);
        } else if (change instanceof TableChange.AddPrimaryKey primaryKey) {
            addPrimaryKey(primaryKey);
        } else if (change instanceof TableChange.DropConstraint drop) {
            dropConstraint(drop.name());
        } else if (change instanceof TableChange.CreateIndex index) {
            createIndex(index);
        } else if (change instanceof TableChange.DropIndex drop) {
            dropIndex(drop.name());
        } else {
            throw new IllegalArgumentException("Unknown change " + change);
        }
    }

    private void addColumn(TableChange.AddColumn add) {
        if (find(add.name()) != null) {
            throw new MigrateException("Cannot add column " + shown(add.name()) + " to table " + shown(table)
                    + ": the table already has a column of that name.");
        }
        WorkingColumn column = new WorkingColumn(add.name(), add.typeSql() == null ? "" : add.typeSql().strip());
        if (!add.nullable()) {
            column.constraints.add(new Part(Kind.NOT_NULL, null, "NOT NULL", Set.of()));
        }
        if (add.defaultSql() != null) {
            column.constraints.add(defaultPart(add.defaultSql()));
        }
        columns.add(column);
    }

    private void dropColumn(String name) {
        WorkingColumn column = require(name);
        if (columns.size() == 1) {
            throw new MigrateException("Cannot drop column " + shown(column.name) + ": it is the only column of table "
                    + shown(table) + ".");
        }
        columns.remove(column);
        String key = lower(column.name);
        dropped.add(key);
        if (column.constraints.stream().anyMatch(p -> p.kind == Kind.PRIMARY_KEY)) {
            warnings.add("The primary key of table " + shown(table) + " was on dropped column " + shown(column.name)
                    + " and is dropped with it.");
        }
        Predicate<Part> mentions = p -> p.mentions.contains(key);
        for (WorkingColumn other : columns) {
            for (Part part : List.copyOf(other.constraints)) {
                if (!mentions.test(part)) {
                    continue;
                }
                if (part.kind == Kind.GENERATED) {
                    throw new MigrateException("Cannot drop column " + shown(column.name) + " of table " + shown(table)
                            + ": generated column " + shown(other.name) + " is computed from it. Drop or change "
                            + shown(other.name) + " in the same rebuild first.");
                }
                other.remove(part);
                warnings.add("Dropped " + part.describe() + " of column " + shown(other.name) + " because it mentions "
                        + "dropped column " + shown(column.name) + ".");
            }
        }
        for (Part part : List.copyOf(constraints)) {
            if (mentions.test(part)) {
                constraints.remove(part);
                warnings.add("Dropped table constraint " + part.describe() + " because it mentions dropped column "
                        + shown(column.name) + ".");
            }
        }
        for (IndexPart index : List.copyOf(indexes)) {
            if (index.mentions.contains(key)) {
                indexes.remove(index);
                warnings.add("Dropped index " + shown(index.name) + " because it mentions dropped column "
                        + shown(column.name) + ".");
            }
        }
    }

    private void alterColumn(TableChange.AlterColumn alter) {
        if (alter.newName() != null) {
            throw new IllegalStateException("Column renames are applied before planning: " + alter);
        }
        WorkingColumn column = require(alter.name());
        if (alter.newTypeSql() != null) {
            column.typeSql = alter.newTypeSql().strip();
            column.changed = true;
        }
        if (alter.nullable() != null) {
            if (alter.nullable()) {
                column.removeIf(p -> p.kind == Kind.NOT_NULL);
            } else if (column.constraints.stream().noneMatch(p -> p.kind == Kind.NOT_NULL)) {
                column.removeIf(p -> p.kind == Kind.NULL);
                column.add(new Part(Kind.NOT_NULL, null, "NOT NULL", Set.of()));
            }
        }
        if (alter.defaultChange() != null) {
            column.removeIf(p -> p.kind == Kind.DEFAULT);
            if (alter.defaultChange().sql() != null) {
                column.add(defaultPart(alter.defaultChange().sql()));
            }
        }
        if (alter.usingSql() != null) {
            if (column.source == null) {
                throw new MigrateException("Column " + shown(column.name)
                        + " is added by this rebuild, so there is no old "
                        + "value for usingSql to convert.");
            }
            column.usingSql = alter.usingSql();
        }
    }

    private void addForeignKey(TableChange.AddForeignKey foreignKey) {
        requireColumns(foreignKey.columns());
        StringBuilder sql = new StringBuilder(named(foreignKey.name())).append("FOREIGN KEY (")
                .append(list(foreignKey.columns())).append(") REFERENCES ").append(q(foreignKey.referredTable()));
        if (!foreignKey.referredColumns().isEmpty()) {
            sql.append(" (").append(list(foreignKey.referredColumns())).append(')');
        }
        if (foreignKey.onDelete() != null) {
            sql.append(" ON DELETE ").append(foreignKey.onDelete());
        }
        if (foreignKey.onUpdate() != null) {
            sql.append(" ON UPDATE ").append(foreignKey.onUpdate());
        }
        Set<String> mentions = new LinkedHashSet<>(lower(foreignKey.columns()));
        if (foreignKey.referredTable().equalsIgnoreCase(table)) {
            mentions.addAll(lower(foreignKey.referredColumns()));
        }
        constraints.add(new Part(Kind.FOREIGN_KEY, foreignKey.name(), sql.toString(), mentions));
    }

    private void addPrimaryKey(TableChange.AddPrimaryKey primaryKey) {
        requireColumns(primaryKey.columns());
        for (WorkingColumn column : columns) {
            for (Part part : List.copyOf(column.constraints)) {
                if (part.kind == Kind.PRIMARY_KEY) {
                    column.remove(part);
                    warnings.add("Replaced the primary key of table " + shown(table) + " (" + part.sql + " on column "
                            + shown(column.name) + ").");
                }
            }
        }
        for (Part part : List.copyOf(constraints)) {
            if (part.kind == Kind.PRIMARY_KEY) {
                constraints.remove(part);
                warnings.add("Replaced the primary key of table " + shown(table) + " (" + part.sql + ").");
            }
        }
        constraints.add(0, new Part(Kind.PRIMARY_KEY, primaryKey.name(), named(primaryKey.name()) + "PRIMARY KEY ("
                + list(primaryKey.columns()) + ")", lower(primaryKey.columns()), primaryKey.columns()));
    }

    private void dropConstraint(String name) {
        Predicate<Part> named = p -> p.name != null && p.name.equalsIgnoreCase(name) && p.kind != Kind.NAME_ONLY;
        boolean found = constraints.removeIf(named);
        for (WorkingColumn column : columns) {
            found |= column.removeIf(named);
        }
        if (!found) {
            throw new MigrateException("No such constraint: '" + name + "' in table " + shown(table)
                    + " (unnamed constraints cannot be dropped by name).");
        }
    }

    private void createIndex(TableChange.CreateIndex index) {
        if (indexes.stream().anyMatch(i -> i.name.equalsIgnoreCase(index.name()))
                || autoIndexes.stream().anyMatch(i -> i.equalsIgnoreCase(index.name()))) {
            throw new MigrateException("Index " + shown(index.name()) + " already exists on table " + shown(table)
                    + ".");
        }
        Set<String> mentions = new LinkedHashSet<>();
        List<String> terms = new ArrayList<>();
        for (TableChange.CreateIndex.Element element : index.elements()) {
            String term;
            if (element.column() != null) {
                term = q(require(element.column()).name);
                mentions.add(lower(element.column()));
            } else {
                term = element.expressionSql();
                mentions.addAll(SqliteDdl.referencedNames(term));
            }
            terms.add(element.descending() ? term + " DESC" : term);
        }
        String sql = "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + q(index.name()) + " ON " + q(table)
                + " (" + String.join(", ", terms) + ")";
        if (index.whereSql() != null) {
            sql += " WHERE " + index.whereSql();
            mentions.addAll(SqliteDdl.referencedNames(index.whereSql()));
        }
        indexes.add(new IndexPart(index.name(), sql, mentions));
    }

    private void dropIndex(String name) {
        if (indexes.removeIf(i -> i.name.equalsIgnoreCase(name))) {
            return;
        }
        if (autoIndexes.stream().anyMatch(i -> i.equalsIgnoreCase(name))) {
            throw new MigrateException("Index '" + name + "' belongs to a UNIQUE or PRIMARY KEY constraint of table "
                    + shown(table) + "; drop the constraint instead.");
        }
        throw new MigrateException("No such index: '" + name + "' on table " + shown(table) + ".");
    }

    private void checkTriggers() {
        if (dropped.isEmpty()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (Trigger trigger : triggers) {
            Set<String> names = SqliteDdl.referencedNames(trigger.sql());
            List<String> used = dropped.stream().filter(names::contains).toList();
            if (!used.isEmpty()) {
                problems.add(shown(trigger.name()) + " mentions "
                        + used.stream().map(RebuildPlanner::shown).collect(Collectors.joining(", ")));
            }
        }
        for (Trigger other : otherTriggers) {
            Set<String> names = SqliteDdl.referencedNames(other.sql());
            dropped.stream().filter(names::contains).findFirst().ifPresent(column -> warnings.add("Trigger "
                    + shown(other.name()) + " of table " + shown(other.table()) + " names table " + shown(table)
                    + " and " + shown(column) + ", which this rebuild drops; check that it still works."));
        }
        if (!problems.isEmpty()) {
            throw new MigrateException("Cannot rebuild table " + shown(table) + ": its trigger(s) "
                    + String.join("; ", problems)
                    + ", which this rebuild drops. Drop the trigger before the rebuild (DROP TRIGGER) and create it "
                    + "again afterwards if it is still wanted.");
        }
    }

    // ---- writing the new definition -------------------------------------------------------

    private String createTable(String temporaryTable) {
        List<String> elements = new ArrayList<>();
        for (WorkingColumn column : columns) {
            elements.add(column.sql());
        }
        for (Part part : constraints) {
            elements.add(unqualified(part));
        }
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(q(temporaryTable)).append(" (\n  ")
                .append(String.join(",\n  ", elements)).append("\n)");
        if (!original.options().isEmpty()) {
            sql.append(' ').append(String.join(", ", original.options()));
        }
        return sql.toString();
    }

    /** A constraint's text with qualifications by the table's own name removed: the new table has another name. */
    private String unqualified(Part part) {
        return part.kind == Kind.CHECK || part.kind == Kind.GENERATED ? SqliteDdl.withoutQualifier(part.sql, table)
                : part.sql;
    }

    /**
     * Carries the old table's AUTOINCREMENT mark over to the new table before the old one is
     * dropped (which deletes its {@code sqlite_sequence} row); the rename then moves the row. The
     * copy set the new table's mark to the highest copied key, lower when the last rows had been
     * deleted, and an empty copy sets none. {@code sqlite_sequence} exists by then: creating a
     * table with AUTOINCREMENT creates it.
     */
    private List<String> keepSequence(String temporaryTable) {
        String oldName = dialect.stringLiteral(table);
        String newName = dialect.stringLiteral(temporaryTable);
        String old = "(SELECT seq FROM sqlite_sequence WHERE name = " + oldName + ")";
        return List.of(
                "UPDATE sqlite_sequence SET seq = " + old + " WHERE name = " + newName + " AND seq < " + old,
                "INSERT INTO sqlite_sequence (name, seq) SELECT " + newName + ", seq FROM sqlite_sequence WHERE name = "
                        + oldName + " AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = " + newName + ")");
    }

    private boolean autoincrement() {
        return columns.stream().flatMap(c -> c.constraints.stream()).anyMatch(p -> p.autoincrement)
                || constraints.stream().anyMatch(p -> p.autoincrement);
    }

    /**
     * The rowid name to copy when the table has an implicit rowid both before and after (so that
     * rowids survive), or {@code null} when there is nothing to keep.
     */
    private String rowidToCopy() {
        if (original.withoutRowid() || hasRowidAlias(original.columns().stream().map(WorkingColumn::new).toList(),
                original.constraints().stream().map(c -> new Part(c, table)).toList())
                || hasRowidAlias(columns, constraints)) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        original.columns().forEach(c -> names.add(lower(c.name())));
        columns.forEach(c -> names.add(lower(c.name)));
        return ROWID_NAMES.stream().filter(n -> !names.contains(n)).findFirst().orElse(null);
    }

    /** Whether the key is an INTEGER PRIMARY KEY, which makes the column the rowid itself. */
    private static boolean hasRowidAlias(List<WorkingColumn> columns, List<Part> constraints) {
        List<String> keyColumns = new ArrayList<>();
        boolean descending = false;
        for (WorkingColumn column : columns) {
            for (Part part : column.constraints) {
                if (part.kind == Kind.PRIMARY_KEY) {
                    keyColumns.add(column.name);
                    descending = part.descending;
                }
            }
        }
        for (Part part : constraints) {
            if (part.kind == Kind.PRIMARY_KEY) {
                keyColumns.addAll(part.columns);
            }
        }
        if (keyColumns.size() != 1 || descending) {
            return false;
        }
        return columns.stream().anyMatch(c -> c.name.equalsIgnoreCase(keyColumns.get(0))
                && c.typeSql.strip().equalsIgnoreCase("INTEGER"));
    }

    // ---- helpers ------------------------------------------------------------------------

    private Part defaultPart(String defaultSql) {
        String value = defaultSql.strip();
        if (!SqliteDdl.isPlainDefault(value)) {
            value = "(" + value + ")";
        }
        return new Part(Kind.DEFAULT, null, "DEFAULT " + value, Set.of());
    }

    private WorkingColumn find(String name) {
        return columns.stream().filter(c -> c.name.equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private WorkingColumn require(String name) {
        WorkingColumn column = find(name);
        if (column == null) {
            throw new MigrateException("No such column: '" + name + "' in table " + shown(table)
                    + (dropped.contains(lower(name)) ? " (an earlier change dropped it)" : "") + ".");
        }
        return column;
    }

    private void requireColumns(List<String> names) {
        names.forEach(this::require);
    }

    private String named(String name) {
        return name == null ? "" : "CONSTRAINT " + q(name) + " ";
    }

    private String list(List<String> names) {
        return names.stream().map(this::q).collect(Collectors.joining(", "));
    }

    private String q(String name) {
        return dialect.quoteIdentifier(name);
    }

    /** A name as messages show it: always in double quotes, so that it stands out whatever it is. */
    static String shown(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static Set<String> lower(List<String> names) {
        return names.stream().map(RebuildPlanner::lower).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A column of the new table: an old column (with its text) or an added one. */
    private final class WorkingColumn {
        final String name;
        final String nameSql;
        final String source;
        final String originalSql;
        final List<Part> constraints = new ArrayList<>();
        String typeSql;
        String usingSql;
        boolean changed;

        WorkingColumn(ColumnDef column) {
            this.name = column.name();
            this.nameSql = column.nameSql();
            this.source = column.name();
            this.originalSql = column.sql();
            this.typeSql = column.typeSql();
            column.constraints().forEach(c -> constraints.add(new Part(c, table)));
        }

        WorkingColumn(String name, String typeSql) {
            this.name = name;
            this.nameSql = q(name);
            this.source = null;
            this.originalSql = null;
            this.typeSql = typeSql;
            this.changed = true;
        }

        boolean generated() {
            return constraints.stream().anyMatch(p -> p.kind == Kind.GENERATED);
        }

        void add(Part part) {
            constraints.add(part);
            changed = true;
        }

        void remove(Part part) {
            constraints.remove(part);
            changed = true;
        }

        boolean removeIf(Predicate<Part> filter) {
            boolean removed = constraints.removeIf(filter);
            changed |= removed;
            return removed;
        }

        String sql() {
            boolean qualified = constraints.stream().anyMatch(p -> !unqualified(p).equals(p.sql));
            if (!changed && !qualified) {
                return originalSql;
            }
            StringBuilder sql = new StringBuilder(nameSql);
            if (!typeSql.isEmpty()) {
                sql.append(' ').append(typeSql);
            }
            for (Part part : constraints) {
                sql.append(' ').append(unqualified(part));
            }
            return sql.toString();
        }
    }

    /** A column or table constraint: parsed from the old definition, or made by a change. */
    private static final class Part {
        final Kind kind;
        final String name;
        final String sql;
        final Set<String> mentions;
        final List<String> columns;
        final boolean autoincrement;
        final boolean descending;

        Part(Constraint constraint, String table) {
            this.kind = constraint.kind();
            this.name = constraint.name();
            this.sql = constraint.sql();
            this.mentions = Set.copyOf(constraint.mentionedColumns(table));
            this.columns = constraint.columns();
            this.autoincrement = constraint.autoincrement();
            this.descending = constraint.descending();
        }

        Part(Kind kind, String name, String sql, Set<String> mentions) {
            this(kind, name, sql, mentions, List.of());
        }

        Part(Kind kind, String name, String sql, Set<String> mentions, List<String> columns) {
            this.kind = kind;
            this.name = name;
            this.sql = sql;
            this.mentions = Set.copyOf(mentions);
            this.columns = List.copyOf(columns);
            this.autoincrement = false;
            this.descending = false;
        }

        String describe() {
            return (name == null ? "unnamed " : "") + kind.name().replace('_', ' ')
                    + (name == null ? "" : " '" + name + "'")
                    + " (" + sql + ")";
        }
    }

    /** An index to re-create (or create) after the rename. */
    private record IndexPart(String name, String sql, Set<String> mentions) {
    }
}
