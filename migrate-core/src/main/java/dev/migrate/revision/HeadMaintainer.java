package dev.migrate.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Simulates the version table through a plan, deciding for each step which rows to insert, update
 * or delete exactly as Alembic's HeadMaintainer does (branch, merge, unmerge, dependency cases).
 *
 * <p>Alembic recomputes full ancestor sets on every downgrade step (quadratic); here the applied
 * set is kept incrementally and "is this revision implied by another head" is answered by a
 * search upwards through applied revisions only, which stops at once on a plain line.
 */
final class HeadMaintainer {

    private final RevisionMap map;
    private final Set<String> heads;
    private BitSet applied;

    HeadMaintainer(RevisionMap map, List<String> startRows) {
        this.map = map;
        this.heads = new LinkedHashSet<>(startRows);
        recomputeApplied();
    }

    List<String> heads() {
        return List.copyOf(heads);
    }

    Step upgrade(Node revision) {
        List<Node> downs = revision.normalizedDown;
        List<VersionChange> changes = new ArrayList<>();
        long downsInHeads = downs.stream().filter(d -> heads.contains(d.id)).count();
        if (downs.isEmpty() || downsInHeads == 0) {
            insert(revision.id, changes);
        } else if (downs.size() > 1 && downsInHeads > 1) {
            Set<Node> others = otherHeads(downs);
            List<Node> from = new ArrayList<>();
            for (Node down : downs) {
                if (heads.contains(down.id) && (others.isEmpty() || !impliedBy(down, others, null))) {
                    from.add(down);
                }
            }
            for (Node delete : from.subList(0, from.size() - 1)) {
                delete(delete.id, changes);
            }
            update(from.get(from.size() - 1).id, revision.id, changes);
        } else {
            update(singleDownInHeads(revision).id, revision.id, changes);
        }
        applied.set(revision.index);
        return new Step(Step.Direction.UPGRADE, revision.revision, RevisionMap.ids(revision.versionedDown),
                List.of(revision.id), changes);
    }

    Step downgrade(Node revision) {
        List<Node> downs = revision.normalizedDown;
        List<VersionChange> changes = new ArrayList<>();
        boolean isHead = heads.contains(revision.id);
        List<Node> unmergeTo = isHead && !downs.isEmpty() ? unmergeTo(revision) : List.of();
        if (isHead && unmergeTo.isEmpty()) {
            delete(revision.id, changes);
        } else if (isHead && downs.size() > 1) {
            for (Node insert : unmergeTo.subList(0, unmergeTo.size() - 1)) {
                insert(insert.id, changes);
            }
            update(revision.id, unmergeTo.get(unmergeTo.size() - 1).id, changes);
        } else {
            update(revision.id, singleDownInHeads(revision).id, changes);
        }
        applied.clear(revision.index);
        return new Step(Step.Direction.DOWNGRADE, revision.revision, List.of(revision.id),
                RevisionMap.ids(revision.versionedDown), changes);
    }

    /** A stamp step, following Alembic's StampStep row rules. */
    Step stamp(List<String> from, List<String> to, boolean upgrade, boolean branchMove, Revision target) {
        List<VersionChange> changes = new ArrayList<>();
        if (!upgrade && branchMove) {
            delete(from.get(0), changes);
        } else if (upgrade && (branchMove || !heads.containsAll(from)) && !heads.containsAll(to)) {
            insert(to.get(0), changes);
        } else if (from.size() > 1) {
            for (String delete : from.subList(0, from.size() - 1)) {
                delete(delete, changes);
            }
            update(from.get(from.size() - 1), to.get(0), changes);
        } else if (to.size() > 1) {
            for (String insert : to.subList(0, to.size() - 1)) {
                insert(insert, changes);
            }
            update(from.get(0), to.get(to.size() - 1), changes);
        } else {
            update(from.get(0), to.get(0), changes);
        }
        recomputeApplied();
        return new Step(Step.Direction.STAMP, target, from, to, changes);
    }

    private List<Node> unmergeTo(Node revision) {
        List<Node> downs = revision.normalizedDown;
        Set<Node> others = otherHeads(List.of(revision));
        List<Node> to = new ArrayList<>();
        if (!others.isEmpty()) {
            for (Node down : downs) {
                if (!impliedBy(down, others, revision)) {
                    to.add(down);
                }
            }
        } else if (downs.size() == 1) {
            to.addAll(downs);
        } else {
            for (Node down : downs) {
                Set<Node> siblings = new LinkedHashSet<>(downs);
                siblings.remove(down);
                if (!impliedBy(down, siblings, revision)) {
                    to.add(down);
                }
            }
        }
        return to;
    }

    private Node singleDownInHeads(Node revision) {
        List<Node> downs = revision.normalizedDown;
        if (downs.size() == 1) {
            return downs.get(0);
        }
        List<Node> inHeads = downs.stream().filter(d -> heads.contains(d.id)).toList();
        if (inHeads.size() != 1) {
            throw new RevisionError("Can't do an UPDATE because downrevision is ambiguous for revision "
                    + revision.id + " with current heads " + String.join(", ", heads));
        }
        return inHeads.get(0);
    }

    private Set<Node> otherHeads(List<Node> excluded) {
        Set<Node> others = new LinkedHashSet<>();
        for (String head : heads) {
            Node node = map.symbols.get(head);
            if (node != null && !excluded.contains(node)) {
                others.add(node);
            }
        }
        return others;
    }

    /**
     * Whether {@code node} is one of {@code targets} or an ancestor of one, searching upwards
     * through applied revisions only (the ancestors of applied heads are all applied).
     */
    private boolean impliedBy(Node node, Set<Node> targets, Node excluded) {
        if (targets.contains(node)) {
            return true;
        }
        BitSet seen = new BitSet(map.nodes.size());
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(node);
        while (!todo.isEmpty()) {
            Node current = todo.pop();
            for (Node child : current.normalizedNext) {
                if (child == excluded || !applied.get(child.index) || seen.get(child.index)) {
                    continue;
                }
                if (targets.contains(child)) {
                    return true;
                }
                seen.set(child.index);
                todo.push(child);
            }
        }
        return false;
    }

    private void recomputeApplied() {
        List<Node> rows = new ArrayList<>();
        for (String head : heads) {
            Node node = map.symbols.get(head);
            if (node != null) {
                rows.add(node);
            }
        }
        applied = map.ancestors(rows, true, false);
    }

    private void insert(String id, List<VersionChange> changes) {
        if (!heads.add(id)) {
            throw new RevisionError("Revision " + id + " is already in the version table");
        }
        changes.add(new VersionChange.Insert(id));
    }

    private void delete(String id, List<VersionChange> changes) {
        if (!heads.remove(id)) {
            throw new RevisionError("Revision " + id + " is not in the version table and cannot be removed from it");
        }
        changes.add(new VersionChange.Delete(id));
    }

    private void update(String from, String to, List<VersionChange> changes) {
        if (!heads.remove(from)) {
            throw new RevisionError("Revision " + from + " is not in the version table and cannot be moved to " + to);
        }
        if (!heads.add(to)) {
            throw new RevisionError("Revision " + to + " is already in the version table");
        }
        changes.add(new VersionChange.Update(from, to));
    }
}
