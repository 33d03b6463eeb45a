package dev.migrate.schema;

import java.util.Objects;

/**
 * A CHECK constraint.
 *
 * @param name the constraint name, {@code null} when unnamed
 * @param sql the condition as SQL text, without the surrounding parentheses
 */
public record CheckConstraint(String name, String sql) {

    public CheckConstraint {
        Objects.requireNonNull(sql, "sql");
    }
}
