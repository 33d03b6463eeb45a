package dev.migrate.schema;

import java.util.Objects;

/**
 * A view.
 *
 * @param name the view name
 * @param sql the {@code CREATE VIEW} statement as the database keeps it
 */
public record View(String name, String sql) {

    public View {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
    }
}
