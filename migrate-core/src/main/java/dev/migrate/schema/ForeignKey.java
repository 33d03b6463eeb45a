package dev.migrate.schema;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key of a {@link Table}.
 *
 * @param name the constraint name, {@code null} when unnamed
 * @param columns the referencing columns of this table
 * @param referredTable the referenced table
 * @param referredColumns the referenced columns; empty when the constraint names none and so
 *     refers to the referenced table's primary key (SQLite {@code REFERENCES parent})
 * @param onDelete the ON DELETE action as the database reports it ({@code CASCADE},
 *     {@code NO ACTION}, ...)
 * @param onUpdate the ON UPDATE action as the database reports it
 * @param deferrable whether the constraint is DEFERRABLE
 * @param initially {@code DEFERRED} or {@code IMMEDIATE} when stated, otherwise {@code null}
 */
public record ForeignKey(
        String name,
        List<String> columns,
        String referredTable,
        List<String> referredColumns,
        String onDelete,
        String onUpdate,
        boolean deferrable,
        String initially) {

    public ForeignKey {
        columns = List.copyOf(columns);
        Objects.requireNonNull(referredTable, "referredTable");
        referredColumns = List.copyOf(referredColumns);
    }
}
