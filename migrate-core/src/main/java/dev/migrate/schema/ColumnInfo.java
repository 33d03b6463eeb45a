package dev.migrate.schema;

import java.util.Objects;

/**
 * One column of a {@link Table}.
 *
 * @param name the column name as stored
 * @param type the declared type text as the database reports it ({@code varchar(100)},
 *     {@code INTEGER}); an empty string for a column declared without a type
 * @param nullable whether the column accepts NULL, as the database reports it
 * @param defaultSql the default as SQL text ({@code 'x'}, {@code 0}, {@code CURRENT_TIMESTAMP}),
 *     {@code null} when there is none
 * @param primaryKeyPosition the 1-based position of this column in the primary key, 0 when it is
 *     not part of it
 * @param autoincrement whether the column is an auto-incrementing key (SQLite: declared
 *     {@code AUTOINCREMENT}, not merely a rowid alias)
 * @param collation the collation declared on the column ({@code NOCASE}), {@code null} when none
 * @param generated how the column is computed, {@code null} for an ordinary column
 * @param hidden whether the column is hidden from {@code SELECT *} (SQLite virtual-table hidden
 *     columns); generated columns are described by {@code generated}, not by this flag
 */
public record ColumnInfo(
        String name,
        String type,
        boolean nullable,
        String defaultSql,
        int primaryKeyPosition,
        boolean autoincrement,
        String collation,
        Generated generated,
        boolean hidden) {

    public ColumnInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (primaryKeyPosition < 0) {
            throw new IllegalArgumentException("primaryKeyPosition must not be negative: " + primaryKeyPosition);
        }
    }

    /** A plain column: no default, not in the key, no collation, not generated. */
    public static ColumnInfo of(String name, String type, boolean nullable) {
        return new ColumnInfo(name, type, nullable, null, 0, false, null, null, false);
    }

    /** Whether this column is computed from other columns. */
    public boolean isGenerated() {
        return generated != null;
    }

    /**
     * A generated (computed) column's definition.
     *
     * @param expression the SQL expression, without the surrounding parentheses
     * @param stored {@code true} for STORED, {@code false} for VIRTUAL
     */
    public record Generated(String expression, boolean stored) {
        public Generated {
            Objects.requireNonNull(expression, "expression");
        }
    }
}
