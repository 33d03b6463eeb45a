package dev.migrate.schema;

import java.util.List;

/**
 * A UNIQUE constraint (not a unique index made with CREATE UNIQUE INDEX; those are
 * {@link Index indexes}).
 *
 * @param name the constraint name, {@code null} when unnamed
 * @param columns the constrained columns
 */
public record UniqueConstraint(String name, List<String> columns) {

    public UniqueConstraint {
        columns = List.copyOf(columns);
    }
}
