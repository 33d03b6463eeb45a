package dev.migrate.autogenerate;

import dev.migrate.operations.Operation;
import java.util.List;
import java.util.Objects;

/**
 * One difference between the model and the database, with the operations that remove it.
 *
 * @param description what differs, e.g. {@code add column customer.email}
 * @param risk what applying it can do to existing data
 * @param notes what a reviewer should know: why it is risky, what to do instead (a probable
 *     rename, a column to fill first); empty when there is nothing to say
 * @param table the table the change alters, {@code null} for a change of a whole table or sequence
 * @param upgrade the operations that make the database match the model, in order
 * @param downgrade the operations that undo {@code upgrade}, in order
 */
public record Change(String description, Risk risk, List<String> notes, String table, List<Operation> upgrade,
        List<Operation> downgrade) {

    public Change {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(risk, "risk");
        notes = List.copyOf(notes);
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
    }

    /** This change with a note added. */
    Change withNote(String note) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new Change(description, risk, more, table, upgrade, downgrade);
    }

    /** The line {@code check} prints: {@code [DANGER] drop column customer.fax}. */
    public String describe() {
        return "[" + risk + "] " + description;
    }
}
