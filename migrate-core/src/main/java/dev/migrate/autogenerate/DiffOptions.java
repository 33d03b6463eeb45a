package dev.migrate.autogenerate;

import dev.migrate.reflect.ReflectOptions;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How autogenerate compares.
 *
 * @param compareServerDefaults whether server defaults are compared (off by default, as in
 *     Alembic: databases rewrite default expressions too freely for an exact comparison)
 * @param renames tables and columns the user says were renamed, compared as renames instead of
 *     a drop and an add
 * @param include table-name patterns to compare ({@code *} matches any run of characters); empty
 *     means every table
 * @param exclude table-name patterns never to compare
 */
public record DiffOptions(boolean compareServerDefaults, Renames renames, List<String> include, List<String> exclude) {

    public DiffOptions {
        Objects.requireNonNull(renames, "renames");
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /** Every table, no renames, server defaults not compared. */
    public static DiffOptions defaults() {
        return new DiffOptions(false, Renames.NONE, List.of(), List.of());
    }

    /** These options with server defaults compared or not. */
    public DiffOptions compareServerDefaults(boolean compare) {
        return new DiffOptions(compare, renames, include, exclude);
    }

    /** These options with the given renames. */
    public DiffOptions renames(Renames given) {
        return new DiffOptions(compareServerDefaults, given, include, exclude);
    }

    /** These options with the include and exclude patterns replaced. */
    public DiffOptions tables(List<String> includePatterns, List<String> excludePatterns) {
        return new DiffOptions(compareServerDefaults, renames, includePatterns, excludePatterns);
    }

    /** Whether a table of this name takes part in the comparison. */
    boolean compares(String table) {
        return new ReflectOptions(Set.of(), include, exclude).reports(table);
    }
}
