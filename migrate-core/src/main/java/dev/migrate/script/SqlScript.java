package dev.migrate.script;

import dev.migrate.revision.Revision;
import java.util.List;
import java.util.Optional;

/**
 * A revision written as an SQL file with {@code -- migrate:} headers.
 *
 * @param revision the declared revision
 * @param path where the file was found
 * @param upgradeSql the text of the {@code -- migrate:upgrade} section
 * @param downgradeSql the text of the {@code -- migrate:downgrade} section (may be empty)
 * @param upgradeLine the 1-based line of the file where the upgrade section's text starts
 * @param downgradeLine the 1-based line where the downgrade section's text starts (0 if absent)
 * @param transactional false when the file says {@code -- migrate:transactional false}
 * @param sha256 the checksum of the normalised file content
 */
public record SqlScript(
        Revision revision,
        String path,
        String upgradeSql,
        String downgradeSql,
        int upgradeLine,
        int downgradeLine,
        boolean transactional,
        String sha256) implements Script {

    @Override
    public Optional<String> checksum() {
        return Optional.of(sha256);
    }

    /**
     * The upgrade statements, split around quotes, comments, dollar quotes and trigger bodies,
     * each with the line of this file it starts on.
     *
     * @throws dev.migrate.MigrateException when a string, comment or block is never closed
     */
    public List<SqlStatement> upgradeStatements() {
        return SqlStatementSplitter.split(upgradeSql, upgradeLine, path);
    }

    /** The downgrade statements. */
    public List<SqlStatement> downgradeStatements() {
        return SqlStatementSplitter.split(downgradeSql, downgradeLine, path);
    }
}
