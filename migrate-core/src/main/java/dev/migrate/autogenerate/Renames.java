package dev.migrate.autogenerate;

import dev.migrate.MigrateException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renames the user declares, since a diff cannot tell a rename from a drop and an add: the
 * {@code --rename} options of {@code revision --autogenerate}. Names match ignoring ASCII case.
 *
 * @param tables old table name to new table name
 * @param columns table name (the new one if the table is renamed too) to old column name to new
 *     column name
 */
public record Renames(Map<String, String> tables, Map<String, Map<String, String>> columns) {

    /** No renames. */
    public static final Renames NONE = new Renames(Map.of(), Map.of());

    public Renames {
        tables = lowerKeys(tables);
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        columns.forEach((table, renames) -> copy.put(lower(table), lowerKeys(renames)));
        columns = Map.copyOf(copy);
    }

    /**
     * Parses {@code --rename} values: {@code table.old_column=new_column} renames a column,
     * {@code old_table=new_table} a table.
     *
     * @throws MigrateException for a value of neither form
     */
    public static Renames parse(List<String> specs) {
        Map<String, String> tables = new LinkedHashMap<>();
        Map<String, Map<String, String>> columns = new LinkedHashMap<>();
        for (String spec : specs) {
            int equals = spec.indexOf('=');
            String from = equals < 0 ? "" : spec.substring(0, equals).strip();
            String to = equals < 0 ? "" : spec.substring(equals + 1).strip();
            int dot = from.indexOf('.');
            if (from.isEmpty() || to.isEmpty() || to.contains(".") || dot == 0 || dot == from.length() - 1) {
                throw new MigrateException("Invalid --rename '" + spec + "': write table.old_column=new_column to rename "
                        + "a column or old_table=new_table to rename a table");
            }
            if (dot < 0) {
                tables.put(from, to);
            } else {
                columns.computeIfAbsent(from.substring(0, dot), t -> new LinkedHashMap<>()).put(from.substring(dot + 1), to);
            }
        }
        return new Renames(tables, columns);
    }

    /** The new name of a renamed table, {@code null} when it was not renamed. */
    String newTableName(String oldName) {
        return tables.get(lower(oldName));
    }

    /** The new name of a renamed column of {@code table} (its new name), {@code null} when not renamed. */
    String newColumnName(String table, String oldColumn) {
        Map<String, String> renames = columns.get(lower(table));
        return renames == null ? null : renames.get(lower(oldColumn));
    }

    private static Map<String, String> lowerKeys(Map<String, String> map) {
        Map<String, String> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(lower(k), v));
        return Map.copyOf(copy);
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
