package dev.migrate.operations;

/**
 * A revision written in Java. Implementations are annotated with {@link Revision}, live in a
 * package under a configured location and need a public no-argument constructor. The graph is
 * built from the annotation alone: the class is neither initialised nor instantiated until its
 * revision runs.
 */
public interface Migration {

    /** Applies this revision. */
    void upgrade(Operations op) throws Exception;

    /** Reverts this revision. */
    void downgrade(Operations op) throws Exception;
}
