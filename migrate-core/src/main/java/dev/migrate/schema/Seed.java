package dev.migrate.schema;

import java.util.Map;
import java.util.Objects;

/**
 * A row a model says a new table starts with: Hibernate's {@code @SequenceGenerator} kept in a
 * table (on databases without sequences) needs its first {@code next_val} row, or no id can be
 * generated.
 *
 * @param table the table
 * @param row column name to value, in column order
 */
public record Seed(String table, Map<String, Object> row) {

    public Seed {
        Objects.requireNonNull(table, "table");
        row = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(row));
    }
}
