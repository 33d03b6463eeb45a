package dev.migrate.reflect;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reflects the live schema of a connection into the neutral {@link Schema} model, the database
 * side of autogenerate.
 *
 * <p>One reader per database: SQLite from its pragmas and the stored {@code CREATE} statements,
 * PostgreSQL from {@code pg_catalog} (the current schema only), H2 and MariaDB/MySQL from
 * {@code information_schema} (the current schema / database). Names are kept exactly as stored and
 * column types as the database reports them; comparing them with a model is the diff's job.
 *
 * <p>Never reported: the tables {@link ReflectOptions} skips or filters out, SQLite's
 * {@code sqlite_*} tables, Hibernate's {@code HTE_*} helper tables, the indexes a database made by
 * itself for a PRIMARY KEY, a UNIQUE constraint or a foreign key (so every reported index has
 * {@link dev.migrate.schema.Index.Origin#CREATE_INDEX}), and sequences owned by an identity or
 * serial column. Only reads; opens no transaction.
 */
public final class SchemaReader {

    private SchemaReader() {
    }

    /**
     * Reads the schema of the connection's current schema (database on MariaDB/MySQL).
     *
     * @throws MigrateException when the catalog cannot be read
     */
    public static Schema read(Connection connection, Dialect dialect, ReflectOptions options) {
        try {
            return reader(connection, dialect).read(options);
        } catch (SQLException ex) {
            throw new MigrateException("Cannot read the database schema: " + ex.getMessage(), ex);
        }
    }

    private static CatalogReader reader(Connection connection, Dialect dialect) throws SQLException {
        return switch (dialect.name()) {
            case "sqlite" -> new SqliteCatalogReader(connection);
            case "postgresql" -> new PostgresCatalogReader(connection);
            case "h2" -> new H2CatalogReader(connection);
            case "mysql" -> new MysqlCatalogReader(connection);
            default -> throw new MigrateException("Cannot reflect a " + dialect.name() + " database");
        };
    }
}
