package dev.migrate.operations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the revision a {@link Migration} class implements: the same headers an SQL script
 * carries as {@code -- migrate:} comments.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

    /** The revision id. */
    String id();

    /** The parent revision ids; empty for a base, several for a merge point. */
    String[] revises() default {};

    /** The one-line description shown in history. */
    String message() default "";

    /** Branch labels carried by this revision. */
    String[] branchLabels() default {};

    /** Revisions or branch labels that must be applied first without being parents. */
    String[] dependsOn() default {};

    /** Creation time as ISO-8601 text, as written by {@code migrate revision}. */
    String created() default "";

    /** Whether the revision runs inside a transaction where the database allows it. */
    boolean transactional() default true;
}
