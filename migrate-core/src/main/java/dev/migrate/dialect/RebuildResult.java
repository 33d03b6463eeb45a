package dev.migrate.dialect;

import java.util.List;

/**
 * What a {@link SqliteTableRebuild} did.
 *
 * @param table the rebuilt table's name as stored
 * @param statements every statement that changed something, in the order it ran (pragmas and
 *     transaction control included; the reads are not listed)
 * @param warnings what the changes dropped on the way, e.g. a constraint that mentioned a dropped
 *     column; also logged at WARN
 * @param rowsCopied how many rows were copied into the new table (always all of them)
 */
public record RebuildResult(String table, List<String> statements, List<String> warnings, long rowsCopied) {

    public RebuildResult {
        statements = List.copyOf(statements);
        warnings = List.copyOf(warnings);
    }
}
