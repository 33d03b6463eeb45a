package dev.migrate.autoconfigure.actuate;

import dev.migrate.Migrate;
import dev.migrate.revision.RevisionGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a database stands against the scripts of a {@link Migrate}: what the endpoint and the
 * health indicator both report. Read from the version table only; nothing is created and the
 * migration lock is not taken.
 *
 * @param rows the version table's rows, as stored
 * @param current the rows the scripts know, expanded to the head of each branch they imply, then
 *     the unknown rows
 * @param heads the heads of the scripts' graph
 * @param pending the revisions an upgrade to the heads would apply, in upgrade order
 * @param unknown version rows naming a revision no script declares: the database is ahead of the
 *     scripts
 * @param upToDate whether the database is exactly at the heads
 */
record MigrationStatus(List<String> rows, List<String> current, List<String> heads, List<String> pending,
        List<String> unknown, boolean upToDate) {

    MigrationStatus {
        rows = List.copyOf(rows);
        current = List.copyOf(current);
        heads = List.copyOf(heads);
        pending = List.copyOf(pending);
        unknown = List.copyOf(unknown);
    }

    /** Reads the version rows of the migrator's database. */
    static MigrationStatus read(Migrate migrate) {
        return of(migrate.graph(), migrate.currentRows());
    }

    /**
     * The status of the given version rows. Unknown rows are set aside before the graph is asked,
     * since it cannot place them; they still count against being up to date.
     */
    static MigrationStatus of(RevisionGraph graph, List<String> rows) {
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String row : rows) {
            (graph.find(row).isPresent() ? known : unknown).add(row);
        }
        List<String> current = new ArrayList<>(graph.currentHeads(known));
        current.addAll(unknown);
        boolean upToDate = unknown.isEmpty() && graph.isUpToDate(known);
        return new MigrationStatus(rows, current, graph.heads(), graph.pending(known), unknown, upToDate);
    }
}
