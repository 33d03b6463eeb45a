package dev.migrate.autogenerate;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.RenderContext;
import dev.migrate.script.ScriptBody;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a diff as the body of an SQL revision: the statements of the connected database, each
 * change introduced by a comment with its risk and notes. A change this database can only make
 * by rebuilding a table (SQLite's move and copy) has no SQL of its own: it is refused with
 * advice to generate a Java revision, whose {@code op.batchAlterTable} does the rebuild.
 */
public final class SqlRevisionRenderer {

    private SqlRevisionRenderer() {
    }

    /**
     * The upgrade and downgrade statements of {@code diff}.
     *
     * @param context the database the statements are for (online, so that MySQL can restate columns)
     * @throws MigrateException when a change needs a table rebuild
     */
    public static ScriptBody render(Diff diff, Dialect dialect, RenderContext context) {
        return new ScriptBody(List.of(), lines(Steps.upgrade(diff, dialect), dialect, context),
                lines(Steps.downgrade(diff, dialect), dialect, context));
    }

    private static List<String> lines(List<Steps.Step> steps, Dialect dialect, RenderContext context) {
        List<String> out = new ArrayList<>();
        for (Steps.Step step : steps) {
            if (step.isBatch()) {
                String table = Steps.alteredTable(step.batch().get(0).operation());
                throw new MigrateException("Table " + table + " needs a rebuild (move and copy) on "
                        + context.capabilities().product() + " for " + step.batch().stream()
                                .map(s -> s.operation().describe()).toList()
                        + ", which an SQL revision cannot express; generate this revision with --format java, "
                        + "whose op.batchAlterTable rebuilds the table without losing a row");
            }
            Change change = step.commentedChange();
            if (change != null) {
                out.add("-- [" + change.risk() + "] " + change.description());
                change.notes().forEach(note -> out.add("--   " + note));
            }
            if (step.operation() != null) {
                for (String statement : dialect.render(step.operation(), context)) {
                    out.add(statement + ";");
                }
            }
        }
        return out;
    }
}
