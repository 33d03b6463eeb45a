package dev.migrate.script;

import dev.migrate.MigrateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * Writes the new, empty revision script of the {@code revision} and {@code merge} commands, as an
 * SQL file or a Java class, named by a file-name template (default {@code {rev}_{slug}}; tokens
 * {@code rev slug year month day hour minute second}, times in UTC). An existing file is never
 * overwritten.
 */
public final class ScriptWriter {

    private static final Set<String> IMPORTED = Set.of("Migration", "Operations", "Revision");

    private final FileNameTemplate template;

    /** A writer using the default template {@code {rev}_{slug}}. */
    public ScriptWriter() {
        this(FileNameTemplate.DEFAULT);
    }

    /**
     * A writer using {@code fileTemplate}.
     *
     * @throws MigrateException for an unknown token, an unclosed {@code {} or a path separator
     */
    public ScriptWriter(String fileTemplate) {
        this.template = new FileNameTemplate(fileTemplate);
    }

    /** The file-name template. */
    public String fileTemplate() {
        return template.pattern();
    }

    /**
     * The name of the file {@link #write} would create, with its extension. For Java it is the
     * class name made by {@link ScriptNames#javaClassName} plus {@code .java}.
     */
    public String fileName(NewScript script, ScriptFormat format) {
        String base = template.render(script.id(), script.message(), script.created());
        return (format == ScriptFormat.JAVA ? ScriptNames.javaClassName(base) : base) + format.extension();
    }

    /**
     * Writes a new script.
     *
     * @param directory the directory the file goes into (created if missing)
     * @param packageName the Java package declared by a Java script ({@code ""} for none);
     *     ignored for SQL
     * @return the file written
     * @throws MigrateException when the file exists, the script's ids cannot be written, or the
     *     file cannot be created
     */
    public Path write(NewScript script, ScriptFormat format, Path directory, String packageName) {
        return write(script, format, directory, packageName, ScriptBody.EMPTY);
    }

    /**
     * Writes a new script whose upgrade and downgrade hold {@code body}; see
     * {@link #write(NewScript, ScriptFormat, Path, String)}.
     */
    public Path write(NewScript script, ScriptFormat format, Path directory, String packageName, ScriptBody body) {
        return format == ScriptFormat.JAVA ? writeJava(script, directory, packageName, body)
                : writeSql(script, directory, body);
    }

    /** Writes a new SQL script into {@code directory}; see {@link #write}. */
    public Path writeSql(NewScript script, Path directory) {
        return writeSql(script, directory, ScriptBody.EMPTY);
    }

    private Path writeSql(NewScript script, Path directory, ScriptBody body) {
        checkWords(script);
        return create(directory, fileName(script, ScriptFormat.SQL), SqlScriptRenderer.render(script, body));
    }

    /** Writes a new Java migration class of package {@code packageName} into {@code directory}. */
    public Path writeJava(NewScript script, Path directory, String packageName) {
        return writeJava(script, directory, packageName, ScriptBody.EMPTY);
    }

    private Path writeJava(NewScript script, Path directory, String packageName, ScriptBody body) {
        checkWords(script);
        String pkg = packageName == null ? "" : packageName.strip();
        checkPackage(pkg);
        String fileName = fileName(script, ScriptFormat.JAVA);
        String className = fileName.substring(0, fileName.length() - ScriptFormat.JAVA.extension().length());
        if (IMPORTED.contains(className)) {
            throw new MigrateException("The class name " + className + " made from file template '"
                    + template.pattern() + "' clashes with dev.migrate.operations." + className
                    + "; choose another revision id or file template");
        }
        return create(directory, fileName, JavaMigrationRenderer.render(script, pkg, className, body));
    }

    /**
     * A Java string literal holding exactly {@code value}, in pure ASCII, as generated scripts
     * write names and SQL text.
     */
    public static String javaString(String value) {
        return JavaMigrationRenderer.literal(value);
    }

    /** The {@code created} text of a new script: ISO-8601 in UTC, whole seconds. */
    static String createdText(Instant created) {
        return DateTimeFormatter.ISO_INSTANT.format(created.truncatedTo(ChronoUnit.SECONDS));
    }

    private Path create(Path directory, String fileName, String content) {
        if (fileName.equals(".sql") || fileName.indexOf('/') >= 0 || fileName.indexOf('\\') >= 0
                || fileName.indexOf('\0') >= 0 || fileName.startsWith(".")) {
            throw new MigrateException("File template '" + template.pattern() + "' gives the unusable file name '"
                    + fileName + "'; check the revision id and the template");
        }
        Path file = directory.resolve(fileName);
        try {
            Files.createDirectories(directory);
            Files.write(file, content.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            return file;
        } catch (FileAlreadyExistsException ex) {
            throw new MigrateException("Script file " + file + " already exists; it was not overwritten."
                    + " Choose another message or revision id, or move the existing file", ex);
        } catch (IOException ex) {
            throw new MigrateException("Cannot write script file " + file + ": " + ex, ex);
        }
    }

    /** Ids and labels are single words: a space or comma would split them when read back. */
    private static void checkWords(NewScript script) {
        checkWord("revision id", script.id());
        checkWords("revises", script.revises());
        checkWords("branch label", script.branchLabels());
        checkWords("depends-on", script.dependsOn());
    }

    private static void checkWords(String what, List<String> values) {
        for (String value : values) {
            checkWord(what, value);
        }
    }

    private static void checkWord(String what, String value) {
        if (value == null || value.isEmpty()) {
            throw new MigrateException("The " + what + " of the new script is empty; give a value");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == ',') {
                throw new MigrateException("The " + what + " '" + value.strip() + "' contains a space, comma or"
                        + " control character; use a single word such as 3f2a9c1b7d4e");
            }
        }
    }

    private static void checkPackage(String packageName) {
        if (packageName.isEmpty()) {
            return;
        }
        for (String part : packageName.split("\\.", -1)) {
            if (part.isEmpty() || !ScriptNames.javaClassName(part).equals(part)) {
                throw new MigrateException("'" + packageName + "' is not a valid Java package name;"
                        + " use dot-separated ASCII identifiers such as db.migrations");
            }
        }
    }
}
