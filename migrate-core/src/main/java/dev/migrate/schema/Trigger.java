package dev.migrate.schema;

import java.util.Objects;

/**
 * A trigger.
 *
 * @param name the trigger name
 * @param table the table the trigger is defined on
 * @param sql the {@code CREATE TRIGGER} statement as the database keeps it
 */
public record Trigger(String name, String table, String sql) {

    public Trigger {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(sql, "sql");
    }
}
