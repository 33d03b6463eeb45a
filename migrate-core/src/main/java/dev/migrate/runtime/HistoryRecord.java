package dev.migrate.runtime;

import dev.migrate.revision.Step;
import dev.migrate.script.Script;

/**
 * What a step contributes to its history row, online or offline.
 *
 * @param step the step
 * @param checksum the checksum of the script that ran, {@code null} when none ran or it has none
 */
record HistoryRecord(Step step, String checksum) {

    /** The history of a step: upgrades and downgrades record their script's checksum, stamps none. */
    static HistoryRecord of(Step step, Script script) {
        String checksum = step.direction() == Step.Direction.STAMP || script == null
                ? null
                : script.checksum().orElse(null);
        return new HistoryRecord(step, checksum);
    }

    String revision() {
        return step.revision() == null ? null : step.revision().id();
    }

    String message() {
        return step.revision() == null ? "" : step.revision().message();
    }

    String from() {
        return String.join(", ", step.from());
    }

    String to() {
        return String.join(", ", step.to());
    }
}
