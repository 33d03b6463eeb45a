package dev.migrate.script;

import java.util.Comparator;

/**
 * A script file found under a location, before it is read: an SQL file with its bytes, or a
 * class file with its class name.
 *
 * @param name the sort name: the file name without {@code .sql}, or the simple class name
 * @param relativePath the path below the location's root, {@code /}-separated; breaks ties of
 *     {@code name}
 * @param identity what makes two finds the same file (a real path, a jar entry URL, a class name)
 * @param displayPath how messages name the file
 * @param sql the SQL file's bytes, or {@code null} for a class
 * @param className the fully qualified class name, or {@code null} for an SQL file
 */
record ScriptFile(String name, String relativePath, String identity, String displayPath, byte[] sql, String className) {

    /** Alembic's load order inside one location: by name, then by relative path. */
    static final Comparator<ScriptFile> LOAD_ORDER =
            Comparator.comparing(ScriptFile::name).thenComparing(ScriptFile::relativePath);

    static final String SQL_SUFFIX = ".sql";
    static final String CLASS_SUFFIX = ".class";

    static ScriptFile sql(String relativePath, String identity, String displayPath, byte[] content) {
        String fileName = fileName(relativePath);
        return new ScriptFile(fileName.substring(0, fileName.length() - SQL_SUFFIX.length()), relativePath,
                identity, displayPath, content, null);
    }

    static ScriptFile javaClass(String relativePath, String className) {
        String simpleName = className.substring(className.lastIndexOf('.') + 1);
        return new ScriptFile(simpleName, relativePath, "class " + className, "class " + className, null, className);
    }

    boolean isSql() {
        return sql != null;
    }

    /**
     * Whether a file below a location is a script candidate. SQL files count unless they are
     * editor lock files ({@code .#name.sql}, skipped as Alembic does); class files count when
     * wanted and top-level: not inner classes ({@code $}), {@code package-info} or
     * {@code module-info}.
     */
    static boolean isCandidate(String relativePath, boolean classes) {
        String fileName = fileName(relativePath);
        if (fileName.endsWith(SQL_SUFFIX)) {
            return !fileName.startsWith(".#") && fileName.length() > SQL_SUFFIX.length();
        }
        return classes && fileName.endsWith(CLASS_SUFFIX)
                && fileName.indexOf('$') < 0
                && !fileName.equals("package-info.class")
                && !fileName.equals("module-info.class");
    }

    /** The class name of a class file below the location of package {@code packageName}. */
    static String className(String packageName, String relativePath) {
        String inPackage = relativePath.substring(0, relativePath.length() - CLASS_SUFFIX.length()).replace('/', '.');
        return packageName.isEmpty() ? inPackage : packageName + "." + inPackage;
    }

    private static String fileName(String relativePath) {
        return relativePath.substring(relativePath.lastIndexOf('/') + 1);
    }
}
