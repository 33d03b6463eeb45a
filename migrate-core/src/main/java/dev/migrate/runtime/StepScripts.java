package dev.migrate.runtime;

import dev.migrate.MigrateException;
import dev.migrate.revision.Plan;
import dev.migrate.revision.Step;
import dev.migrate.script.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds the script of every step before anything runs, so a missing one stops the run early. */
final class StepScripts {

    private StepScripts() {
    }

    /** The script of each step in order; {@code null} for stamps, which run no script. */
    static List<Script> resolve(Plan plan, Map<String, ? extends Script> scripts) {
        List<Script> resolved = new ArrayList<>();
        for (Step step : plan.steps()) {
            if (step.direction() == Step.Direction.STAMP) {
                resolved.add(null);
                continue;
            }
            if (step.revision() == null) {
                throw new MigrateException("The plan has a " + step.direction().label() + " step without a revision: "
                        + step.describe());
            }
            Script script = scripts.get(step.revision().id());
            if (script == null) {
                throw new MigrateException("Can't locate the script of revision '" + step.revision().id()
                        + "', needed to " + step.direction().label() + " it; nothing was run");
            }
            resolved.add(script);
        }
        return resolved;
    }
}
