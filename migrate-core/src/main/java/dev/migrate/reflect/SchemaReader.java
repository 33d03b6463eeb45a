package dev.migrate.reflect;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.schema.Index;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;

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
 * {@code sqlite_*} tables, Hibernate's {@code HT_*}/{@code HTE_*} helper tables, the indexes a database made by
 * itself for a PRIMARY KEY, a UNIQUE constraint or a foreign key (so every reported index has
 * {@link dev.migrate.schema.Index.Origin#CREATE_INDEX}), and sequences owned by an identity or
 * serial column. Tables, indexes and sequences come in name order ({@link String#compareTo}).
 * Only reads; opens no transaction.
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
            return inNameOrder(reader(connection, dialect).read(options));
        } catch (SQLException ex) {
            throw new MigrateException("Cannot read the database schema: " + ex.getMessage(), ex);
        }
    }

    /** Tables, their indexes and the sequences sorted by name (String order), whatever the catalog's collation. */
    private static Schema inNameOrder(Schema schema) {
        List<Table> tables = schema.tables().stream()
                .map(t -> new Table(t.name(), t.columns(), t.primaryKey(), t.foreignKeys(), t.uniqueConstraints(),
                        t.checkConstraints(), t.indexes().stream().sorted(Comparator.comparing(Index::name)).toList(),
                        t.triggers(), t.options(), t.sql()))
                .sorted(Comparator.comparing(Table::name)).toList();
        return new Schema(tables, schema.sequences().stream().sorted(Comparator.comparing(Sequence::name)).toList());
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
