package dev.migrate.autogenerate;

/** How much a detected change can hurt the data it is applied to. */
public enum Risk {

    /** Cannot lose or reject data: a new table, a nullable column, a longer string, a new index. */
    SAFE,

    /**
     * Can fail on existing rows or change how they are read: a NOT NULL column added to a table with
     * rows, nullability tightened, a new unique, foreign key or check constraint, a changed type.
     */
    CAUTION,

    /** Loses data when applied as generated: a dropped table or column, a narrower type, a dropped sequence. */
    DANGER
}
