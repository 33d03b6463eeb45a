package dev.migrate.autoconfigure;

import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.revision.Plan;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The {@link MigrateStrategy strategies} behind {@code migrate.startup}.
 */
final class StartupStrategies {

    private static final Log logger = LogFactory.getLog(MigrateInitializer.class);

    private StartupStrategies() {
    }

    static MigrateStrategy of(MigrateProperties properties) {
        String target = properties.getTarget();
        return switch (properties.getStartup()) {
            case UPGRADE -> (migrate) -> upgrade(migrate, target, properties.isValidateChecksums());
            case VALIDATE -> (migrate) -> validate(migrate, target);
            case NONE -> (migrate) -> logger.debug("migrate.startup=none: the database is left as it is");
        };
    }

    /**
     * Upgrades to the target. An up-to-date database costs one read of the version table and no
     * lock; otherwise {@link Migrate#upgrade} takes the lock and re-reads.
     */
    static void upgrade(Migrate migrate, String target, boolean validateChecksums) {
        if (validateChecksums) {
            checkChecksums(migrate);
        }
        Plan pending = plan(migrate, target);
        if (pending.isEmpty()) {
            logger.info("Database is up to date at " + describe(pending.startHeads()));
            return;
        }
        long start = System.nanoTime();
        Plan ran = migrate.upgrade(target);
        long millis = (System.nanoTime() - start) / 1_000_000;
        logger.info("Upgraded the database from " + describe(ran.startHeads()) + " to " + describe(ran.endHeads())
                + ": " + ran.steps().size() + " revision(s) applied in " + millis + " ms");
    }

    /**
     * Fails when the database is not at the target or an applied SQL script was edited.
     */
    static void validate(Migrate migrate, String target) {
        Plan pending = plan(migrate, target);
        if (!pending.isEmpty()) {
            throw new MigrateException("The database is at " + describe(pending.startHeads()) + " but "
                    + pending.steps().size() + " revision(s) up to '" + target + "' are pending ("
                    + String.join(", ", pending.endHeads()) + "); migrate.startup=validate does not change the "
                    + "database: run the migrations (e.g. 'java -jar app.jar migrate upgrade " + target + "') first");
        }
        checkChecksums(migrate);
        logger.info("Database is up to date at " + describe(pending.startHeads()) + "; applied scripts unchanged");
    }

    private static Plan plan(Migrate migrate, String target) {
        try {
            return migrate.planUpgrade(target);
        }
        catch (MigrateException ex) {
            List<String> heads = migrate.graph().heads();
            if (heads.size() > 1 && ex.getMessage() != null && ex.getMessage().startsWith("Multiple head")) {
                throw new MigrateException(ex.getMessage() + ". The scripts have " + heads.size() + " heads ("
                        + String.join(", ", heads) + "): merge them with 'migrate merge heads -m \"merge heads\"', "
                        + "or set migrate.target");
            }
            throw ex;
        }
    }

    private static void checkChecksums(Migrate migrate) {
        List<String> edited = migrate.validate();
        if (!edited.isEmpty()) {
            throw new MigrateException("Applied scripts were edited since they ran:\n  " + String.join("\n  ", edited));
        }
    }

    private static String describe(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }

}
