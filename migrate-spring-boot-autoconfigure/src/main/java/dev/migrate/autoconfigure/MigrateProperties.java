package dev.migrate.autoconfigure;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

/**
 * Configuration properties of migrate, under {@code migrate.*}.
 */
@ConfigurationProperties("migrate")
public class MigrateProperties {

    /**
     * Whether to enable migrate.
     */
    private boolean enabled = true;

    /**
     * JDBC URL of the database to migrate. If not set, the application's DataSource is used.
     */
    private String url;

    /**
     * Login user of the database to migrate, with migrate.url.
     */
    private String user;

    /**
     * Login password of the database to migrate, with migrate.url.
     */
    private String password;

    /**
     * Locations of revision scripts (SQL files and Java migration classes), searched in this order.
     * Supports the "classpath:" and "filesystem:" prefixes and the "{dialect}" placeholder.
     */
    private List<String> locations = new ArrayList<>(List.of("classpath:db/migrations"));

    /**
     * Revision that startup upgrades to: "head", "heads", a revision id, a branch label or
     * "branch@head".
     */
    private String target = "head";

    /**
     * What happens to the database while the application starts.
     */
    private Startup startup = Startup.UPGRADE;

    /**
     * Name of the table holding the current revisions. "alembic_version" adopts a database that
     * Alembic migrated.
     */
    private String versionTable = "migrate_version";

    /**
     * Name of the table logging every step that ran.
     */
    private String historyTable = "migrate_history";

    /**
     * Whether to commit after every revision. When false, consecutive transactional revisions run
     * in one transaction, so that a failure rolls all of them back (where DDL is transactional).
     */
    private boolean transactionPerRevision = true;

    /**
     * Maximum time to wait for another run's migration lock. If a duration suffix is not
     * specified, seconds will be used.
     */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration lockTimeout = Duration.ofSeconds(60);

    /**
     * Whether an upgrade at startup first checks that no applied SQL script was edited since it
     * ran (one more query, of the history table). The validate startup mode always checks.
     */
    private boolean validateChecksums = false;

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getUrl() {
        return this.url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return this.user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return this.password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getLocations() {
        return this.locations;
    }

    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    public String getTarget() {
        return this.target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public Startup getStartup() {
        return this.startup;
    }

    public void setStartup(Startup startup) {
        this.startup = startup;
    }

    public String getVersionTable() {
        return this.versionTable;
    }

    public void setVersionTable(String versionTable) {
        this.versionTable = versionTable;
    }

    public String getHistoryTable() {
        return this.historyTable;
    }

    public void setHistoryTable(String historyTable) {
        this.historyTable = historyTable;
    }

    public boolean isTransactionPerRevision() {
        return this.transactionPerRevision;
    }

    public void setTransactionPerRevision(boolean transactionPerRevision) {
        this.transactionPerRevision = transactionPerRevision;
    }

    public Duration getLockTimeout() {
        return this.lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public boolean isValidateChecksums() {
        return this.validateChecksums;
    }

    public void setValidateChecksums(boolean validateChecksums) {
        this.validateChecksums = validateChecksums;
    }

    /**
     * What {@link MigrateInitializer} does while the application starts.
     */
    public enum Startup {

        /**
         * Upgrade the database to the target; the application refuses to start when that fails.
         */
        UPGRADE,

        /**
         * Change nothing, and refuse to start when the database is not at the target or an
         * applied SQL script was edited since it ran (migrations run as a separate job).
         */
        VALIDATE,

        /**
         * Do nothing at startup.
         */
        NONE

    }

}
