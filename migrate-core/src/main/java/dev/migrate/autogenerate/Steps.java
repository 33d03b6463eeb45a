package dev.migrate.autogenerate;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.RenderContext;
import dev.migrate.operations.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * The upgrade or downgrade of a diff as the renderers write it: each change's operations with the
 * change as their comment, and, where the dialect cannot ALTER a table in place, the consecutive
 * alterations of that table grouped into one {@code batchAlterTable} (one SQLite rebuild instead
 * of one per operation).
 */
final class Steps {

    /** One operation to write, with the change it belongs to when it is the change's first. */
    record Step(Operation operation, Change commentedChange, List<Step> batch) {
        boolean isBatch() {
            return batch != null;
        }
    }

    private Steps() {
    }

    static List<Step> upgrade(Diff diff, Dialect dialect) {
        List<Step> flat = new ArrayList<>();
        for (Change change : diff.changes()) {
            add(flat, change, change.upgrade());
        }
        return group(flat, dialect);
    }

    static List<Step> downgrade(Diff diff, Dialect dialect) {
        List<Step> flat = new ArrayList<>();
        for (int i = diff.changes().size() - 1; i >= 0; i--) {
            Change change = diff.changes().get(i);
            add(flat, change, change.downgrade());
        }
        return group(flat, dialect);
    }

    private static void add(List<Step> flat, Change change, List<Operation> operations) {
        if (operations.isEmpty()) {
            flat.add(new Step(null, change, null));
        }
        for (int i = 0; i < operations.size(); i++) {
            flat.add(new Step(operations.get(i), i == 0 ? change : null, null));
        }
    }

    private static List<Step> group(List<Step> flat, Dialect dialect) {
        RenderContext context = RenderContext.offline(dialect.capabilities(), "autogenerate");
        List<Step> out = new ArrayList<>();
        int i = 0;
        while (i < flat.size()) {
            String table = alteredTable(flat.get(i).operation());
            int end = i + 1;
            if (table != null) {
                while (end < flat.size() && table.equalsIgnoreCase(alteredTable(flat.get(end).operation()))) {
                    end++;
                }
            }
            List<Step> run = flat.subList(i, end);
            boolean rebuild = table != null && run.stream().anyMatch(s -> dialect.needsRebuild(s.operation(), context));
            if (rebuild) {
                List<Operation> operations = run.stream().map(Step::operation).toList();
                out.add(new Step(new Operation.BatchAlterTable(table, Operation.Recreate.AUTO, operations), null,
                        List.copyOf(run)));
            } else {
                out.addAll(run);
            }
            i = end;
        }
        return out;
    }

    /** The table an operation alters in a way a batch can hold, {@code null} for any other operation. */
    static String alteredTable(Operation operation) {
        if (operation instanceof Operation.AddColumn add) {
            return add.table();
        } else if (operation instanceof Operation.DropColumn drop) {
            return drop.table();
        } else if (operation instanceof Operation.AlterColumn alter) {
            return alter.change().newName() == null ? alter.table() : null;
        } else if (operation instanceof Operation.AddConstraint add) {
            return add.table();
        } else if (operation instanceof Operation.DropConstraint drop) {
            return drop.table();
        } else if (operation instanceof Operation.CreateIndex create) {
            return create.index().table();
        } else if (operation instanceof Operation.DropIndex drop) {
            return drop.table();
        }
        return null;
    }
}
