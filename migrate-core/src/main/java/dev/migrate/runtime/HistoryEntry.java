package dev.migrate.runtime;

import dev.migrate.revision.Step;
import java.time.Instant;
import java.util.List;

/**
 * One row of the history table: a step that was applied, downgraded or stamped.
 *
 * @param id ascending number giving the order steps ran in
 * @param revision the revision whose script ran, or the stamp target ({@code null} for a stamp to base)
 * @param direction upgrade, downgrade or stamp
 * @param from the revisions the step started at
 * @param to the revisions the step ended at
 * @param message the revision's message
 * @param startedAt when the step started (UTC)
 * @param durationMs how long the step took, {@code null} when it was applied from offline SQL
 * @param checksum the script's checksum when it ran, {@code null} for Java migrations and stamps
 * @param appliedBy the operating-system user that ran (or generated, offline) the step
 * @param dbUser the database user, where the database has one
 * @param success false when the step failed part-way on a database without transactional DDL, so
 *     some of its statements stayed applied
 */
public record HistoryEntry(
        long id,
        String revision,
        Step.Direction direction,
        List<String> from,
        List<String> to,
        String message,
        Instant startedAt,
        Long durationMs,
        String checksum,
        String appliedBy,
        String dbUser,
        boolean success) {

    public HistoryEntry {
        from = List.copyOf(from);
        to = List.copyOf(to);
    }
}
