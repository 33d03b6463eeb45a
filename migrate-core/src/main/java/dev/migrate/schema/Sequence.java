package dev.migrate.schema;

import java.util.Objects;

/**
 * A sequence, as a database holds it or as a model declares it.
 *
 * @param name the sequence name as stored
 * @param start the start value
 * @param increment the increment
 */
public record Sequence(String name, long start, long increment) {

    public Sequence {
        Objects.requireNonNull(name, "name");
    }
}
