package dev.migrate;

/**
 * The one exception migrate throws for anything the user can fix: a broken revision graph, an
 * unknown target, a failed statement, a version table that does not match. The message says what is
 * wrong, where, and what to do; the command line prints it after {@code FAILED: }.
 */
public class MigrateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MigrateException(String message) {
        super(message);
    }

    public MigrateException(String message, Throwable cause) {
        super(message, cause);
    }
}
