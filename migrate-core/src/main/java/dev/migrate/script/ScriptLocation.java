package dev.migrate.script;

import dev.migrate.MigrateException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where revision scripts live, parsed from a location string as in Flyway and Spring Boot:
 * <ul>
 *   <li>{@code classpath:db/migrations}: SQL resources under {@code db/migrations} and Java
 *       migration classes in package {@code db.migrations}, in directories and jars of the class
 *       loader;</li>
 *   <li>{@code filesystem:/abs/or/relative/dir}, or a bare path: SQL files in a directory.</li>
 * </ul>
 * Subdirectories (subpackages) are included. {@code {dialect}} in a location is replaced by the
 * connected dialect's name ({@code sqlite}, {@code postgresql}, {@code mysql}, {@code h2}) so each
 * dialect may keep its own chain.
 *
 * @param kind classpath or filesystem
 * @param path for a classpath location the resource path without leading or trailing {@code /};
 *     for a filesystem location the directory as written (relative paths are relative to the
 *     working directory)
 */
public record ScriptLocation(Kind kind, String path) {

    /** The placeholder replaced by the dialect name. */
    public static final String DIALECT_PLACEHOLDER = "{dialect}";

    private static final String CLASSPATH = "classpath:";
    private static final String FILESYSTEM = "filesystem:";
    /** A URL-like prefix; one letter is a Windows drive ({@code C:\...}), not a prefix. */
    private static final Pattern OTHER_PREFIX = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");

    /** The two kinds of location. */
    public enum Kind {
        /** Resources and classes found through a class loader. */
        CLASSPATH,
        /** SQL files in a directory. */
        FILESYSTEM
    }

    public ScriptLocation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
    }

    /**
     * Parses a location string.
     *
     * @param location {@code classpath:...}, {@code filesystem:...} or a bare directory path
     * @param dialectName replaces {@code {dialect}}; may be {@code null} when no location uses it
     * @throws MigrateException for an empty location, an unknown prefix, or {@code {dialect}}
     *     without a dialect name
     */
    public static ScriptLocation parse(String location, String dialectName) {
        if (location == null || location.isBlank()) {
            throw new MigrateException("A script location is empty; write classpath:<package path> or"
                    + " filesystem:<directory>, for example classpath:db/migrations");
        }
        String text = location.strip();
        if (text.contains(DIALECT_PLACEHOLDER)) {
            if (dialectName == null || dialectName.isBlank()) {
                throw new MigrateException("Location '" + text + "' uses " + DIALECT_PLACEHOLDER
                        + " but no dialect is known yet; connect to a database or name the dialect"
                        + " directory in the location");
            }
            text = text.replace(DIALECT_PLACEHOLDER, dialectName);
        }
        if (text.regionMatches(true, 0, CLASSPATH, 0, CLASSPATH.length())) {
            String resource = trimSlashes(text.substring(CLASSPATH.length()).strip());
            if (resource.isEmpty()) {
                throw new MigrateException("Location '" + location + "' names the root of the class path;"
                        + " name a package directory, for example classpath:db/migrations");
            }
            return new ScriptLocation(Kind.CLASSPATH, resource);
        }
        if (text.regionMatches(true, 0, FILESYSTEM, 0, FILESYSTEM.length())) {
            String directory = text.substring(FILESYSTEM.length()).strip();
            if (directory.isEmpty()) {
                throw new MigrateException("Location '" + location + "' names no directory;"
                        + " write filesystem:<directory>");
            }
            return new ScriptLocation(Kind.FILESYSTEM, directory);
        }
        if (OTHER_PREFIX.matcher(text).find()) {
            throw new MigrateException("Location '" + location + "' has an unknown prefix; use classpath:"
                    + " or filesystem: (a path without prefix is a directory)");
        }
        return new ScriptLocation(Kind.FILESYSTEM, text);
    }

    /** Parses a location that does not use {@code {dialect}}. */
    public static ScriptLocation parse(String location) {
        return parse(location, null);
    }

    /** The Java package of a classpath location ({@code db/migrations} is {@code db.migrations}). */
    public String packageName() {
        if (kind != Kind.CLASSPATH) {
            throw new IllegalStateException(this + " is not a classpath location");
        }
        return path.replace('/', '.');
    }

    /** The directory of a filesystem location. */
    public Path directory() {
        if (kind != Kind.FILESYSTEM) {
            throw new IllegalStateException(this + " is not a filesystem location");
        }
        return Path.of(path);
    }

    /** The location in the form it is written: {@code classpath:db/migrations}. */
    @Override
    public String toString() {
        return (kind == Kind.CLASSPATH ? CLASSPATH : FILESYSTEM) + path;
    }

    private static String trimSlashes(String value) {
        int from = 0;
        int to = value.length();
        while (from < to && value.charAt(from) == '/') {
            from++;
        }
        while (to > from && value.charAt(to - 1) == '/') {
            to--;
        }
        return value.substring(from, to);
    }
}
