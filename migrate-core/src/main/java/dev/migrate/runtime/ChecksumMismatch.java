package dev.migrate.runtime;

/**
 * An applied script that changed since it was applied.
 *
 * @param revision the revision id
 * @param path where the script is now
 * @param recordedChecksum the checksum recorded in the history when it was upgraded
 * @param currentChecksum the script's checksum now, {@code null} when it has none (it became a Java migration)
 */
public record ChecksumMismatch(String revision, String path, String recordedChecksum, String currentChecksum) {

    /** One line saying what is wrong and what to do. */
    public String describe() {
        String now = currentChecksum == null ? "no checksum (it is no longer an SQL script)" : "checksum " + currentChecksum;
        return "Revision " + revision + " (" + path + ") was applied with checksum " + recordedChecksum
                + " but the script now has " + now + ": it was edited after it was applied. Restore the applied "
                + "content and put the change in a new revision.";
    }
}
