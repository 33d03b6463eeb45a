package dev.migrate.schema;

import java.util.List;
import java.util.Objects;

/**
 * An index of a {@link Table}.
 *
 * @param name the index name as stored (SQLite names the indexes it makes for constraints
 *     {@code sqlite_autoindex_<table>_<n>})
 * @param columns the indexed terms in order
 * @param unique whether the index is unique
 * @param where the WHERE condition of a partial index, without the keyword; {@code null} for a
 *     full index
 * @param origin what made the index
 * @param sql the {@code CREATE INDEX} statement where the database keeps it, {@code null} for an
 *     index made for a constraint
 */
public record Index(String name, List<Column> columns, boolean unique, String where, Origin origin, String sql) {

    public Index {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(origin, "origin");
    }

    /** Whether this is a partial index. */
    public boolean partial() {
        return where != null;
    }

    /** What created an index. */
    public enum Origin {
        /** A {@code CREATE INDEX} statement. */
        CREATE_INDEX,
        /** A UNIQUE constraint of the table. */
        UNIQUE_CONSTRAINT,
        /** The PRIMARY KEY of the table. */
        PRIMARY_KEY
    }

    /**
     * One indexed term: a column or an expression.
     *
     * @param name the column name, {@code null} for an expression
     * @param expression the expression SQL text, {@code null} for a plain column
     * @param descending whether the term is sorted descending
     * @param collation the collating sequence the database reports ({@code BINARY} by default on
     *     SQLite), {@code null} when it reports none
     */
    public record Column(String name, String expression, boolean descending, String collation) {

        public Column {
            if ((name == null) == (expression == null)) {
                throw new IllegalArgumentException("An index term is either a column or an expression");
            }
        }
    }
}
