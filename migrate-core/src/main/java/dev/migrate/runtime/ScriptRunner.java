package dev.migrate.runtime;

import dev.migrate.dialect.Dialect;
import dev.migrate.revision.Step;
import dev.migrate.script.JavaScript;
import dev.migrate.script.Script;
import dev.migrate.script.SqlScript;
import dev.migrate.script.SqlStatement;

/** Plays one direction of a script into a {@link StatementTarget}. */
final class ScriptRunner {

    private ScriptRunner() {
    }

    /**
     * Runs the upgrade or downgrade part of a script: an SQL script's statements as they are, a
     * Java migration through {@link MigrationOperations} rendering for the dialect.
     *
     * @throws Exception whatever a statement or a Java migration threw
     */
    static void run(Script script, Step.Direction direction, StatementTarget target, Dialect dialect) throws Exception {
        boolean upgrade = direction == Step.Direction.UPGRADE;
        if (script instanceof SqlScript sql) {
            for (SqlStatement statement : upgrade ? sql.upgradeStatements() : sql.downgradeStatements()) {
                target.execute(statement);
            }
        } else {
            var migration = ((JavaScript) script).instantiate();
            var operations = new MigrationOperations(dialect, target);
            if (upgrade) {
                migration.upgrade(operations);
            } else {
                migration.downgrade(operations);
            }
        }
    }
}
