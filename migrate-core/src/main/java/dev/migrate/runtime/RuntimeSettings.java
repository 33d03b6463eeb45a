package dev.migrate.runtime;

/**
 * How migrate keeps its books: the table names and the transaction granularity.
 *
 * @param versionTable the version table's name, used as written (quoted where the database needs
 *     it); {@code alembic_version} adopts an Alembic project's table
 * @param historyTable the history table's name
 * @param transactionPerRevision true (the default) to commit after every revision; false to run
 *     consecutive transactional revisions in one transaction, so that a failure rolls all of them
 *     back. Only matters where DDL is transactional.
 * @param appliedBy who is recorded in the history as running the steps (default: the
 *     operating-system user, {@code user.name})
 */
public record RuntimeSettings(String versionTable, String historyTable, boolean transactionPerRevision,
        String appliedBy) {

    public RuntimeSettings {
        requireName(versionTable, "version table");
        requireName(historyTable, "history table");
        if (versionTable.equals(historyTable)) {
            throw new IllegalArgumentException("The version table and the history table must have different names, "
                    + "both are '" + versionTable + "'");
        }
    }

    /** {@code migrate_version}, {@code migrate_history}, a transaction per revision, the OS user. */
    public static RuntimeSettings defaults() {
        return new RuntimeSettings(VersionTable.DEFAULT_NAME, HistoryLog.DEFAULT_NAME, true,
                System.getProperty("user.name"));
    }

    /** A copy with another version table name. */
    public RuntimeSettings withVersionTable(String name) {
        return new RuntimeSettings(name, historyTable, transactionPerRevision, appliedBy);
    }

    /** A copy with another history table name. */
    public RuntimeSettings withHistoryTable(String name) {
        return new RuntimeSettings(versionTable, name, transactionPerRevision, appliedBy);
    }

    /** A copy with another transaction granularity. */
    public RuntimeSettings withTransactionPerRevision(boolean perRevision) {
        return new RuntimeSettings(versionTable, historyTable, perRevision, appliedBy);
    }

    /** A copy recording another user in the history. */
    public RuntimeSettings withAppliedBy(String user) {
        return new RuntimeSettings(versionTable, historyTable, transactionPerRevision, user);
    }

    private static void requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("The " + what + " name must not be empty");
        }
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("The " + what + " name must not contain a NUL character");
        }
    }
}
