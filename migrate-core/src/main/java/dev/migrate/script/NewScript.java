package dev.migrate.script;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the {@code revision} and {@code merge} commands know about a script they are about to
 * write.
 *
 * @param id the new revision id
 * @param revises the parent ids: none for a base, several for a merge
 * @param message the one-line description; blank becomes {@code empty message}, as in Alembic
 * @param branchLabels branch labels the new revision carries
 * @param dependsOn ids or labels that must be applied first without being parents
 * @param created the creation time; written to the script and used by the file-name template
 */
public record NewScript(
        String id,
        List<String> revises,
        String message,
        List<String> branchLabels,
        List<String> dependsOn,
        Instant created) {

    /** The message written when none is given. */
    public static final String EMPTY_MESSAGE = "empty message";

    public NewScript {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(created, "created");
        revises = revises == null ? List.of() : List.copyOf(revises);
        branchLabels = branchLabels == null ? List.of() : List.copyOf(branchLabels);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        message = message == null || message.isBlank() ? EMPTY_MESSAGE : message;
    }

    /** A script without branch labels or dependencies. */
    public static NewScript of(String id, List<String> revises, String message, Instant created) {
        return new NewScript(id, revises, message, List.of(), List.of(), created);
    }
}
