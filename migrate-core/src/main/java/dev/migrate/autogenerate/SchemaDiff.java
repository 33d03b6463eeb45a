package dev.migrate.autogenerate;

import dev.migrate.dialect.Dialect;
import dev.migrate.operations.Operation;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.ColumnInfo;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the schema a model declares with the schema of a database and lists the changes that
 * make the database match, Alembic's autogenerate comparison: tables, columns, types,
 * nullability, server defaults (when asked), unique constraints, indexes, foreign keys, check
 * constraints and sequences. Types are compared in the dialect's canonical form, so a database's
 * own spelling of the model's type is no change. Primary keys of existing tables, comments and
 * identity are not compared.
 *
 * <p>The changes come in the order their upgrades must run: new sequences, dropped foreign keys,
 * new tables (those referred to first), the alterations of existing tables, dropped tables (those
 * referring to others first), new foreign keys, dropped sequences. The downgrade runs them
 * backwards.
 */
public final class SchemaDiff {

    private SchemaDiff() {
    }

    /**
     * The changes that make {@code database} match {@code model}.
     *
     * @param model the schema the application's model declares
     * @param database the schema reflected from the database
     * @param dialect the database's dialect, which decides what counts as the same type
     * @param options what to compare
     * @param rows which tables hold rows, for the risk of changes that rows can make fail
     */
    public static Diff compare(Schema model, Schema database, Dialect dialect, DiffOptions options, TableRows rows) {
        return new Comparison(model, database, dialect, options, rows).run();
    }

    private static final class Comparison {

        private final Schema model;
        private final Schema database;
        private final Dialect dialect;
        private final DiffOptions options;
        private final TableRows rows;
        private final List<Change> renames = new ArrayList<>();

        Comparison(Schema model, Schema database, Dialect dialect, DiffOptions options, TableRows rows) {
            this.model = filter(model, options);
            this.dialect = dialect;
            this.options = options;
            this.rows = rows;
            this.database = renamed(filter(database, options));
        }

        Diff run() {
            Names modelNames = new Names(model);
            Names databaseNames = new Names(database);
            SchemaOperations modelOps = new SchemaOperations(dialect, modelNames);
            SchemaOperations databaseOps = new SchemaOperations(dialect, databaseNames);
            TableDiff.Context context = new TableDiff.Context(dialect, options, rows, modelNames, databaseNames, modelOps,
                    databaseOps);

            Map<String, Table> existing = byName(database.tables());
            List<Table> created = new ArrayList<>();
            List<Change> foreignKeyDrops = new ArrayList<>();
            List<Change> alterations = new ArrayList<>();
            List<Change> foreignKeyAdds = new ArrayList<>();
            for (Table table : model.tables()) {
                Table current = existing.remove(key(table.name()));
                if (current == null) {
                    created.add(table);
                } else {
                    TableDiff diff = new TableDiff(table, current, context).compare();
                    foreignKeyDrops.addAll(diff.foreignKeyDrops);
                    alterations.addAll(diff.alterations);
                    foreignKeyAdds.addAll(diff.foreignKeyAdds);
                }
            }
            List<Table> droppedTables = new ArrayList<>(existing.values());

            List<Change> creates = createTables(created, modelOps, foreignKeyAdds);
            List<Change> drops = dropTables(droppedTables, databaseOps);
            noteTableRenames(created, creates, droppedTables, drops);

            List<Change> changes = new ArrayList<>(renames);
            changes.addAll(sequences(true));
            changes.addAll(foreignKeyDrops);
            changes.addAll(creates);
            changes.addAll(alterations);
            changes.addAll(drops);
            changes.addAll(foreignKeyAdds);
            changes.addAll(sequences(false));
            return new Diff(changes);
        }

        /** New tables, each after the tables it refers to; a foreign key in a cycle is added afterwards. */
        private List<Change> createTables(List<Table> tables, SchemaOperations ops, List<Change> foreignKeyAdds) {
            List<Table> ordered = inDependencyOrder(tables);
            List<Change> out = new ArrayList<>();
            Set<String> created = new java.util.HashSet<>();
            for (Table table : ordered) {
                String name = key(table.name());
                created.add(name);
                List<ForeignKey> inline = new ArrayList<>();
                for (ForeignKey fk : table.foreignKeys()) {
                    String referred = key(fk.referredTable());
                    boolean later = !created.contains(referred) && ordered.stream().anyMatch(t -> key(t.name()).equals(referred));
                    if (!later) {
                        inline.add(fk);
                        continue;
                    }
                    dev.migrate.operations.Constraint.ForeignKey deferred = ops.foreignKey(table, fk);
                    foreignKeyAdds.add(new Change("add foreign key " + deferred.name() + " on " + table.name()
                            + " (cycle with " + fk.referredTable() + ")", Risk.SAFE, List.of(), table.name(),
                            List.of(new Operation.AddConstraint(table.name(), deferred)),
                            List.of(new Operation.DropConstraint(table.name(), deferred.name(),
                                    dev.migrate.operations.Constraint.Type.FOREIGN_KEY))));
                }
                List<Operation> upgrade = new ArrayList<>(ops.create(table, inline));
                List<java.util.Map<String, Object>> seeds = model.seeds().stream()
                        .filter(seed -> key(seed.table()).equals(name)).map(dev.migrate.schema.Seed::row).toList();
                if (!seeds.isEmpty()) {
                    upgrade.add(new Operation.BulkInsert(table.name(), seeds));
                }
                out.add(new Change("create table " + table.name(), Risk.SAFE,
                        seeds.isEmpty() ? List.of() : List.of("with the initial row Hibernate's generator needs"), null,
                        upgrade, List.of(new Operation.DropTable(table.name()))));
            }
            return out;
        }

