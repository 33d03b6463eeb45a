package dev.migrate.cli;

import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.revision.RevisionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders revisions the way Alembic's command line does: the one-line {@code a, b -> c (head),
 * message} form with its {@code (head)}, {@code (effective head)}, {@code (current)},
 * {@code (branchpoint)} and {@code (mergepoint)} markers, and the verbose {@code Rev:} block.
 */
final class RevisionFormatter {

    private final RevisionGraph graph;
    private final Set<String> current;

    RevisionFormatter(RevisionGraph graph, Set<String> current) {
        this.graph = graph;
        this.current = current;
    }

    /** Alembic's {@code cmd_format}: verbose block or the one-line form. */
    String format(Revision revision, boolean verbose, boolean branches, boolean doc, boolean parents,
            boolean treeIndicators) {
        return verbose ? logEntry(revision) : line(revision, branches, doc, parents, treeIndicators);
    }

    String line(Revision revision, boolean branches, boolean doc, boolean parents, boolean treeIndicators) {
        RevisionInfo info = graph.info(revision.id());
        StringBuilder text = new StringBuilder();
        if (parents) {
            text.append(downRevisions(revision));
            if (!revision.dependsOn().isEmpty()) {
                text.append(" (").append(String.join(", ", revision.dependsOn())).append(')');
            }
            text.append(" -> ");
        }
        text.append(revision.id());
        if (branches && !info.branchLabels().isEmpty()) {
            text.append(" (").append(String.join(", ", info.branchLabels())).append(')');
        }
        if (info.realHead()) {
            text.append(" (head)");
        }
        if (info.effectiveHead()) {
            text.append(" (effective head)");
        }
        if (current.contains(revision.id())) {
            text.append(" (current)");
        }
        if (treeIndicators) {
            if (info.branchPoint()) {
                text.append(" (branchpoint)");
            }
            if (info.mergePoint()) {
                text.append(" (mergepoint)");
            }
        }
        if (doc) {
            text.append(", ").append(revision.message());
        }
        return text.toString();
    }

    /** Alembic's verbose {@code log_entry} block. */
    String logEntry(Revision revision) {
        RevisionInfo info = graph.info(revision.id());
        StringBuilder entry = new StringBuilder("Rev: ").append(revision.id());
        if (info.head()) {
            entry.append(" (head)");
        }
        if (info.branchPoint()) {
            entry.append(" (branchpoint)");
        }
        if (info.mergePoint()) {
            entry.append(" (mergepoint)");
        }
        if (current.contains(revision.id())) {
            entry.append(" (current)");
        }
        entry.append('\n');
        entry.append(info.mergePoint() ? "Merges: " : "Parent: ").append(downRevisions(revision)).append('\n');
        if (!revision.dependsOn().isEmpty()) {
            entry.append("Also depends on: ").append(String.join(", ", revision.dependsOn())).append('\n');
        }
        if (info.branchPoint()) {
            entry.append("Branches into: ").append(String.join(", ", info.children())).append('\n');
        }
        if (!info.branchLabels().isEmpty()) {
            entry.append("Branch names: ").append(String.join(", ", info.branchLabels())).append('\n');
        }
        entry.append("Path: ").append(revision.path()).append('\n');
        entry.append('\n');
        List<String> doc = new ArrayList<>();
        doc.add(revision.message());
        doc.add("");
        doc.add("Revision ID: " + revision.id());
        doc.add("Revises: " + String.join(", ", revision.revises()));
        doc.add("Create Date: " + (revision.created() == null ? "" : revision.created()));
        for (String paragraph : doc) {
            entry.append("    ").append(paragraph).append('\n');
        }
        return entry.toString();
    }

    private static String downRevisions(Revision revision) {
        return revision.revises().isEmpty() ? "<base>" : String.join(", ", revision.revises());
    }
}
