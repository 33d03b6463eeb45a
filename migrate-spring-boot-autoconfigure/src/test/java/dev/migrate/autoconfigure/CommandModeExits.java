package dev.migrate.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps the command mode from ending the test JVM: while a test runs, the statuses the command
 * mode would exit with are recorded instead.
 */
final class CommandModeExits implements BeforeEachCallback, AfterEachCallback {

    private final List<Integer> exits = new ArrayList<>();

    private IntConsumer original;

    @Override
    public void beforeEach(ExtensionContext context) {
        this.original = MigrateCommandMode.exit;
        MigrateCommandMode.exit = this.exits::add;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        MigrateCommandMode.exit = this.original;
    }

    void clear() {
        this.exits.clear();
    }

    boolean none() {
        return this.exits.isEmpty();
    }

    /** The status of the one command that ran since {@link #clear()}. */
    int single() {
        assertThat(this.exits).hasSize(1);
        return this.exits.get(0);
    }

}
