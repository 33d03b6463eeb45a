package dev.migrate.revision;

import java.util.List;

/**
 * What a command will do: the steps in the order they run, the version rows before and after,
 * and any warning Alembic would print (for example {@code downgrade -1} from several heads).
 *
 * @param steps the steps, in execution order
 * @param startHeads the version rows the plan starts from
 * @param endHeads the version rows after the last step
 * @param warnings messages to show the user; they do not stop the run
 */
public record Plan(List<Step> steps, List<String> startHeads, List<String> endHeads, List<String> warnings) {

    public Plan {
        steps = List.copyOf(steps);
        startHeads = List.copyOf(startHeads);
        endHeads = List.copyOf(endHeads);
        warnings = List.copyOf(warnings);
    }

    /** True when there is nothing to run. */
    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
