package dev.migrate.revision;

import java.util.List;

/**
 * One step of a plan: a revision upgraded or downgraded, or a stamp, together with the version
 * rows it writes.
 *
 * @param direction upgrade, downgrade or stamp
 * @param revision the revision whose script runs (for a stamp: the target, or {@code null} for
 *     a stamp to base)
 * @param from the revisions the step starts at, as Alembic prints them ({@code a, b -> c})
 * @param to the revisions the step ends at
 * @param versionChanges the version-table writes of this step, in order
 */
public record Step(
        Direction direction,
        Revision revision,
        List<String> from,
        List<String> to,
        List<VersionChange> versionChanges) {

    public Step {
        from = List.copyOf(from);
        to = List.copyOf(to);
        versionChanges = List.copyOf(versionChanges);
    }

    /** Which way a step moves. */
    public enum Direction {
        UPGRADE, DOWNGRADE, STAMP;

        /** The lower-case name used in logs and the history table. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Alembic's log line without the prefix: {@code upgrade a, b -> c, message}. */
    public String describe() {
        String verb = direction == Direction.STAMP ? "stamp_revision" : direction.label();
        String text = verb + " " + String.join(", ", from) + " -> " + String.join(", ", to);
        if (direction != Direction.STAMP && revision != null && !revision.message().isEmpty()) {
            text += ", " + revision.message();
        }
        return text;
    }
}
