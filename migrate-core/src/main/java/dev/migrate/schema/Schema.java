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
 * @param seeds rows the model's new tables start with (a reflected schema has none)
 */
public record Schema(List<Table> tables, List<Sequence> sequences, List<Seed> seeds) {

    public Schema {
        tables = List.copyOf(Objects.requireNonNull(tables, "tables"));
        sequences = List.copyOf(Objects.requireNonNull(sequences, "sequences"));
        seeds = List.copyOf(Objects.requireNonNull(seeds, "seeds"));
    }

    /** A schema without seed rows, as reflected from a database. */
    public Schema(List<Table> tables, List<Sequence> sequences) {
        this(tables, sequences, List.of());
    }

    /** The table of this name, ignoring ASCII case. */
    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }
}