        /** Dropped tables, each before the tables it refers to. */
        private List<Change> dropTables(List<Table> tables, SchemaOperations ops) {
            List<Table> ordered = new ArrayList<>(inDependencyOrder(tables));
            java.util.Collections.reverse(ordered);
            List<Change> out = new ArrayList<>();
            for (Table table : ordered) {
                out.add(new Change("drop table " + table.name(), Risk.DANGER,
                        List.of("drops every row of " + table.name()), null,
                        List.of(new Operation.DropTable(table.name())), ops.create(table, table.foreignKeys())));
            }
            return out;
        }

        /**
         * The tables with each after the tables (of the list) it refers to, ties and cycles broken in
         * list order.
         */
        private static List<Table> inDependencyOrder(List<Table> tables) {
            Map<String, Table> pending = byName(tables);
            List<Table> out = new ArrayList<>();
            while (!pending.isEmpty()) {
                Table next = pending.values().stream()
                        .filter(t -> t.foreignKeys().stream().map(fk -> key(fk.referredTable()))
                                .allMatch(referred -> referred.equals(key(t.name())) || !pending.containsKey(referred)))
                        .findFirst().orElse(pending.values().iterator().next());
                pending.remove(key(next.name()));
                out.add(next);
            }
            return out;
        }

        /** A dropped table and a new one with the same columns are probably a rename. */
        private void noteTableRenames(List<Table> created, List<Change> creates, List<Table> dropped, List<Change> drops) {
            for (int d = 0; d < dropped.size(); d++) {
                Table old = dropped.get(d);
                int dropIndex = indexOf(drops, "drop table " + old.name());
                for (int c = 0; c < created.size(); c++) {
                    Table neu = created.get(c);
                    if (!columnKeys(old).equals(columnKeys(neu))) {
                        continue;
                    }
                    int createIndex = indexOf(creates, "create table " + neu.name());
                    String note = "probable rename of table " + old.name() + " to " + neu.name() + ": a drop and a "
                            + "create lose its rows. Use op.renameTable(\"" + old.name() + "\", \"" + neu.name()
                            + "\") instead, or generate again with --rename " + old.name() + "=" + neu.name();
                    drops.set(dropIndex, drops.get(dropIndex).withNote(note));
                    creates.set(createIndex, creates.get(createIndex).withNote(note));
                }
            }
        }

        private static int indexOf(List<Change> changes, String description) {
            for (int i = 0; i < changes.size(); i++) {
                if (changes.get(i).description().equals(description)) {
                    return i;
                }
            }
            throw new IllegalStateException(description);
        }

        private Set<String> columnKeys(Table table) {
            Set<String> out = new java.util.TreeSet<>();
            table.columns().forEach(c -> out.add(key(c.name()) + " " + dialect.canonicalType(c.type())));
            return out;
        }

        private List<Change> sequences(boolean creates) {
            Map<String, Sequence> existing = new LinkedHashMap<>();
            database.sequences().forEach(s -> existing.put(key(s.name()), s));
            List<Change> out = new ArrayList<>();
            for (Sequence sequence : model.sequences()) {
                if (existing.remove(key(sequence.name())) == null && creates) {
                    out.add(new Change("create sequence " + sequence.name(), Risk.SAFE, List.of(), null,
                            List.of(new Operation.CreateSequence(sequence.name(), sequence.start(), sequence.increment())),
                            List.of(new Operation.DropSequence(sequence.name()))));
                }
            }
            if (!creates) {
                for (Sequence sequence : existing.values()) {
                    out.add(new Change("drop sequence " + sequence.name(), Risk.DANGER,
                            List.of("the downgrade starts it again at " + sequence.start()), null,
                            List.of(new Operation.DropSequence(sequence.name())),
                            List.of(new Operation.CreateSequence(sequence.name(), sequence.start(), sequence.increment()))));
                }
            }
            return out;
        }

        // -------------------------------------------------------------- renames

