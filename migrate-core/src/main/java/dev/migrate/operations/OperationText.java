package dev.migrate.operations;

import java.util.ArrayList;
import java.util.List;

/** Short descriptions of operations for messages: {@code alterColumn account.name (type, nullability)}. */
final class OperationText {

    private OperationText() {
    }

    static String describe(Operation operation) {
        if (operation instanceof Operation.CreateTable create) {
            return "createTable " + create.name();
        } else if (operation instanceof Operation.DropTable drop) {
            return "dropTable " + drop.name();
        } else if (operation instanceof Operation.ExecuteSql) {
            return "execute";
        } else if (operation instanceof Operation.BulkInsert insert) {
            return "bulkInsert " + insert.table() + " (" + insert.rows().size() + (insert.rows().size() == 1 ? " row)" : " rows)");
        } else if (operation instanceof Operation.BatchAlterTable batch) {
            return "batchAlterTable " + batch.table();
        } else if (operation instanceof Operation.AddColumn add) {
            return "addColumn " + add.table() + "." + add.column().name();
        } else if (operation instanceof Operation.DropColumn drop) {
            return "dropColumn " + drop.table() + "." + drop.column();
        } else if (operation instanceof Operation.AlterColumn alter) {
            return "alterColumn " + alter.table() + "." + alter.column() + " (" + String.join(", ", changes(alter.change()))
                    + ")";
        } else if (operation instanceof Operation.AddConstraint add) {
            return "add " + add.constraint().type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + " constraint " + add.constraint().name() + " on " + add.table();
        } else if (operation instanceof Operation.DropConstraint drop) {
            return "dropConstraint " + drop.name() + " on " + drop.table()
                    + (drop.type() == null ? "" : " (" + drop.type().name().toLowerCase(java.util.Locale.ROOT) + ")");
        } else if (operation instanceof Operation.CreateIndex create) {
            return "createIndex " + create.index().name() + " on " + create.index().table();
        } else if (operation instanceof Operation.DropIndex drop) {
            return "dropIndex " + drop.name();
        } else if (operation instanceof Operation.CreateSequence create) {
            return "createSequence " + create.name();
        } else if (operation instanceof Operation.DropSequence drop) {
            return "dropSequence " + drop.name();
        } else if (operation instanceof Operation.RenameTable rename) {
            return "renameTable " + rename.from() + " to " + rename.to();
        }
        throw new IllegalArgumentException("Unknown operation " + operation);
    }

    static List<String> changes(ColumnChange change) {
        List<String> out = new ArrayList<>();
        if (change.type() != null) {
            out.add("type");
        }
        if (change.nullable() != null) {
            out.add("nullability");
        }
        if (change.changeDefault()) {
            out.add("server default");
        }
        if (change.newName() != null) {
            out.add("rename");
        }
        if (change.changeComment()) {
            out.add("comment");
        }
        return out;
    }
}
