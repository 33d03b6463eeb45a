package dev.migrate.dialect;

import dev.migrate.operations.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * The column names of one operation of a batch as they are once every later rename of the batch
 * has run: the names a table rebuild expects, since it renames columns before anything else.
 * Names are compared ignoring ASCII case, as SQLite does.
 */
final class Renames {

    /** A column rename at position {@code index} of the batch. */
    record Rename(int index, String from, String to) {
    }

    private final List<Rename> renames;
    private final int position;

    /**
     * @param renames every rename of the batch, in batch order
     * @param position the position of the operation whose names are translated
     */
    Renames(List<Rename> renames, int position) {
        this.renames = renames;
        this.position = position;
    }

    /** Every column rename of the batch, in order. */
    static List<Rename> inBatch(List<Operation> operations) {
        List<Rename> out = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            if (operations.get(i) instanceof Operation.AlterColumn alter && alter.change().newName() != null) {
                out.add(new Rename(i, alter.column(), alter.change().newName()));
            }
        }
        return List.copyOf(out);
    }

    /** The name {@code column} will have after the renames that come after this operation. */
    String of(String column) {
        String name = column;
        for (Rename rename : renames) {
            if (rename.index() > position && rename.from().equalsIgnoreCase(name)) {
                name = rename.to();
            }
        }
        return name;
    }

    /** {@link #of(String)} for each column. */
    List<String> of(List<String> columns) {
        return columns.stream().map(this::of).toList();
    }
}
