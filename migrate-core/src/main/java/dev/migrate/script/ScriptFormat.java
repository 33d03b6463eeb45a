package dev.migrate.script;

import dev.migrate.MigrateException;
import java.util.Locale;

/** The two formats a revision script can be written in. */
public enum ScriptFormat {

    /** An {@code .sql} file with {@code -- migrate:} headers. */
    SQL(".sql"),
    /** A {@code .java} class implementing {@code Migration}. */
    JAVA(".java");

    private final String extension;

    ScriptFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension, with its dot. */
    public String extension() {
        return extension;
    }

    /**
     * The format named {@code sql} or {@code java} (any case), as given to {@code --format}.
     *
     * @throws MigrateException for any other name
     */
    public static ScriptFormat parse(String name) {
        String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        for (ScriptFormat format : values()) {
            if (format.name().equals(key)) {
                return format;
            }
        }
        throw new MigrateException("Unknown script format '" + name + "'; use java or sql");
    }
}
