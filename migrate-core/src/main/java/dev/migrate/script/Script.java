package dev.migrate.script;

import dev.migrate.revision.Revision;
import java.util.Optional;

/**
 * A revision script found under a location: its graph metadata and what runs when it is applied.
 */
public sealed interface Script permits SqlScript, JavaScript {

    /** The revision this script declares. */
    Revision revision();

    /** Where the script was found, for messages: a file path, a classpath resource or a class. */
    String path();

    /**
     * The checksum of the script's content, if it has one. SQL scripts do (line endings and a
     * byte-order mark are ignored); Java migrations do not.
     */
    Optional<String> checksum();

    /** Whether the script runs inside a transaction where the database has transactional DDL. */
    boolean transactional();
}
