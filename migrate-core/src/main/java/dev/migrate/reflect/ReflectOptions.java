package dev.migrate.reflect;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What {@link SchemaReader} leaves out of a reflected schema.
 *
 * <p>The tables migrate keeps for itself ({@code skipped}) and Hibernate's temporary helper tables
 * ({@code HT_*} id tables and {@code HTE_*} entity tables, which a SessionFactory creates as
 * persistent tables at startup on databases without usable temporary tables, e.g. SQLite for a
 * JOINED or TABLE_PER_CLASS hierarchy) are never reported. Of the other tables,
 * those matching an {@code include} pattern (every table when there is none) and no {@code exclude}
 * pattern are reported. Patterns are table names in which {@code *} matches any run of characters;
 * all names are compared ignoring ASCII case.
 *
 * @param skipped tables that are never reported: the version table, the history table and the
 *     lock table {@code <version table>_lock}
 * @param include table-name patterns to report; empty means every table
 * @param exclude table-name patterns never to report
 */
public record ReflectOptions(Set<String> skipped, List<String> include, List<String> exclude) {

    public ReflectOptions {
        skipped = Set.copyOf(Objects.requireNonNull(skipped, "skipped").stream()
                .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /** Skips the version table, its lock table {@code <versionTable>_lock} and the history table. */
    public static ReflectOptions skipping(String versionTable, String historyTable) {
        return new ReflectOptions(Set.of(versionTable, versionTable + "_lock", historyTable), List.of(), List.of());
    }

    /** These options with the include patterns replaced. */
    public ReflectOptions including(String... patterns) {
        return new ReflectOptions(skipped, List.of(patterns), exclude);
    }

    /** These options with the exclude patterns replaced. */
    public ReflectOptions excluding(String... patterns) {
        return new ReflectOptions(skipped, include, List.of(patterns));
    }

    /** Whether a table of this stored name belongs in the reflected schema. */
    public boolean reports(String table) {
        String lower = table.toLowerCase(Locale.ROOT);
        if (skipped.contains(lower) || lower.startsWith("ht_") || lower.startsWith("hte_")) {
            return false;
        }
        boolean included = include.isEmpty() || include.stream().anyMatch(p -> matches(p, lower));
        return included && exclude.stream().noneMatch(p -> matches(p, lower));
    }

    private static boolean matches(String pattern, String lowerName) {
        String[] parts = pattern.toLowerCase(Locale.ROOT).split("\\*", -1);
        String regex = java.util.Arrays.stream(parts).map(Pattern::quote).collect(Collectors.joining(".*"));
        return lowerName.matches(regex);
    }
}
