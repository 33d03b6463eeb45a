package dev.migrate.operations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * One schema operation as a plain value: what {@link Operations} records and each dialect renders
 * to SQL. Migrations normally call {@link Operations}; these records are the neutral form the
 * dialects, offline SQL and autogenerate share.
 */
public sealed interface Operation {

    /** A short description for messages, e.g. {@code alterColumn account.name (type, nullability)}. */
    default String describe() {
        return OperationText.describe(this);
    }

    /** {@code CREATE TABLE name (columns, constraints)}. */
    record CreateTable(String name, List<Column> columns, List<Constraint> constraints) implements Operation {
        public CreateTable {
            Objects.requireNonNull(name, "name");
            columns = List.copyOf(columns);
            constraints = List.copyOf(constraints);
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("table " + name + " needs at least one column");
            }
        }
    }

    /** {@code DROP TABLE name}. */
    record DropTable(String name) implements Operation {
    }

    /** Renames a table. */
    record RenameTable(String from, String to) implements Operation {
    }

    /** Adds a column. */
    record AddColumn(String table, Column column) implements Operation {
    }

    /** Drops a column. */
    record DropColumn(String table, String column) implements Operation {
    }

    /** Changes a column's type, nullability, default, name or comment. */
    record AlterColumn(String table, String column, ColumnChange change) implements Operation {
    }

    /** Creates an index. */
    record CreateIndex(Index index) implements Operation {
    }

    /** Drops an index ({@code table} is needed by MySQL/MariaDB). */
    record DropIndex(String name, String table) implements Operation {
    }

    /** Adds a named constraint to an existing table. */
    record AddConstraint(String table, Constraint constraint) implements Operation {
        public AddConstraint {
            Objects.requireNonNull(constraint.name(), "a constraint added to an existing table needs a name");
        }
    }

    /** Drops a named constraint. */
    record DropConstraint(String table, String name, Constraint.Type type) implements Operation {
    }

    /** SQL written by the migration author, run as it is. */
    /** {@code CREATE SEQUENCE} with a start value and an increment. */
    record CreateSequence(String name, long start, long increment) implements Operation {
        public CreateSequence {
            Objects.requireNonNull(name, "name");
            if (increment == 0) {
                throw new IllegalArgumentException("sequence " + name + " needs a non-zero increment");
            }
        }
    }

    /** {@code DROP SEQUENCE}. */
    record DropSequence(String name) implements Operation {
        public DropSequence {
            Objects.requireNonNull(name, "name");
        }
    }

    record ExecuteSql(String sql) implements Operation {
    }

    /** Inserts rows given as column-to-value maps (values rendered as literals offline). */
    record BulkInsert(String table, List<Map<String, Object>> rows) implements Operation {
        public BulkInsert {
            rows = List.copyOf(rows);
        }

        /**
         * The columns of a row in a stable order: the map's own order for a {@link LinkedHashMap}
         * or a {@link SortedMap}, otherwise sorted by name (so that {@code Map.of} rows give the
         * same SQL on every run).
         */
        public static List<String> columnsOf(Map<String, Object> row) {
            List<String> columns = new ArrayList<>(row.keySet());
            if (!(row instanceof LinkedHashMap || row instanceof SortedMap)) {
                columns.sort(null);
            }
            return columns;
        }
    }

    /**
     * Alterations of one table grouped so that SQLite can apply them with one table rebuild
     * ("move and copy"); other databases run them as plain ALTERs unless {@code recreate} is
     * {@link Recreate#ALWAYS}.
     */
    record BatchAlterTable(String table, Recreate recreate, List<Operation> operations) implements Operation {
        public BatchAlterTable {
            operations = List.copyOf(operations);
        }
    }

    /** When a batch rebuilds its table. */
    enum Recreate {
        /** Only when an operation cannot be done with ALTER on this database. */
        AUTO,
        /** Always rebuild (move and copy). */
        ALWAYS,
        /** Never rebuild; fail if ALTER cannot do it. */
        NEVER
    }
}
