/**
 * The model side of autogenerate: the application's JPA/Hibernate mapping, read from Hibernate's
 * boot {@code Metadata}, as a neutral {@link dev.migrate.schema.Schema}.
 *
 * <p>This is the only package of migrate-core that needs Hibernate ORM, an optional dependency:
 * nothing outside it may refer to it, so the rest of the engine runs without Hibernate.
 */
package dev.migrate.autogenerate.hibernate;
