package dev.migrate.operations;

import java.util.List;
import java.util.Objects;

/**
 * A table constraint. A {@code null} name leaves naming to the database (allowed in
 * {@link Operations#createTable}; constraints added later need a name so they can be dropped).
 */
public sealed interface Constraint extends TableElement {

    /** The constraint name, or {@code null}. */
    String name();

    /** Which kind of constraint, for {@link Operations#dropConstraint}. */
    enum Type {
        PRIMARY_KEY, UNIQUE, FOREIGN_KEY, CHECK
    }

    /** This constraint's kind. */
    Type type();

    /** {@code PRIMARY KEY (columns)}. */
    record PrimaryKey(String name, List<String> columns) implements Constraint {
        public PrimaryKey {
            columns = List.copyOf(columns);
        }

        @Override
        public Type type() {
            return Type.PRIMARY_KEY;
        }
    }

    /** {@code UNIQUE (columns)}. */
    record Unique(String name, List<String> columns) implements Constraint {
        public Unique {
            columns = List.copyOf(columns);
        }

        @Override
        public Type type() {
            return Type.UNIQUE;
        }
    }

    /** {@code FOREIGN KEY (columns) REFERENCES table (columns) ON DELETE ... ON UPDATE ...}. */
    record ForeignKey(String name, List<String> columns, String referredTable, List<String> referredColumns,
            ReferentialAction onDelete, ReferentialAction onUpdate) implements Constraint {
        public ForeignKey {
            columns = List.copyOf(columns);
            Objects.requireNonNull(referredTable, "referredTable");
            referredColumns = List.copyOf(referredColumns);
            if (columns.size() != referredColumns.size()) {
                throw new IllegalArgumentException("foreign key " + name + " has " + columns.size()
                        + " columns but refers to " + referredColumns.size());
            }
        }

        /** A copy with an ON DELETE action. */
        public ForeignKey onDelete(ReferentialAction action) {
            return new ForeignKey(name, columns, referredTable, referredColumns, action, onUpdate);
        }

        /** A copy with an ON UPDATE action. */
        public ForeignKey onUpdate(ReferentialAction action) {
            return new ForeignKey(name, columns, referredTable, referredColumns, onDelete, action);
        }

        @Override
        public Type type() {
            return Type.FOREIGN_KEY;
        }
    }

    /** {@code CHECK (condition)}; the condition is SQL written by the migration author. */
    record Check(String name, String condition) implements Constraint {
        public Check {
            Objects.requireNonNull(condition, "condition");
        }

        @Override
        public Type type() {
            return Type.CHECK;
        }
    }

    /** A primary key over columns. */
    static PrimaryKey primaryKey(String name, String... columns) {
        return new PrimaryKey(name, List.of(columns));
    }

    /** A unique constraint over columns. */
    static Unique unique(String name, String... columns) {
        return new Unique(name, List.of(columns));
    }

    /** A single- or multi-column foreign key without referential actions. */
    static ForeignKey foreignKey(String name, List<String> columns, String referredTable, List<String> referredColumns) {
        return new ForeignKey(name, columns, referredTable, referredColumns, null, null);
    }

    /** A check constraint. */
    static Check check(String name, String condition) {
        return new Check(name, condition);
    }
}
