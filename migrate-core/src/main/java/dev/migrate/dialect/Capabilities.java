package dev.migrate.dialect;

import java.util.Set;

/**
 * What one database, at one version, can do natively. A dialect states it without a connection
 * ({@link Dialect#capabilities()}, the assumption offline SQL is written under) and for a
 * connected database ({@link Dialect#capabilities(java.sql.Connection)}, which reads SQLite's
 * {@code sqlite_version()} and tells MariaDB from MySQL).
 *
 * @param product the database product, e.g. {@code SQLite}, {@code MariaDB}
 * @param version the version the statement holds for, e.g. {@code 3.53.4}
 * @param transactionalDdl whether DDL takes part in transactions
 * @param nativeAlters the table alterations an {@code ALTER TABLE} can do; the others need a
 *     table rebuild (SQLite's move and copy)
 * @param partialIndexes whether {@code CREATE INDEX ... WHERE} exists
 * @param expressionIndexes whether an index may be on an expression
 * @param descendingIndexes whether an index column may be {@code DESC}
 * @param columnComments whether columns can carry comments
 */
public record Capabilities(String product, String version, boolean transactionalDdl, Set<Alter> nativeAlters,
        boolean partialIndexes, boolean expressionIndexes, boolean descendingIndexes, boolean columnComments) {

    public Capabilities {
        nativeAlters = Set.copyOf(nativeAlters);
    }

    /** Whether an {@code ALTER TABLE} can do this alteration. */
    public boolean can(Alter alter) {
        return nativeAlters.contains(alter);
    }

    /** The table alterations a database may or may not do with {@code ALTER TABLE}. */
    public enum Alter {
        ADD_COLUMN, DROP_COLUMN, RENAME_COLUMN, RENAME_TABLE, ALTER_TYPE, ALTER_NULLABILITY, ALTER_DEFAULT,
        ADD_PRIMARY_KEY, ADD_UNIQUE, ADD_FOREIGN_KEY, ADD_CHECK, DROP_PRIMARY_KEY, DROP_UNIQUE, DROP_FOREIGN_KEY,
        DROP_CHECK
    }
}
