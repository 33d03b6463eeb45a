package dev.migrate.script;

import java.util.Set;

/**
 * File and class names of revision scripts: the slug, the name a file-name template gives a new
 * script, and the Java class name made from a file name.
 */
public final class ScriptNames {

    /** The default file-name template, Alembic's {@code %(rev)s_%(slug)s}. */
    public static final String DEFAULT_TEMPLATE = FileNameTemplate.DEFAULT;

    private static final Set<String> RESERVED = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "_");

    private ScriptNames() {
    }

    /**
     * Alembic's slug of a message: its {@code \w+} words (ASCII letters, digits, underscore)
     * joined by {@code _}, lower-cased, and when longer than 40 characters cut back to a word
     * boundary and ended with {@code _}.
     */
    public static String slug(String message) {
        return FileNameTemplate.slug(message);
    }

    /**
     * The file name, without extension, that {@code template} gives {@code script}.
     *
     * @throws dev.migrate.MigrateException for an invalid template
     */
    public static String fileName(String template, NewScript script) {
        return new FileNameTemplate(template).render(script.id(), script.message(), script.created());
    }

    /**
     * A valid Java class name made from a file name: characters other than ASCII letters, digits
     * and {@code _} become {@code _}, and {@code R} is put in front of a name that starts with a
     * digit or is a Java keyword.
     */
    public static String javaClassName(String fileName) {
        StringBuilder name = new StringBuilder(fileName.length() + 1);
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            boolean valid = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            name.append(valid ? c : '_');
        }
        if (name.length() == 0 || Character.isDigit(name.charAt(0)) || RESERVED.contains(name.toString())) {
            name.insert(0, 'R');
        }
        return name.toString();
    }
}
