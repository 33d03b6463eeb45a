package dev.migrate.schema;

import java.util.List;

/**
 * The primary key of a {@link Table}.
 *
 * @param name the constraint name, {@code null} when unnamed
 * @param columns the key columns in key order
 */
public record PrimaryKey(String name, List<String> columns) {

    public PrimaryKey {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A primary key needs at least one column");
        }
    }
}
