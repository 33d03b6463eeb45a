package dev.migrate.benchmarks;

import dev.migrate.schema.ColumnInfo;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The database side of the drift case, made without a database: the model's own schema with
 * every tenth table changed the way a database falls behind its model. Compared with the model,
 * each changed table yields one or two changes:
 * <ol>
 *   <li>a column the model added is missing ({@code add column});
 *   <li>a column the model dropped is still there ({@code drop column});
 *   <li>{@code name} is {@code varchar(100)}, the model says 200 ({@code alter column}, type);
 *   <li>{@code name} is nullable, the model says NOT NULL ({@code alter column}, nullability);
 *   <li>the name index is missing ({@code create index});
 *   <li>the {@code owner_id} foreign key refers to another table (drop and add foreign key);
 *   <li>the {@code owner_id} foreign key deletes in cascade ({@code change foreign key});
 *   <li>the named unique constraint is missing ({@code add unique constraint}).
 * </ol>
 * A reflected database schema spells types its own way; the comparison works on the dialect's
 * canonical types, so a schema derived from the model stands in for a reflected one here.
 */
final class SchemaDrift {

    static final int KINDS = 8;

    private SchemaDrift() {
    }

    /** The drifted copy of {@code model}, changing every {@code every}-th table that has a business code. */
    static Schema of(Schema model, int every) {
        List<Table> tables = new ArrayList<>();
        int candidate = 0;
        int changed = 0;
        for (Table table : model.tables()) {
            boolean entity = table.column("code").isPresent() && table.column("owner_id").isPresent();
            if (entity && candidate++ % every == every / 2) {
                tables.add(drift(table, changed++ % KINDS, model));
            } else {
                tables.add(table);
            }
        }
        return new Schema(tables, model.sequences());
    }

    private static Table drift(Table t, int kind, Schema model) {
        return switch (kind) {
            case 0 -> withColumns(t, t.columns().stream().filter(c -> !c.name().equals(plainColumn(t))).toList());
            case 1 -> {
                List<ColumnInfo> columns = new ArrayList<>(t.columns());
                columns.add(ColumnInfo.of("legacy_ref", "varchar(30)", true));
                yield withColumns(t, columns);
            }
            case 2 -> withColumns(t, t.columns().stream()
                    .map(c -> c.name().equals("name") ? retyped(c, c.type().replace("200", "100")) : c).toList());
            case 3 -> withColumns(t, t.columns().stream()
                    .map(c -> c.name().equals("name") ? nullable(c) : c).toList());
            case 4 -> new Table(t.name(), t.columns(), t.primaryKey(), t.foreignKeys(), t.uniqueConstraints(),
                    t.checkConstraints(), t.indexes().stream().filter(i -> !i.name().endsWith("_name")).toList(),
                    t.triggers(), t.options(), t.sql());
            case 5 -> withForeignKeys(t, t.foreignKeys().stream()
                    .map(fk -> fk.columns().equals(List.of("owner_id")) ? retargeted(fk, model) : fk).toList());
            case 6 -> withForeignKeys(t, t.foreignKeys().stream()
                    .map(fk -> fk.columns().equals(List.of("owner_id")) ? cascading(fk) : fk).toList());
            case 7 -> new Table(t.name(), t.columns(), t.primaryKey(), t.foreignKeys(),
                    t.uniqueConstraints().stream().filter(u -> u.name() == null).toList(), t.checkConstraints(),
                    t.indexes(), t.triggers(), t.options(), t.sql());
            default -> throw new IllegalArgumentException("kind " + kind);
        };
    }

    /** The last column no key, index, unique or check depends on. */
    private static String plainColumn(Table t) {
        Set<String> used = new java.util.HashSet<>();
        t.foreignKeys().forEach(fk -> used.addAll(fk.columns()));
        t.uniqueConstraints().stream().map(UniqueConstraint::columns).forEach(used::addAll);
        t.indexes().forEach(i -> i.columns().stream().map(Index.Column::name).forEach(used::add));
        List<ColumnInfo> free = t.columns().stream()
                .filter(c -> c.primaryKeyPosition() == 0 && !used.contains(c.name()) && c.nullable())
                .filter(c -> t.checkConstraints().stream().noneMatch(k -> k.sql().contains(c.name())))
                .toList();
        return free.get(free.size() - 1).name();
    }

    private static ForeignKey retargeted(ForeignKey fk, Schema model) {
        String other = model.tables().stream().map(Table::name)
                .filter(n -> !n.equals(fk.referredTable()) && n.startsWith("account"))
                .findFirst().orElseThrow();
        return new ForeignKey(fk.name(), fk.columns(), other, fk.referredColumns(), fk.onDelete(), fk.onUpdate(),
                fk.deferrable(), fk.initially());
    }

    private static ForeignKey cascading(ForeignKey fk) {
        return new ForeignKey(fk.name(), fk.columns(), fk.referredTable(), fk.referredColumns(), "CASCADE", fk.onUpdate(),
                fk.deferrable(), fk.initially());
    }

    private static ColumnInfo retyped(ColumnInfo c, String type) {
        return new ColumnInfo(c.name(), type, c.nullable(), c.defaultSql(), c.primaryKeyPosition(), c.autoincrement(),
                c.collation(), c.generated(), c.hidden());
    }

    private static ColumnInfo nullable(ColumnInfo c) {
        return new ColumnInfo(c.name(), c.type(), true, c.defaultSql(), c.primaryKeyPosition(), c.autoincrement(),
                c.collation(), c.generated(), c.hidden());
    }

    private static Table withColumns(Table t, List<ColumnInfo> columns) {
        return new Table(t.name(), columns, t.primaryKey(), t.foreignKeys(), t.uniqueConstraints(), t.checkConstraints(),
                t.indexes(), t.triggers(), t.options(), t.sql());
    }

    private static Table withForeignKeys(Table t, List<ForeignKey> fks) {
        return new Table(t.name(), t.columns(), t.primaryKey(), fks, t.uniqueConstraints(), t.checkConstraints(),
                t.indexes(), t.triggers(), t.options(), t.sql());
    }
}
