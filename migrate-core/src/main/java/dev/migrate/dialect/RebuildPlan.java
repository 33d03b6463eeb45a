package dev.migrate.dialect;

import java.util.List;

/**
 * The statements of one SQLite table rebuild, worked out from the table's definition and the
 * changes, before anything runs.
 *
 * @param table the table's name
 * @param temporaryTable the name the new table is created under
 * @param createTable {@code CREATE TABLE <temporary> (...)} with the changed definition
 * @param copyRows {@code INSERT INTO <temporary> (...) SELECT ... FROM <table>}
 * @param copiedColumns the new table's columns the copy fills
 * @param keepSequence for a table with an AUTOINCREMENT key, the statements that carry the old
 *     table's {@code sqlite_sequence} high-water mark over to the new table (the copy only sets it
 *     to the highest copied key); empty otherwise
 * @param dropTable {@code DROP TABLE <table>}
 * @param renameTable {@code ALTER TABLE <temporary> RENAME TO <table>}
 * @param indexes the {@code CREATE INDEX} statements to run after the rename
 * @param triggers the {@code CREATE TRIGGER} statements to run after the rename
 * @param warnings what the changes dropped on the way (constraints and indexes that mentioned a
 *     dropped column, a replaced primary key)
 */
record RebuildPlan(
        String table,
        String temporaryTable,
        String createTable,
        String copyRows,
        List<String> copiedColumns,
        List<String> keepSequence,
        String dropTable,
        String renameTable,
        List<String> indexes,
        List<String> triggers,
        List<String> warnings) {

    RebuildPlan {
        copiedColumns = List.copyOf(copiedColumns);
        keepSequence = List.copyOf(keepSequence);
        indexes = List.copyOf(indexes);
        triggers = List.copyOf(triggers);
        warnings = List.copyOf(warnings);
    }
}
