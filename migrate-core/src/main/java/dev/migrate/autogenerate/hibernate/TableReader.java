package dev.migrate.autogenerate.hibernate;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.ColumnInfo;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Column;

/**
 * Turns one Hibernate table into a {@link Table}: columns, keys, unique constraints, indexes and
 * checks, the way Hibernate's schema export would declare them.
 */
final class TableReader {

    private TableReader() {
    }

    /**
     * Whether Hibernate's schema export creates this table: not a subselect, not the abstract root
     * of a TABLE_PER_CLASS hierarchy (the test its exporter applies), and not a view.
     */
    static boolean isCreated(org.hibernate.mapping.Table table) {
        return table.isPhysicalTable() && !table.isView();
    }

    static Table read(org.hibernate.mapping.Table table, Metadata metadata) {
        List<String> keyColumns = primaryKeyColumns(table);
        List<ColumnInfo> columns = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (Column column : table.getColumns()) {
            if (column.isFormula()) {
                continue;
            }
            columns.add(ColumnReader.read(column, keyColumns.indexOf(column.getName()) + 1, metadata));
            column.getCheckConstraints().forEach(c -> checks.add(new CheckConstraint(c.getName(), c.getConstraint())));
            if (column.isUnique() && !keyColumns.equals(List.of(column.getName()))) {
                // @Column(unique = true) is only a flag at boot time; the dialect or the database
                // names the constraint when it is created
                uniques.add(new UniqueConstraint(null, List.of(column.getName())));
            }
        }
        table.getChecks().forEach(c -> checks.add(new CheckConstraint(c.getName(), c.getConstraint())));
        table.getUniqueKeys().values().stream()
                .filter(uk -> !uk.getColumns().isEmpty())
                .map(uk -> new UniqueConstraint(uk.isNameExplicit() ? uk.getName() : null, names(uk.getColumns())))
                .filter(uk -> !uniques.contains(uk))
                .forEach(uniques::add);
        return new Table(
                table.getName(),
                columns,
                keyColumns.isEmpty() ? null : new PrimaryKey(null, keyColumns),
                foreignKeys(table),
                uniques,
                checks,
                indexes(table),
                List.of(),
                List.of(),
                null);
    }

    private static List<String> primaryKeyColumns(org.hibernate.mapping.Table table) {
        return table.hasPrimaryKey() ? names(table.getPrimaryKey().getColumns()) : List.of();
    }

    private static List<ForeignKey> foreignKeys(org.hibernate.mapping.Table table) {
        return table.getForeignKeyCollection().stream()
                .filter(fk -> fk.isCreationEnabled() && fk.isPhysicalConstraint())
                .filter(fk -> fk.getReferencedTable() != null && isCreated(fk.getReferencedTable()))
                .map(TableReader::foreignKey)
                .sorted(Comparator.comparing(ForeignKey::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static ForeignKey foreignKey(org.hibernate.mapping.ForeignKey fk) {
        org.hibernate.mapping.Table referenced = fk.getReferencedTable();
        List<String> referencedColumns = fk.isReferenceToPrimaryKey()
                ? primaryKeyColumns(referenced)
                : names(fk.getReferencedColumns());
        return new ForeignKey(fk.getName(), names(fk.getColumns()), referenced.getName(), referencedColumns,
                onDelete(fk.getOnDeleteAction()), "NO ACTION", false, null);
    }

    /** The ON DELETE action as databases report it; Hibernate's default is to state none. */
    static String onDelete(OnDeleteAction action) {
        if (action == null) {
            return "NO ACTION";
        }
        return switch (action) {
            case NO_ACTION -> "NO ACTION";
            case CASCADE -> "CASCADE";
            case RESTRICT -> "RESTRICT";
            case SET_NULL -> "SET NULL";
            case SET_DEFAULT -> "SET DEFAULT";
        };
    }

    private static List<Index> indexes(org.hibernate.mapping.Table table) {
        return table.getIndexes().values().stream()
                .map(TableReader::index)
                .sorted(Comparator.comparing(Index::name))
                .toList();
    }

    private static Index index(org.hibernate.mapping.Index index) {
        Map<Column, String> order = index.getColumnOrderMap();
        List<Index.Column> terms = index.getColumns().stream()
                .map(c -> new Index.Column(c.getName(), null, "desc".equalsIgnoreCase(trim(order.get(c))), null))
                .toList();
        return new Index(index.getName(), terms, index.isUnique(), null, Index.Origin.CREATE_INDEX, null);
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::getName).toList();
    }
}
