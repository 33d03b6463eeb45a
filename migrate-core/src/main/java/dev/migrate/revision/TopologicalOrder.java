package dev.migrate.revision;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Alembic's deterministic order of a set of revisions, newest first: start at the heads sorted by
 * load order, walk depth-first down each line, and switch to another pending head whenever the
 * next revision is still an ancestor of it, so a branch point comes after every branch above it.
 * Upgrades run the exact reverse.
 *
 * <p>Cost: with a single pending line the walk never scans other heads (linear); each pending
 * head keeps its ancestor set as a bit set, recomputed only when the walk crosses a merge point
 * or a dependency.
 */
final class TopologicalOrder {

    private final RevisionMap map;
    private final BitSet todo;
    private final List<Node> current = new ArrayList<>();
    private final List<BitSet> ancestors = new ArrayList<>();
    private final BitSet isCurrent;

    private TopologicalOrder(RevisionMap map, BitSet todo) {
        this.map = map;
        this.todo = todo;
        this.isCurrent = new BitSet(map.nodes.size());
    }

    static List<Node> sort(RevisionMap map, BitSet revisions, List<Node> heads) {
        return new TopologicalOrder(map, (BitSet) revisions.clone()).run(heads);
    }

    private List<Node> run(List<Node> heads) {
        BitSet start = new BitSet();
        for (Node head : heads) {
            if (head != null && todo.get(head.index)) {
                start.set(head.index);
            }
        }
        for (int i = start.nextSetBit(0); i >= 0; i = start.nextSetBit(i + 1)) {
            addHead(map.nodes.get(i));
        }
        List<Node> output = new ArrayList<>(todo.cardinality());
        int candidateIndex = 0;
        while (!current.isEmpty()) {
            Node candidate = current.get(candidateIndex);
            int blocker = current.size() > 1 ? blockingHead(candidate, candidateIndex) : -1;
            if (blocker >= 0) {
                candidateIndex = blocker;
                continue;
            }
            if (todo.get(candidate.index)) {
                output.add(candidate);
                todo.clear(candidate.index);
            }
            List<Node> toAdd = new ArrayList<>(2);
            for (Node down : candidate.normalizedDown) {
                if (todo.get(down.index) && !isCurrent.get(down.index)) {
                    toAdd.add(down);
                }
            }
            if (toAdd.isEmpty()) {
                isCurrent.clear(candidate.index);
                current.remove(candidateIndex);
                ancestors.remove(candidateIndex);
                candidateIndex = Math.max(candidateIndex - 1, 0);
            } else {
                isCurrent.clear(candidate.index);
                current.set(candidateIndex, toAdd.get(0));
                isCurrent.set(toAdd.get(0).index);
                BitSet known = ancestors.get(candidateIndex);
                if (candidate.isSimple() && known != null) {
                    known.clear(candidate.index);
                } else {
                    ancestors.set(candidateIndex, null);
                }
                for (Node extra : toAdd.subList(1, toAdd.size())) {
                    addHead(extra);
                }
            }
        }
        if (!todo.isEmpty()) {
            throw new Unreachable(RevisionMap.ids(map.nodesOf(todo)));
        }
        return output;
    }

    /**
     * Revisions selected for the walk that no selected head leads down to: the range's ends are not
     * on one line of descent (Alembic fails here with a bare assertion).
     */
    static final class Unreachable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreachable(List<String> ids) {
            super("revisions not below the upper end of the range: " + String.join(", ", ids));
        }
    }

    private void addHead(Node head) {
        current.add(head);
        ancestors.add(null);
        isCurrent.set(head.index);
    }

    /** The first other pending head that still has the candidate as an ancestor, or -1. */
    private int blockingHead(Node candidate, int candidateIndex) {
        for (int i = 0; i < current.size(); i++) {
            if (i != candidateIndex && ancestorsOf(i).get(candidate.index)) {
                return i;
            }
        }
        return -1;
    }

    private BitSet ancestorsOf(int slot) {
        BitSet known = ancestors.get(slot);
        if (known == null) {
            known = map.ancestors(List.of(current.get(slot)), true, false);
            ancestors.set(slot, known);
        }
        return known;
    }
}
