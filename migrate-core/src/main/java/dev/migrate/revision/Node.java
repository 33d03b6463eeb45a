package dev.migrate.revision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A revision inside the graph with its resolved edges. Built once by {@link GraphBuilder}; read-only
 * afterwards.
 */
final class Node {

    final int index;
    final Revision revision;
    final String id;

    /** Parents named by {@code revises}, in declared order. */
    final List<Node> versionedDown = new ArrayList<>();
    /** Dependencies resolved to revisions, in declared order. */
    final List<Node> resolvedDependencies = new ArrayList<>();
    /** Dependencies not already implied by a dependency of an ancestor. */
    final List<Node> normalizedDependencies = new ArrayList<>();
    /** Parents plus resolved dependencies, without duplicates. */
    final List<Node> allDown = new ArrayList<>();
    /** Parents plus normalized dependencies: what traversal and the version table use. */
    final List<Node> normalizedDown = new ArrayList<>();
    /** Children that name this revision in {@code revises}, in load order. */
    final List<Node> next = new ArrayList<>();
    /** Children that name this revision in {@code revises} or depend on it, in load order. */
    final List<Node> allNext = new ArrayList<>();
    /** Children through {@link #normalizedDown}, in load order. */
    final List<Node> normalizedNext = new ArrayList<>();
    /** Branch labels: declared ones first, then those propagated from other revisions. */
    final Set<String> branchLabels = new LinkedHashSet<>();

    Node(int index, Revision revision) {
        this.index = index;
        this.revision = revision;
        this.id = revision.id();
        this.branchLabels.addAll(revision.branchLabels());
    }

    boolean isBase() {
        return revision.revises().isEmpty();
    }

    boolean isRealBase() {
        return revision.revises().isEmpty() && revision.dependsOn().isEmpty();
    }

    boolean isHead() {
        return next.isEmpty();
    }

    boolean isRealHead() {
        return allNext.isEmpty();
    }

    boolean isBranchPoint() {
        return next.size() > 1;
    }

    boolean isRealBranchPoint() {
        return allNext.size() > 1;
    }

    boolean isMergePoint() {
        return versionedDown.size() > 1;
    }

    /** A plain step down a line: one parent, no dependencies. */
    boolean isSimple() {
        return normalizedDependencies.isEmpty() && versionedDown.size() == 1;
    }

    @Override
    public String toString() {
        return id;
    }
}
