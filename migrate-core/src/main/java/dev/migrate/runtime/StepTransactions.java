package dev.migrate.runtime;

import dev.migrate.dialect.Dialect;
import dev.migrate.script.Script;
import java.util.List;

/**
 * Which steps of a plan run inside a transaction, and where transactions begin and commit. A step
 * is transactional when the database has transactional DDL and its script does not opt out. With
 * a transaction per revision each transactional step commits on its own; otherwise consecutive
 * transactional steps share one transaction, broken by any step that must run in autocommit.
 */
final class StepTransactions {

    private final boolean[] transactional;
    private final boolean perRevision;

    /**
     * @param scripts the script of each step, {@code null} for a stamp
     */
    StepTransactions(Dialect dialect, List<Script> scripts, boolean perRevision) {
        this.transactional = new boolean[scripts.size()];
        for (int i = 0; i < transactional.length; i++) {
            Script script = scripts.get(i);
            transactional[i] = dialect.transactionalDdl() && (script == null || script.transactional());
        }
        this.perRevision = perRevision;
    }

    boolean transactional(int step) {
        return transactional[step];
    }

    /** True when a transaction must be opened before this step. */
    boolean beginsBefore(int step) {
        return transactional[step] && (perRevision || step == 0 || !transactional[step - 1]);
    }

    /** True when the open transaction must be committed after this step. */
    boolean commitsAfter(int step) {
        return transactional[step] && (perRevision || step == transactional.length - 1 || !transactional[step + 1]);
    }
}
