/**
 * A neutral model of a database schema, the shape both sides of a comparison are turned into and
 * the input of table rebuilds.
 *
 * <p>Every type is an immutable record. Names are kept exactly as the database spells them (no
 * case folding, no quotes); a constraint the database holds without a name has a {@code null}
 * name, so unnamed CHECK, UNIQUE and FOREIGN KEY constraints are represented like named ones.
 */
package dev.migrate.schema;
