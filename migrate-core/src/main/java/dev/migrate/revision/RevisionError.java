package dev.migrate.revision;

import java.util.List;

/**
 * A failure inside the graph, typed like Alembic's so that the public API can turn each kind into
 * the message Alembic's command line prints.
 */
class RevisionError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RevisionError(String message) {
        super(message);
    }

    /** An identifier that does not resolve to exactly one revision. */
    static final class Resolution extends RevisionError {
        private static final long serialVersionUID = 1L;
        final String argument;
        final boolean ambiguous;

        Resolution(String message, String argument, boolean ambiguous) {
            super(message);
            this.argument = argument;
            this.ambiguous = ambiguous;
        }
    }

    /** A symbol such as {@code head} that names several revisions. */
    static final class MultipleHeads extends RevisionError {
        private static final long serialVersionUID = 1L;
        final List<String> heads;
        final String argument;

        MultipleHeads(List<String> heads, String argument) {
            super("Multiple heads are present for given argument '" + argument + "'; "
                    + String.join(", ", heads));
            this.heads = List.copyOf(heads);
            this.argument = argument;
        }
    }

    /** A range whose lower end is not an ancestor of its upper end. */
    static final class RangeNotAncestor extends RevisionError {
        private static final long serialVersionUID = 1L;
        final String lower;
        final String upper;

        RangeNotAncestor(String lower, String upper) {
            super("Revision " + (lower == null ? "base" : lower) + " is not an ancestor of revision "
                    + (upper == null ? "base" : upper));
            this.lower = lower;
            this.upper = upper;
        }
    }
}
