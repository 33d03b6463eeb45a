package dev.migrate.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One table as the database holds it.
 *
 * @param name the table name as stored
 * @param columns the columns in table order, hidden and generated ones included
 * @param primaryKey the primary key, {@code null} when the table has none
 * @param foreignKeys the foreign keys in declaration order
 * @param uniqueConstraints UNIQUE constraints (column-level ones as one-column constraints)
 * @param checkConstraints CHECK constraints, table-level and column-level, in declaration order
 * @param indexes every index, including those the database made for UNIQUE and PRIMARY KEY
 *     constraints (see {@link Index#origin()})
 * @param triggers the triggers defined on this table, in creation order
 * @param options table options as written, e.g. {@code WITHOUT ROWID} or {@code STRICT} (SQLite)
 * @param sql the table's original {@code CREATE TABLE} statement where the database keeps it
 *     (SQLite), otherwise {@code null}
 */
public record Table(
        String name,
        List<ColumnInfo> columns,
        PrimaryKey primaryKey,
        List<ForeignKey> foreignKeys,
        List<UniqueConstraint> uniqueConstraints,
        List<CheckConstraint> checkConstraints,
        List<Index> indexes,
        List<Trigger> triggers,
        List<String> options,
        String sql) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
        uniqueConstraints = List.copyOf(uniqueConstraints);
        checkConstraints = List.copyOf(checkConstraints);
        indexes = List.copyOf(indexes);
        triggers = List.copyOf(triggers);
        options = List.copyOf(options);
    }

    /** The column of this name, matched as SQLite and most databases match names: ignoring ASCII case. */
    public Optional<ColumnInfo> column(String columnName) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst();
    }

    /** The index of this name, ignoring ASCII case. */
    public Optional<Index> index(String indexName) {
        return indexes.stream().filter(i -> i.name().equalsIgnoreCase(indexName)).findFirst();
    }
}
