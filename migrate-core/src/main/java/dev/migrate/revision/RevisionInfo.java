package dev.migrate.revision;

import java.util.List;

/**
 * What the graph knows about one revision, for display: Alembic's {@code (head)},
 * {@code (effective head)}, {@code (branchpoint)} and {@code (mergepoint)} markers.
 *
 * @param revision the revision as declared
 * @param head no other revision names it as a parent
 * @param realHead nothing names it as a parent or depends on it
 * @param branchPoint several revisions name it as a parent
 * @param mergePoint it names several parents
 * @param branchLabels its labels, declared and propagated
 * @param children the revisions naming it as a parent, in load order
 * @param dependencies its dependencies resolved to revision ids
 */
public record RevisionInfo(
        Revision revision,
        boolean head,
        boolean realHead,
        boolean branchPoint,
        boolean mergePoint,
        List<String> branchLabels,
        List<String> children,
        List<String> dependencies) {

    /** A head that is only depended upon. */
    public boolean effectiveHead() {
        return head && !realHead;
    }
}
