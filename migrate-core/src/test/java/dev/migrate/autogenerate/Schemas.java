package dev.migrate.autogenerate;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.ColumnInfo;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small schemas written out in tests, without a database. */
final class Schemas {

    private Schemas() {
    }

    static Schema schema(Table... tables) {
        return new Schema(List.of(tables), List.of());
    }

    static Schema schema(List<Sequence> sequences, Table... tables) {
        return new Schema(List.of(tables), sequences);
    }

    static TableBuilder table(String name) {
        return new TableBuilder(name);
    }

    static ColumnInfo col(String name, String type, boolean nullable) {
        return ColumnInfo.of(name, type, nullable);
    }

    static ColumnInfo id(String type) {
        return new ColumnInfo("id", type, false, null, 1, true, null, null, false);
    }

    static final class TableBuilder {
        private final String name;
        private final List<ColumnInfo> columns = new ArrayList<>();
        private PrimaryKey key;
        private final List<ForeignKey> fks = new ArrayList<>();
        private final List<UniqueConstraint> uniques = new ArrayList<>();
        private final List<CheckConstraint> checks = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();

        TableBuilder(String name) {
            this.name = name;
        }

        TableBuilder id(String type) {
            columns.add(Schemas.id(type));
            key = new PrimaryKey(null, List.of("id"));
            return this;
        }

        TableBuilder column(String column, String type, boolean nullable) {
            columns.add(col(column, type, nullable));
            return this;
        }

        TableBuilder column(ColumnInfo column) {
            columns.add(column);
            return this;
        }

        TableBuilder fk(String fkName, String column, String referred, String onDelete) {
            fks.add(new ForeignKey(fkName, List.of(column), referred, List.of("id"), onDelete, "NO ACTION", false, null));
            return this;
        }

        TableBuilder unique(String uniqueName, String... cols) {
            uniques.add(new UniqueConstraint(uniqueName, Arrays.asList(cols)));
            return this;
        }

        TableBuilder check(String checkName, String sql) {
            checks.add(new CheckConstraint(checkName, sql));
            return this;
        }

        TableBuilder index(String indexName, String... cols) {
            indexes.add(new Index(indexName, Arrays.stream(cols).map(c -> new Index.Column(c, null, false, null)).toList(),
                    false, null, Index.Origin.CREATE_INDEX, null));
            return this;
        }

        Table build() {
            return new Table(name, columns, key, fks, uniques, checks, indexes, List.of(), List.of(), null);
        }
    }
}
