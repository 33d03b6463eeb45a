package dev.migrate.runtime;

import dev.migrate.MigrateException;
import dev.migrate.revision.Step;
import dev.migrate.script.JavaScript;
import dev.migrate.script.Script;
import dev.migrate.script.SqlStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The message of a failed step: which revision, where in which file, the statement, the database's
 * error, what stayed applied and what to do about it.
 */
final class FailureMessage {

    private static final int STATEMENT_LENGTH = 200;

    private FailureMessage() {
    }

    /**
     * For a step whose transaction was rolled back.
     *
     * @param earlier steps that ran earlier in the same transaction and were rolled back with it
     */
    static String rolledBack(Step step, Script script, Throwable cause, List<Step> earlier, List<String> rowsNow) {
        StringBuilder out = head(step, script, cause);
        if (earlier.isEmpty()) {
            out.append("The step ran in a transaction that was rolled back: nothing of it was applied");
        } else {
            out.append("The transaction was rolled back, together with the revisions that ran earlier in it (")
                    .append(earlier.stream().map(FailureMessage::revisionId).collect(Collectors.joining(", ")))
                    .append("): none of them was applied");
        }
        return out.append(" and the version table is still at ").append(rows(rowsNow))
                .append(". Fix the problem and run the command again.").toString();
    }

    /**
     * For a step that ran statement by statement in autocommit.
     *
     * @param why why there was no transaction to roll back
     * @param applied the statements that completed and stay applied
     */
    static String partial(Step step, Script script, Throwable cause, String why, List<SqlStatement> applied,
            List<String> rowsNow) {
        StringBuilder out = head(step, script, cause).append(why);
        String revision = step.revision() == null ? "the step" : "revision " + step.revision().id();
        if (applied.isEmpty()) {
            return out.append(", but no statement of ").append(revision)
                    .append(" had completed: the database and the version table are still at ").append(rows(rowsNow))
                    .append(". Fix the problem and run the command again.").toString();
        }
        out.append(", so these statements of ").append(revision).append(" completed and stay applied:\n");
        for (SqlStatement statement : applied) {
            out.append("    ").append(statement.line() > 0 ? "line " + statement.line() + ": " : "")
                    .append(shorten(statement.sql())).append('\n');
        }
        String target = step.to().isEmpty() ? "base" : String.join(" ", step.to());
        return out.append("The version table is still at the previous revision (").append(rows(rowsNow))
                .append("). Fix the database by hand: undo these statements and run the command again, ")
                .append("or finish the step by hand and run `stamp ").append(target).append("`.").toString();
    }

    private static StringBuilder head(Step step, Script script, Throwable cause) {
        String subject = step.revision() == null ? "Step" : "Revision " + step.revision().id();
        StringBuilder out = new StringBuilder(subject).append(" failed: ").append(step.describe()).append('\n');
        String path = script == null ? null : script.path();
        if (cause instanceof StatementFailure failure) {
            int line = failure.statement().line() > 0 ? failure.statement().line() : javaLine(script, cause);
            out.append("at ").append(path).append(line > 0 ? " line " + line : "").append(": ")
                    .append(shorten(failure.statement().sql())).append('\n');
            cause = failure.getCause();
        } else if (path != null && !(cause instanceof MigrateException)) {
            int line = javaLine(script, cause);
            out.append("in ").append(path).append(line > 0 ? " line " + line : "").append('\n');
        }
        if (cause instanceof SQLException sql) {
            out.append("Database error: ").append(sql.getMessage());
            if (sql.getSQLState() != null) {
                out.append(" (SQLState ").append(sql.getSQLState()).append(')');
            }
        } else if (cause instanceof MigrateException) {
            out.append(cause.getMessage());
        } else {
            out.append("Error: ").append(cause);
        }
        return out.append('\n');
    }

    /** The line of a Java migration's class where the failure happened, 0 when unknown. */
    private static int javaLine(Script script, Throwable cause) {
        if (!(script instanceof JavaScript java)) {
            return 0;
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                String type = frame.getClassName();
                if ((type.equals(java.className()) || type.startsWith(java.className() + "$"))
                        && frame.getLineNumber() > 0) {
                    return frame.getLineNumber();
                }
            }
        }
        return 0;
    }

    static String shorten(String sql) {
        String flat = sql.strip().replaceAll("\\s+", " ");
        return flat.length() <= STATEMENT_LENGTH ? flat : flat.substring(0, STATEMENT_LENGTH) + " ...";
    }

    private static String rows(List<String> rows) {
        if (rows == null) {
            return "(could not be read)";
        }
        return rows.isEmpty() ? "base (no rows)" : String.join(", ", rows);
    }

    private static String revisionId(Step step) {
        return step.revision() == null ? "stamp" : step.revision().id();
    }
}
