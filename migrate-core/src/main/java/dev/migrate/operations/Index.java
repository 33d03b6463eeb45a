package dev.migrate.operations;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An index definition: {@code Index.on("ix_account_name", "account", "name").unique()}.
 *
 * @param name the index name
 * @param table the table
 * @param columns the indexed columns or expressions, in order
 * @param isUnique whether the index is unique
 * @param where a partial-index predicate (PostgreSQL, SQLite), or {@code null}
 */
public record Index(String name, String table, List<IndexColumn> columns, boolean isUnique, String where) {

    public Index {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " needs at least one column");
        }
    }

    /** An index over plain ascending columns. */
    public static Index on(String name, String table, String... columns) {
        return new Index(name, table, Arrays.stream(columns).map(IndexColumn::asc).toList(), false, null);
    }

    /** An index over the given columns or expressions. */
    public static Index on(String name, String table, IndexColumn... columns) {
        return new Index(name, table, List.of(columns), false, null);
    }

    /** A unique copy. */
    public Index unique() {
        return new Index(name, table, columns, true, where);
    }

    /** A partial copy: only rows matching the SQL predicate are indexed. */
    public Index where(String predicate) {
        return new Index(name, table, columns, isUnique, predicate);
    }

    /**
     * One indexed column or expression.
     *
     * @param text a column name (quoted by the dialect) or an SQL expression (written as is)
     * @param expression whether {@code text} is an expression
     * @param descending whether the order is descending
     */
    public record IndexColumn(String text, boolean expression, boolean descending) {

        /** An ascending column. */
        public static IndexColumn asc(String column) {
            return new IndexColumn(column, false, false);
        }

        /** A descending column. */
        public static IndexColumn desc(String column) {
            return new IndexColumn(column, false, true);
        }

        /** An expression such as {@code lower(email)}, where the database supports expression indexes. */
        public static IndexColumn expression(String sql) {
            return new IndexColumn(sql, true, false);
        }
    }
}
