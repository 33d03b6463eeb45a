package dev.migrate.runtime;

import dev.migrate.MigrateException;
import java.time.Duration;
import java.util.Optional;

/**
 * The migration lock was not free within the lock timeout: another run holds it. Nothing was read,
 * planned or written.
 */
public final class LockTimeoutException extends MigrateException {

    private static final long serialVersionUID = 1L;

    private final Duration timeout;
    private final String holder;

    LockTimeoutException(String message, Duration timeout, String holder) {
        super(message);
        this.timeout = timeout;
        this.holder = holder;
    }

    /** How long the run waited. */
    public Duration timeout() {
        return timeout;
    }

    /** Who held the lock when the wait ran out, as far as the database could tell. */
    public Optional<String> holder() {
        return Optional.ofNullable(holder);
    }
}
