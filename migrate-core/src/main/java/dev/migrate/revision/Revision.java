package dev.migrate.revision;

import java.util.List;
import java.util.Objects;

/**
 * One revision as its script declares it: the node of the revision graph.
 *
 * @param id the revision id ({@code [A-Za-z0-9_]}, at most 255 characters)
 * @param revises the parent ids: none for a base, several for a merge point
 * @param branchLabels the branch labels declared on this revision
 * @param dependsOn ids, unique id prefixes or branch labels that must be applied first without
 *     being parents
 * @param message the one-line description shown in history
 * @param created when the script was created, as written in it (may be {@code null})
 * @param path where the script was found, for messages and {@code history -v}
 */
public record Revision(
        String id,
        List<String> revises,
        List<String> branchLabels,
        List<String> dependsOn,
        String message,
        String created,
        String path) {

    public Revision {
        Objects.requireNonNull(id, "id");
        revises = List.copyOf(revises);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        message = message == null ? "" : message;
    }

    /** A revision with only an id and parents, for tests and generated graphs. */
    public static Revision of(String id, String... revises) {
        return new Revision(id, List.of(revises), List.of(), List.of(), "", null, id);
    }

    /** A copy carrying the given branch labels. */
    public Revision withBranchLabels(String... labels) {
        return new Revision(id, revises, List.of(labels), dependsOn, message, created, path);
    }

    /** A copy carrying the given dependencies. */
    public Revision withDependsOn(String... dependencies) {
        return new Revision(id, revises, branchLabels, List.of(dependencies), message, created, path);
    }

    /** A copy with another message. */
    public Revision withMessage(String newMessage) {
        return new Revision(id, revises, branchLabels, dependsOn, newMessage, created, path);
    }
}
