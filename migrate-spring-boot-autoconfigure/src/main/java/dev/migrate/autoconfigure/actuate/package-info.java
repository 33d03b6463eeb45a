/**
 * Actuator support for migrate: the {@code migrations} endpoint, showing where each
 * {@link dev.migrate.Migrate} bean's database stands against its revision scripts, and the
 * {@code migrations} health indicator, {@code DOWN} when a database is behind or ahead of them.
 */
@NullMarked
package dev.migrate.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
