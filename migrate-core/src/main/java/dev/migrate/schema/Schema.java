package dev.migrate.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole schema in the neutral model both sides of an autogenerate diff are turned into: the
 * tables and sequences of a live database (reflected) or of the JPA model.
 *
 * @param tables the tables, in name order
 * @param sequences the sequences that are not owned by an identity column, in name order
 */
public record Schema(List<Table> tables, List<Sequence> sequences) {

    public Schema {
        tables = List.copyOf(Objects.requireNonNull(tables, "tables"));
        sequences = List.copyOf(Objects.requireNonNull(sequences, "sequences"));
    }

    /** The table of this name, ignoring ASCII case. */
    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }
}
