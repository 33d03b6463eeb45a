package dev.migrate.autogenerate;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The names and keys by which one side of a diff is compared. Constraints the model leaves
 * unnamed get names from Alembic's recommended naming convention ({@code uq_<table>_<columns>},
 * {@code ck_<table>_<column>}, {@code fk_<table>_<column>_<referred table>}), since a constraint
 * must have a name to be dropped later; names longer than 60 characters end in a hash so that
 * every database accepts them.
 */
final class Names {

    private static final int MAX_LENGTH = 60;

    private final Schema schema;

    /** Names for tables of {@code schema}, which resolves foreign keys to primary keys. */
    Names(Schema schema) {
        this.schema = schema;
    }

    /**
     * A unique key of a table: a UNIQUE constraint, or a full unique index on plain columns,
     * which enforces the same and which MySQL reports in place of a constraint.
     *
     * @param index the index, {@code null} for a constraint
     */
    record Unique(String name, List<String> columns, Index index) {
        boolean isIndex() {
            return index != null;
        }

        /** The columns, lower case, sorted: the comparison key. */
        List<String> key() {
            return columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).sorted().toList();
        }

        dev.migrate.operations.Index operationIndex(String table) {
            return SchemaOperations.index(table, index);
        }
    }

    List<Unique> uniques(Table table) {
        List<Unique> out = new ArrayList<>();
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            out.add(new Unique(unique.name() != null ? unique.name()
                    : shorten("uq_" + table.name() + "_" + String.join("_", unique.columns())), unique.columns(), null));
        }
        for (Index index : table.indexes()) {
            if (isUniqueKey(index)) {
                out.add(new Unique(index.name(), index.columns().stream().map(Index.Column::name).toList(), index));
            }
        }
        return out;
    }

    /** The indexes that are not unique keys: compared by name. */
    List<Index> plainIndexes(Table table) {
        return table.indexes().stream().filter(i -> !isUniqueKey(i)).toList();
    }

    private static boolean isUniqueKey(Index index) {
        return index.unique() && !index.partial()
                && index.columns().stream().allMatch(c -> c.name() != null && !c.descending());
    }

    String check(Table table, CheckConstraint check) {
        if (check.name() != null) {
            return check.name();
        }
        CheckKey key = CheckKey.of(table, check);
        String base = "ck_" + table.name() + "_" + (key.columns().size() == 1 ? key.columns().get(0)
                : String.valueOf(table.checkConstraints().indexOf(check) + 1));
        String name = base;
        int same = 0;
        for (CheckConstraint other : table.checkConstraints()) {
            if (other == check) {
                break;
            }
            if (other.name() == null && check(table, other).equals(name)) {
                name = base + "_" + (++same + 1);
            }
        }
        return shorten(name);
    }

    String foreignKey(Table table, ForeignKey fk) {
        return fk.name() != null ? fk.name()
                : shorten("fk_" + table.name() + "_" + fk.columns().get(0) + "_" + fk.referredTable());
    }

    /** The referred columns, the referred table's primary key when the constraint names none. */
    List<String> referredColumns(ForeignKey fk) {
        if (!fk.referredColumns().isEmpty()) {
            return fk.referredColumns();
        }
        return schema.table(fk.referredTable())
                .filter(t -> t.primaryKey() != null)
                .map(t -> t.primaryKey().columns())
                .orElse(fk.columns());
    }

    /** What a foreign key is compared by: its columns, the referred table and columns, lower case. */
    String foreignKeyKey(ForeignKey fk) {
        return (String.join(",", fk.columns()) + "->" + fk.referredTable() + "(" + String.join(",", referredColumns(fk))
                + ")").toLowerCase(Locale.ROOT);
    }

    static String shorten(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return name.substring(0, MAX_LENGTH - 9) + "_" + HexFormat.of().formatHex(digest).substring(0, 8);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
