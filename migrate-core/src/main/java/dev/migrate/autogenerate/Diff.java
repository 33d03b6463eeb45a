package dev.migrate.autogenerate;

import dev.migrate.operations.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * What autogenerate found: the changes that make the database match the model, in the order
 * their upgrade operations run. The downgrade runs the changes' downgrades in reverse order.
 *
 * @param changes the changes, empty when model and database match
 */
public record Diff(List<Change> changes) {

    public Diff {
        changes = List.copyOf(changes);
    }

    /** Whether model and database match. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** Every upgrade operation, in order. */
    public List<Operation> upgradeOperations() {
        List<Operation> out = new ArrayList<>();
        changes.forEach(change -> out.addAll(change.upgrade()));
        return out;
    }

    /** Every downgrade operation, in order: the changes reversed. */
    public List<Operation> downgradeOperations() {
        List<Operation> out = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            out.addAll(changes.get(i).downgrade());
        }
        return out;
    }

    /** The most severe risk of any change, {@code null} when there is none. */
    public Risk highestRisk() {
        return changes.stream().map(Change::risk).max(Enum::compareTo).orElse(null);
    }
}
