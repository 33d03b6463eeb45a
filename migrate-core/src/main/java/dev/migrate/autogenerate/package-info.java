/**
 * Autogenerate: compare the schema the application's model declares with the live database
 * ({@link dev.migrate.autogenerate.SchemaDiff}), classify each difference by
 * {@link dev.migrate.autogenerate.Risk}, and write the revision that removes them as Java
 * ({@link dev.migrate.autogenerate.JavaRevisionRenderer}) or SQL
 * ({@link dev.migrate.autogenerate.SqlRevisionRenderer}).
 *
 * <p>The model side comes from {@code dev.migrate.autogenerate.hibernate}, the database side
 * from {@link dev.migrate.reflect.SchemaReader}; both are the neutral {@link dev.migrate.schema}
 * model, so nothing here knows Hibernate or JDBC.
 */
package dev.migrate.autogenerate;
