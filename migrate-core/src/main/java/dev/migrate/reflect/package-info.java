/**
 * Reads a live schema over JDBC into the neutral {@link dev.migrate.schema} model.
 *
 * <p>SQLite: {@link dev.migrate.reflect.SqliteTableReader} reads one table from SQLite's pragmas and
 * from its stored {@code CREATE} statements, which {@link dev.migrate.reflect.SqliteDdl} parses.
 *
 * <p>{@link dev.migrate.reflect.SchemaReader} reads a whole schema, the database side of
 * autogenerate, with one package-private catalog reader per database (SQLite through
 * {@code SqliteTableReader}, PostgreSQL from {@code pg_catalog}, H2 and MariaDB/MySQL from
 * {@code information_schema}); {@link dev.migrate.reflect.ReflectOptions} names the tables to skip
 * and the include/exclude filters.
 */
package dev.migrate.reflect;
