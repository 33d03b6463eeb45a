package dev.migrate.autoconfigure.actuate;

import dev.migrate.Migrate;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@link HealthIndicator} for the database of a {@link Migrate} bean: {@code DOWN} when the
 * database is behind the scripts (an upgrade to the heads would apply something) or ahead of them
 * (a version row names a revision no script declares), {@code UP} otherwise. The details say
 * where it stands: {@code current}, {@code heads}, {@code pending} and {@code unknown}.
 *
 * <p>Each check reads the version table once; the table is never created and the migration lock
 * is never taken.
 */
public class MigrationsHealthIndicator extends AbstractHealthIndicator {

    private final Migrate migrate;

    /**
     * Creates an indicator for the database of the given migrator.
     *
     * @param migrate the migrator whose database and scripts to compare
     */
    public MigrationsHealthIndicator(Migrate migrate) {
        super("Migrations health check failed");
        this.migrate = migrate;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        MigrationStatus status = MigrationStatus.read(migrate);
        if (status.pending().isEmpty() && status.unknown().isEmpty()) {
            builder.up();
        } else {
            builder.down();
        }
        builder.withDetail("current", status.current())
                .withDetail("heads", status.heads())
                .withDetail("pending", status.pending())
                .withDetail("unknown", status.unknown());
    }
}
