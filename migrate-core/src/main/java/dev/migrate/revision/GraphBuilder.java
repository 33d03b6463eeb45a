package dev.migrate.revision;

import dev.migrate.MigrateException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns revisions in load order into linked {@link Node}s, validating as Alembic's RevisionMap
 * does, and closing the gaps where Alembic warns, crashes or silently accepts bad input.
 */
final class GraphBuilder {

    private static final String ILLEGAL_CHARACTERS = "@-+:";
    private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9_]{1,255}");

    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, Node> byId = new HashMap<>();
    /** Revision ids in load order, then branch labels: Alembic's map of symbols. */
    private final Map<String, Node> symbols = new LinkedHashMap<>();

    static Built build(List<Revision> revisions) {
        return new GraphBuilder().run(revisions);
    }

    /** The linked nodes and the symbol table. */
    record Built(List<Node> nodes, Map<String, Node> symbols) {
    }

    private Built run(List<Revision> revisions) {
        for (Revision revision : revisions) {
            verify(revision);
            Node previous = byId.get(revision.id());
            if (previous != null) {
                throw new MigrateException("Revision " + revision.id() + " is present more than once: in "
                        + previous.revision.path() + " and in " + revision.path()
                        + "; every revision needs its own id (change one of them, and the revises of its children)");
            }
            Node node = new Node(nodes.size(), revision);
            nodes.add(node);
            byId.put(node.id, node);
            symbols.put(node.id, node);
        }
        mapBranchLabels();
        linkParents();
        resolveDependencies();
        linkChildren();
        detectCycles();
        normalizeDependencies();
        addBranchLabels();
        return new Built(List.copyOf(nodes), symbols);
    }

    private static void verify(Revision revision) {
        String id = revision.id();
        if (revision.revises().contains(id)) {
            throw new MigrateException(where(revision) + "Self-loop is detected in revisions (" + id + ")");
        }
        if (revision.dependsOn().contains(id)) {
            throw new MigrateException(where(revision) + "Dependency self-loop is detected in revisions (" + id + ")");
        }
        TreeSet<String> illegal = new TreeSet<>();
        for (char c : id.toCharArray()) {
            if (ILLEGAL_CHARACTERS.indexOf(c) >= 0) {
                illegal.add(String.valueOf(c));
            }
        }
        if (!illegal.isEmpty()) {
            throw new MigrateException(where(revision) + "Character(s) '" + String.join(", ", illegal)
                    + "' not allowed in revision identifier '" + id + "'");
        }
        if (!VALID_ID.matcher(id).matches()) {
            throw new MigrateException(where(revision) + "Revision identifier '" + id
                    + "' is not valid; use 1 to 255 letters, digits or underscores");
        }
    }

    private static String where(Revision revision) {
        return revision.path() == null || revision.path().equals(revision.id()) ? "" : revision.path() + ": ";
    }

    private void mapBranchLabels() {
        for (Node node : nodes) {
            for (String label : node.revision.branchLabels()) {
                Node owner = symbols.get(label);
                if (owner != null) {
                    throw new MigrateException("Branch name '" + label + "' in revision " + node.id
                            + " already used by revision " + owner.id);
                }
                symbols.put(label, node);
            }
        }
    }

    private void linkParents() {
        for (Node node : nodes) {
            for (String parentId : node.revision.revises()) {
                Node parent = byId.get(parentId);
                if (parent == null) {
                    throw new MigrateException("Revision " + parentId + " referenced from " + node.id + " ("
                            + node.revision.path() + ") is not present; restore the missing script or correct "
                            + "the revises of " + node.id);
                }
                if (!node.versionedDown.contains(parent)) {
                    node.versionedDown.add(parent);
                }
            }
        }
    }

    private void resolveDependencies() {
        for (Node node : nodes) {
            for (String dependency : node.revision.dependsOn()) {
                Node target = symbols.get(dependency);
                if (target == null) {
                    throw new MigrateException("Revision " + node.id + " (" + node.revision.path()
                            + ") depends on '" + dependency + "', which is not present; "
                            + "use the full id or a branch label of an existing revision");
                }
                if (target == node) {
                    // a dependency on the revision's own branch label: Alembic's cycle check reports it
                    throw cycle("Dependency cycle", List.of(node.id));
                }
                if (!node.resolvedDependencies.contains(target)) {
                    node.resolvedDependencies.add(target);
                }
            }
            node.allDown.addAll(node.versionedDown);
            for (Node dependency : node.resolvedDependencies) {
                if (!node.allDown.contains(dependency)) {
                    node.allDown.add(dependency);
                }
            }
        }
    }

    private void linkChildren() {
        for (Node node : nodes) {
            for (Node down : node.allDown) {
                down.allNext.add(node);
                if (node.versionedDown.contains(down)) {
                    down.next.add(node);
                }
            }
        }
    }

    /**
     * Alembic's check: every revision must be reachable from the heads going down and from the
     * bases going up, first along {@code revises}, then along dependencies too. Alembic misses a
     * dependency cycle in which every node stays reachable; a final topological pass catches it.
     */
    private void detectCycles() {
        if (nodes.isEmpty()) {
            return;
        }
        List<Node> heads = nodes.stream().filter(Node::isHead).toList();
        List<Node> bases = nodes.stream().filter(Node::isBase).toList();
        if (heads.isEmpty() || bases.isEmpty()) {
            throw cycle("Cycle", allIds());
        }
        BitSet space = reach(heads, n -> n.versionedDown);
        space.and(reach(bases, n -> n.next));
        if (space.cardinality() != nodes.size()) {
            throw cycle("Cycle", missing(space));
        }
        List<Node> realHeads = nodes.stream().filter(Node::isRealHead).toList();
        List<Node> realBases = nodes.stream().filter(Node::isRealBase).toList();
        if (realHeads.isEmpty() || realBases.isEmpty()) {
            throw cycle("Dependency cycle", allIds());
        }
        space = reach(realHeads, n -> n.allDown);
        space.and(reach(realBases, n -> n.allNext));
        if (space.cardinality() != nodes.size()) {
            throw cycle("Dependency cycle", missing(space));
        }
        List<String> onCycle = nodesOnCycles();
        if (!onCycle.isEmpty()) {
            throw cycle("Dependency cycle", onCycle);
        }
    }

    /** Kahn's algorithm from both ends; what cannot be peeled off lies on or between cycles. */
    private List<String> nodesOnCycles() {
        int size = nodes.size();
        int[] pendingDown = new int[size];
        Deque<Node> ready = new ArrayDeque<>();
        for (Node node : nodes) {
            pendingDown[node.index] = node.allDown.size();
            if (pendingDown[node.index] == 0) {
                ready.add(node);
            }
        }
        BitSet peeled = new BitSet(size);
        while (!ready.isEmpty()) {
            Node node = ready.poll();
            peeled.set(node.index);
            for (Node child : node.allNext) {
                if (--pendingDown[child.index] == 0) {
                    ready.add(child);
                }
            }
        }
        if (peeled.cardinality() == size) {
            return List.of();
        }
        int[] pendingUp = new int[size];
        for (Node node : nodes) {
            if (!peeled.get(node.index)) {
                for (Node child : node.allNext) {
                    if (!peeled.get(child.index)) {
                        pendingUp[node.index]++;
                    }
                }
                if (pendingUp[node.index] == 0) {
                    ready.add(node);
                }
            }
        }
        while (!ready.isEmpty()) {
            Node node = ready.poll();
            peeled.set(node.index);
            for (Node down : node.allDown) {
                if (!peeled.get(down.index) && --pendingUp[down.index] == 0) {
                    ready.add(down);
                }
            }
        }
        return missing(peeled);
    }

    private BitSet reach(List<Node> start, Function<Node, List<Node>> edges) {
        BitSet seen = new BitSet(nodes.size());
        Deque<Node> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (!seen.get(node.index)) {
                seen.set(node.index);
                todo.addAll(edges.apply(node));
            }
        }
        return seen;
    }

    private List<String> missing(BitSet present) {
        TreeSet<String> ids = new TreeSet<>();
        for (Node node : nodes) {
            if (!present.get(node.index)) {
                ids.add(node.id);
            }
        }
        return List.copyOf(ids);
    }

    /** Every id in load order: Alembic lists the whole map this way when no head or base is left. */
    private List<String> allIds() {
        return nodes.stream().map(n -> n.id).toList();
    }

    private static MigrateException cycle(String kind, List<String> ids) {
        return new MigrateException(kind + " is detected in revisions (" + String.join(", ", ids) + ")");
    }

    /**
     * Drops each dependency that an ancestor (along {@code revises}) already depends on, keeping
     * declared order, then links the normalized children used by traversal.
     */
    private void normalizeDependencies() {
        for (Node node : nodes) {
            if (!node.resolvedDependencies.isEmpty()) {
                BitSet impliedByAncestors = new BitSet(nodes.size());
                BitSet seen = new BitSet(nodes.size());
                Deque<Node> todo = new ArrayDeque<>(node.versionedDown);
                while (!todo.isEmpty()) {
                    Node ancestor = todo.pop();
                    if (seen.get(ancestor.index)) {
                        continue;
                    }
                    seen.set(ancestor.index);
                    for (Node dependency : ancestor.resolvedDependencies) {
                        impliedByAncestors.set(dependency.index);
                    }
                    todo.addAll(ancestor.versionedDown);
                }
                for (Node dependency : node.resolvedDependencies) {
                    if (!impliedByAncestors.get(dependency.index)) {
                        node.normalizedDependencies.add(dependency);
                    }
                }
            }
            node.normalizedDown.addAll(node.versionedDown);
            for (Node dependency : node.normalizedDependencies) {
                if (!node.normalizedDown.contains(dependency)) {
                    node.normalizedDown.add(dependency);
                }
            }
        }
        for (Node node : nodes) {
            for (Node down : node.normalizedDown) {
                down.normalizedNext.add(node);
            }
        }
    }

    /**
     * A label covers its revision and all its descendants; when that lineage is a plain line (no
     * branch point counting dependents, no merge point) it also covers the ancestors down to the
     * preceding branch point or merge point, as Alembic's walk does.
     */
    private void addBranchLabels() {
        for (Node node : nodes) {
            List<String> labels = node.revision.branchLabels();
            if (labels.isEmpty()) {
                continue;
            }
            boolean plainLine = true;
            BitSet seen = new BitSet(nodes.size());
            Deque<Node> todo = new ArrayDeque<>();
            todo.push(node);
            while (!todo.isEmpty()) {
                Node descendant = todo.pop();
                if (seen.get(descendant.index)) {
                    continue;
                }
                seen.set(descendant.index);
                descendant.branchLabels.addAll(labels);
                if (descendant.isRealBranchPoint() || descendant.isMergePoint()) {
                    plainLine = false;
                }
                todo.addAll(descendant.next);
            }
            if (!plainLine) {
                continue;
            }
            Node parent = node.versionedDown.isEmpty() ? null : node.versionedDown.get(0);
            while (parent != null && !parent.isRealBranchPoint() && !parent.isMergePoint()) {
                parent.branchLabels.addAll(labels);
                parent = parent.versionedDown.isEmpty() ? null : parent.versionedDown.get(0);
            }
        }
    }
}
