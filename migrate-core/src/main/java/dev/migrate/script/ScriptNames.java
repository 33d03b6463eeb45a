package dev.migrate.script;

import dev.migrate.revision.Revision;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * File and class names of revision scripts: the slug, the name a file-name template gives a new
 * script, the Java class name made from a file name, and the {@code check} command's test that a
 * script's name matches its revision.
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

    /**
     * Checks that a loaded script's name matches its revision under a file-name template: when the
     * template contains {@code {rev}}, the file name without extension (for a Java migration, the
     * simple class name) must contain the revision id. Templates without {@code {rev}} accept any
     * name.
     *
     * @return a problem naming the file, its revision and the expected name, or empty if the name
     *     matches
     * @throws dev.migrate.MigrateException for an invalid template
     */
    public static Optional<String> checkName(Script script, String template) {
        FileNameTemplate fileTemplate = new FileNameTemplate(template);
        if (!fileTemplate.usesRevision()) {
            return Optional.empty();
        }
        Revision revision = script.revision();
        String expected = fileTemplate.render(revision.id(), revision.message(), parseCreated(revision.created()));
        String actual;
        if (script instanceof JavaScript java) {
            actual = java.className().substring(java.className().lastIndexOf('.') + 1);
            expected = javaClassName(expected);
        } else {
            actual = baseName(script.path());
            expected = expected + ScriptFormat.SQL.extension();
        }
        if (actual.contains(revision.id())) {
            return Optional.empty();
        }
        String kind = script instanceof JavaScript ? "class name" : "file name";
        return Optional.of(script.path() + " declares revision " + revision.id() + " but its " + kind + " '"
                + actual + "' does not contain it; rename it to '" + expected + "' (file template " + template
                + ") or correct the revision id");
    }

    private static String baseName(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        String suffix = ScriptFormat.SQL.extension();
        return name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
    }

    /** The creation time as written by {@code migrate revision}, or as a user may write it. */
    static Instant parseCreated(String created) {
        if (created == null || created.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(created);
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(created).toInstant();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDateTime.parse(created).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notLocal) {
                    return null;
                }
            }
        }
    }
}
