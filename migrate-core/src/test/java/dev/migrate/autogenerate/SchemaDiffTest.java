package dev.migrate.autogenerate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.dialect.Dialects;
import dev.migrate.schema.ColumnInfo;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins fixes found by the evolution test, on hand-built schemas (no database). */
class SchemaDiffTest {

    @Test
    void aTypeChangeIsDescribedInCanonicalTypesOnBothSides() {
        Schema model = schema(table("author", ColumnInfo.of("name", "varchar(100)", true)));
        Schema database = schema(table("author", ColumnInfo.of("name", "CHARACTER VARYING(50)", true)));

        Diff diff = SchemaDiff.compare(model, database, Dialects.forName("h2"), DiffOptions.defaults(),
                TableRows.ASSUME_ROWS);

        assertThat(diff.changes()).extracting(Change::description)
                .containsExactly("alter column author.name (type varchar(50) -> varchar(100))");
    }

    @Test
    void aTableRenamedWithRenameHasItsRowsCountedUnderItsOldName() {
        Schema model = schema(table("book_review", ColumnInfo.of("body", "varchar(500)", true),
                ColumnInfo.of("rating", "integer", false)));
        Schema database = schema(table("review", ColumnInfo.of("body", "varchar(500)", true)));
        TableRows rows = table -> {
            if (!table.equals("review")) {
                throw new IllegalStateException("no table " + table + " in the database");
            }
            return true;
        };

        Diff diff = SchemaDiff.compare(model, database, Dialects.forName("postgresql"),
                DiffOptions.defaults().renames(Renames.parse(List.of("review=book_review"))), rows);

        assertThat(diff.changes()).extracting(Change::describe)
                .containsExactly("[SAFE] rename table review to book_review", "[CAUTION] add column book_review.rating");
    }

    static Schema schema(Table... tables) {
        return new Schema(List.of(tables), List.of());
    }

    static Table table(String name, ColumnInfo... columns) {
        List<ColumnInfo> all = new java.util.ArrayList<>();
        all.add(new ColumnInfo("id", "bigint", false, null, 1, false, null, null, false));
        all.addAll(List.of(columns));
        return new Table(name, all, new PrimaryKey(null, List.of("id")), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null);
    }
}