        /** The database schema with the declared renames applied, each noted as a change. */
        private Schema renamed(Schema schema) {
            Renames declared = options.renames();
            Map<String, String> tableRenames = new LinkedHashMap<>();
            List<Table> tables = new ArrayList<>();
            for (Table table : schema.tables()) {
                String newName = declared.newTableName(table.name());
                if (newName != null && model.table(newName).isPresent() && schema.table(newName).isEmpty()) {
                    renames.add(new Change("rename table " + table.name() + " to " + newName, Risk.SAFE, List.of(), null,
                            List.of(new Operation.RenameTable(table.name(), newName)),
                            List.of(new Operation.RenameTable(newName, table.name()))));
                    tableRenames.put(key(table.name()), newName);
                    table = withName(table, newName);
                }
                tables.add(renameColumns(table, declared));
            }
            List<Table> out = new ArrayList<>();
            for (Table table : tables) {
                List<ForeignKey> fks = table.foreignKeys().stream()
                        .map(fk -> tableRenames.containsKey(key(fk.referredTable()))
                                ? new ForeignKey(fk.name(), fk.columns(), tableRenames.get(key(fk.referredTable())),
                                        fk.referredColumns(), fk.onDelete(), fk.onUpdate(), fk.deferrable(), fk.initially())
                                : fk)
                        .toList();
                out.add(new Table(table.name(), table.columns(), table.primaryKey(), fks, table.uniqueConstraints(),
                        table.checkConstraints(), table.indexes(), table.triggers(), table.options(), table.sql()));
            }
            return new Schema(out, schema.sequences(), schema.seeds());
        }

        private Table renameColumns(Table table, Renames declared) {
            Table modelTable = model.table(table.name()).orElse(null);
            if (modelTable == null) {
                return table;
            }
            for (ColumnInfo column : List.copyOf(table.columns())) {
                String newName = declared.newColumnName(table.name(), column.name());
                if (newName == null || modelTable.column(newName).isEmpty() || table.column(newName).isPresent()) {
                    continue;
                }
                renames.add(new Change("rename column " + table.name() + "." + column.name() + " to " + newName, Risk.SAFE,
                        List.of(), table.name(),
                        List.of(new Operation.AlterColumn(table.name(), column.name(),
                                dev.migrate.operations.ColumnChange.change().rename(newName))),
                        List.of(new Operation.AlterColumn(table.name(), newName,
                                dev.migrate.operations.ColumnChange.change().rename(column.name())))));
                table = withColumnRenamed(table, column.name(), newName);
            }
            return table;
        }

        private static Table withName(Table table, String name) {
            return new Table(name, table.columns(), table.primaryKey(), table.foreignKeys(), table.uniqueConstraints(),
                    table.checkConstraints(), table.indexes(), table.triggers(), table.options(), table.sql());
        }

        private static Table withColumnRenamed(Table table, String old, String neu) {
            java.util.function.UnaryOperator<String> r = name -> name != null && name.equalsIgnoreCase(old) ? neu : name;
            java.util.function.UnaryOperator<List<String>> rl = names -> names.stream().map(r).toList();
            Pattern word = Pattern.compile("(?i)(?<![A-Za-z0-9_])" + Pattern.quote(old) + "(?![A-Za-z0-9_])");
            List<ColumnInfo> columns = table.columns().stream()
                    .map(c -> new ColumnInfo(r.apply(c.name()), c.type(), c.nullable(), c.defaultSql(),
                            c.primaryKeyPosition(), c.autoincrement(), c.collation(), c.generated(), c.hidden()))
                    .toList();
            PrimaryKey key = table.primaryKey() == null ? null
                    : new PrimaryKey(table.primaryKey().name(), rl.apply(table.primaryKey().columns()));
            List<ForeignKey> fks = table.foreignKeys().stream()
                    .map(fk -> new ForeignKey(fk.name(), rl.apply(fk.columns()), fk.referredTable(), fk.referredColumns(),
                            fk.onDelete(), fk.onUpdate(), fk.deferrable(), fk.initially()))
                    .toList();
            List<UniqueConstraint> uniques = table.uniqueConstraints().stream()
                    .map(u -> new UniqueConstraint(u.name(), rl.apply(u.columns()))).toList();
            List<CheckConstraint> checks = table.checkConstraints().stream()
                    .map(c -> new CheckConstraint(c.name(), word.matcher(c.sql()).replaceAll(Matcher.quoteReplacement(neu))))
                    .toList();
            List<Index> indexes = table.indexes().stream()
                    .map(i -> new Index(i.name(), i.columns().stream()
                            .map(c -> new Index.Column(r.apply(c.name()), c.expression(), c.descending(), c.collation()))
                            .toList(), i.unique(), i.where(), i.origin(), i.sql()))
                    .toList();
            return new Table(table.name(), columns, key, fks, uniques, checks, indexes, table.triggers(), table.options(),
                    table.sql());
        }

        // -------------------------------------------------------------- helpers

        private static Schema filter(Schema schema, DiffOptions options) {
            return new Schema(schema.tables().stream().filter(t -> options.compares(t.name())).toList(), schema.sequences(),
                    schema.seeds());
        }

        private static Map<String, Table> byName(List<Table> tables) {
            Map<String, Table> out = new LinkedHashMap<>();
            tables.forEach(t -> out.put(key(t.name()), t));
            return out;
        }

        private static String key(String name) {
            return name.toLowerCase(Locale.ROOT);
        }
    }
}
