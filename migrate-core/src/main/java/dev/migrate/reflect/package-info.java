/**
 * Reads a live schema over JDBC into the neutral {@link dev.migrate.schema} model.
 *
 * <p>SQLite: {@link dev.migrate.reflect.SqliteTableReader} reads one table from SQLite's pragmas and
 * from its stored {@code CREATE} statements, which {@link dev.migrate.reflect.SqliteDdl} parses.
 */
package dev.migrate.reflect;
