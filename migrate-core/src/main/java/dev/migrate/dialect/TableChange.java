package dev.migrate.dialect;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One change to a table, applied by {@link SqliteTableRebuild}. The changes of one rebuild are
 * applied in list order to the table's definition, except that column renames
 * ({@link AlterColumn#newName()}) all happen first, natively: every other change refers to
 * columns by their new names.
 *
 * <p>Names ({@code name}, {@code columns}, {@code referredTable}) are plain names and are quoted
 * where SQL needs it. Fields ending in {@code Sql} ({@code typeSql}, {@code defaultSql},
 * {@code sql}, {@code whereSql}, {@code expressionSql}, {@code usingSql}) are SQL text and are
 * written into the statement as they are. A {@code null} constraint name makes an unnamed
 * constraint.
 */
public sealed interface TableChange {

    /**
     * Adds a column at the end of the table.
     *
     * @param name the column name
     * @param typeSql the declared type ({@code VARCHAR(40)}), {@code null} or empty for none
     * @param nullable {@code false} adds NOT NULL: the table's rows then need a default, or the
     *     copy fails and nothing is changed
     * @param defaultSql the default, {@code null} for none; an expression that is not a single
     *     literal is wrapped in parentheses
     */
    record AddColumn(String name, String typeSql, boolean nullable, String defaultSql) implements TableChange {
        public AddColumn {
            requireName(name, "column name");
        }
    }

    /**
     * Drops a column. Constraints and indexes of the table that mention it are dropped with it,
     * each with a warning; a trigger of the table that mentions it, or a generated column computed
     * from it, makes the rebuild fail before anything is changed.
     */
    record DropColumn(String name) implements TableChange {
        public DropColumn {
            requireName(name, "column name");
        }
    }

    /**
     * Changes a column; every field left {@code null} stays as it is.
     *
     * @param name the column to change
     * @param newName a new name: applied first, with SQLite's own {@code ALTER TABLE ... RENAME
     *     COLUMN}, so indexes, triggers, views and other tables' foreign keys follow it
     * @param newTypeSql a new declared type; values are copied as they are and SQLite's type
     *     affinity of the new type converts them where that loses nothing (no CAST, see
     *     {@code usingSql})
     * @param nullable {@code true} removes NOT NULL, {@code false} adds it
     * @param defaultChange a new default or its removal
     * @param usingSql an SQL expression over the old table's columns that computes the new value
     *     during the copy, e.g. {@code CAST(amount AS INTEGER)}; {@code null} copies the value
     */
    record AlterColumn(String name, String newName, String newTypeSql, Boolean nullable, DefaultChange defaultChange,
            String usingSql) implements TableChange {

        public AlterColumn {
            requireName(name, "column name");
            if (newName != null) {
                requireName(newName, "new column name");
            }
            if (newName == null && newTypeSql == null && nullable == null && defaultChange == null
                    && usingSql == null) {
                throw new IllegalArgumentException("AlterColumn of '" + name + "' changes nothing");
            }
        }

        /** Renames a column. */
        public static AlterColumn rename(String name, String newName) {
            return new AlterColumn(name, newName, null, null, null, null);
        }

        /** Changes a column's declared type. */
        public static AlterColumn type(String name, String newTypeSql) {
            return new AlterColumn(name, null, newTypeSql, null, null, null);
        }

        /** Makes a column nullable ({@code true}) or NOT NULL ({@code false}). */
        public static AlterColumn nullable(String name, boolean nullable) {
            return new AlterColumn(name, null, null, nullable, null, null);
        }

        /** Sets ({@code defaultSql} not null) or removes ({@code null}) a column's default. */
        public static AlterColumn serverDefault(String name, String defaultSql) {
            return new AlterColumn(name, null, null, null, new DefaultChange(defaultSql), null);
        }

        /** Whether this change does anything besides renaming. */
        public boolean changesDefinition() {
            return newTypeSql != null || nullable != null || defaultChange != null || usingSql != null;
        }
    }

    /**
     * A new default for {@link AlterColumn}.
     *
     * @param sql the default SQL, {@code null} to remove the default
     */
    record DefaultChange(String sql) {
    }

    /**
     * Adds a CHECK constraint. The table's rows must satisfy it, or the copy fails and nothing is
     * changed.
     *
     * @param name the constraint name, {@code null} for an unnamed constraint
     * @param sql the condition, without the surrounding parentheses
     */
    record AddCheck(String name, String sql) implements TableChange {
        public AddCheck {
            requireText(sql, "CHECK condition");
        }
    }

    /** Adds a UNIQUE constraint over {@code columns}; {@code name} may be {@code null}. */
    record AddUnique(String name, List<String> columns) implements TableChange {
        public AddUnique {
            columns = requireNames(columns);
        }
    }

    /**
     * Adds a FOREIGN KEY constraint.
     *
     * @param name the constraint name, {@code null} for an unnamed constraint
     * @param columns this table's columns
     * @param referredTable the referenced table (this table for a self-reference)
     * @param referredColumns the referenced columns; empty to refer to the referenced table's
     *     primary key
     * @param onDelete {@code CASCADE}, {@code SET NULL}, {@code SET DEFAULT}, {@code RESTRICT},
     *     {@code NO ACTION} or {@code null}
     * @param onUpdate the same choices as {@code onDelete}
     */
    record AddForeignKey(String name, List<String> columns, String referredTable, List<String> referredColumns,
            String onDelete, String onUpdate) implements TableChange {

        private static final Set<String> ACTIONS = Set.of("CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT",
                "NO ACTION");

        public AddForeignKey {
            columns = requireNames(columns);
            requireName(referredTable, "referred table");
            referredColumns = List.copyOf(referredColumns);
            if (!referredColumns.isEmpty() && referredColumns.size() != columns.size()) {
                throw new IllegalArgumentException("A foreign key needs as many referred columns as columns: "
                        + columns + " -> " + referredColumns);
            }
            onDelete = action(onDelete);
            onUpdate = action(onUpdate);
        }

        private static String action(String action) {
            if (action == null) {
                return null;
            }
            String normal = action.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
            if (!ACTIONS.contains(normal)) {
                throw new IllegalArgumentException("Unknown foreign key action '" + action + "'; use one of "
                        + "CASCADE, SET NULL, SET DEFAULT, RESTRICT, NO ACTION");
            }
            return normal;
        }
    }

    /**
     * Sets the primary key. A table has one: an existing primary key (and an AUTOINCREMENT that
     * came with it) is replaced, with a warning.
     */
    record AddPrimaryKey(String name, List<String> columns) implements TableChange {
        public AddPrimaryKey {
            columns = requireNames(columns);
        }
    }

    /**
     * Drops every constraint of this name: table constraints and column constraints (CHECK,
     * UNIQUE, FOREIGN KEY, PRIMARY KEY, NOT NULL, DEFAULT). Unnamed constraints cannot be dropped
     * by name.
     */
    record DropConstraint(String name) implements TableChange {
        public DropConstraint {
            requireName(name, "constraint name");
        }
    }

    /**
     * Creates an index once the table is rebuilt.
     *
     * @param name the index name
     * @param elements the indexed columns or expressions
     * @param unique whether the index is unique
     * @param whereSql the condition of a partial index, {@code null} for a full index
     */
    record CreateIndex(String name, List<Element> elements, boolean unique, String whereSql) implements TableChange {

        public CreateIndex {
            requireName(name, "index name");
            elements = List.copyOf(elements);
            if (elements.isEmpty()) {
                throw new IllegalArgumentException("Index '" + name + "' needs at least one column or expression");
            }
        }

        /** An index over plain columns. */
        public static CreateIndex on(String name, String... columns) {
            return new CreateIndex(name, List.of(columns).stream().map(Element::column).toList(), false, null);
        }

        /**
         * One indexed term: a column ({@code column}) or an expression ({@code expressionSql}).
         */
        public record Element(String column, String expressionSql, boolean descending) {

            public Element {
                if ((column == null) == (expressionSql == null)) {
                    throw new IllegalArgumentException("An index element is either a column or an expression");
                }
            }

            public static Element column(String column) {
                return new Element(requireName(column, "column name"), null, false);
            }

            public static Element expression(String expressionSql) {
                return new Element(null, requireText(expressionSql, "index expression"), false);
            }

            /** This element sorted descending. */
            public Element desc() {
                return new Element(column, expressionSql, true);
            }
        }
    }

    /** Drops an index made with CREATE INDEX (indexes of constraints go with their constraint). */
    record DropIndex(String name) implements TableChange {
        public DropIndex {
            requireName(name, "index name");
        }
    }

    private static String requireName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("The " + what + " must not be empty");
        }
        return name;
    }

    private static String requireText(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            throw new IllegalArgumentException("The " + what + " must not be empty");
        }
        return text;
    }

    private static List<String> requireNames(List<String> names) {
        List<String> copy = List.copyOf(names);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("At least one column is needed");
        }
        copy.forEach(n -> requireName(n, "column name"));
        return copy;
    }
}
