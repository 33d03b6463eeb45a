package dev.migrate.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import dev.migrate.operations.Column;
import dev.migrate.operations.ColumnChange;
import dev.migrate.operations.Constraint;
import dev.migrate.operations.Index;
import dev.migrate.operations.Operation;
import dev.migrate.operations.ReferentialAction;
import dev.migrate.operations.SqlType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How each operation of a batch becomes the table changes of an SQLite rebuild. */
class RebuildChangesTest {

    private final RebuildChanges changes = new RebuildChanges((SqliteDialect) Dialects.forName("sqlite"), "t");

    @Test
    void everyOperationKindMapsOntoItsTableChange() {
        List<Operation> batch = List.of(
                new Operation.AddColumn("t", Column.of("u", SqlType.UUID).notNull().serverDefault("'x'")),
                new Operation.DropColumn("t", "old"),
                new Operation.AlterColumn("t", "a", ColumnChange.change().type(SqlType.decimal(10, 2)).nullable(true)
                        .serverDefault(null)),
                new Operation.CreateIndex(Index.on("ix", "t", Index.IndexColumn.desc("a"),
                        Index.IndexColumn.expression("lower(b)")).unique().where("a > 0")),
                new Operation.DropIndex("ix_old", "t"),
                new Operation.AddConstraint("t", Constraint.check("ck", "a > 0")),
                new Operation.AddConstraint("t", Constraint.unique("uq", "a", "b")),
                new Operation.AddConstraint("t", Constraint.primaryKey("pk", "id")),
                new Operation.AddConstraint("t", Constraint.foreignKey("fk", List.of("p"), "parent", List.of("id"))
                        .onDelete(ReferentialAction.SET_NULL).onUpdate(ReferentialAction.CASCADE)),
                new Operation.DropConstraint("t", "ck_old", Constraint.Type.CHECK));
        assertThat(changes.of(batch)).containsExactly(
                new TableChange.AddColumn("u", "VARCHAR(36)", false, "'x'"),
                new TableChange.DropColumn("old"),
                new TableChange.AlterColumn("a", null, "NUMERIC(10, 2)", true, new TableChange.DefaultChange(null), null),
                new TableChange.CreateIndex("ix", List.of(TableChange.CreateIndex.Element.column("a").desc(),
                        TableChange.CreateIndex.Element.expression("lower(b)")), true, "a > 0"),
                new TableChange.DropIndex("ix_old"),
                new TableChange.AddCheck("ck", "a > 0"),
                new TableChange.AddUnique("uq", List.of("a", "b")),
                new TableChange.AddPrimaryKey("pk", List.of("id")),
                new TableChange.AddForeignKey("fk", List.of("p"), "parent", List.of("id"), "SET NULL", "CASCADE"),
                new TableChange.DropConstraint("ck_old"));
    }

    @Test
    void namesBeforeALaterRenameAreTheFinalNamesAndARenameWithAChangeIsSplit() {
        List<Operation> batch = List.of(
                new Operation.AlterColumn("t", "a", ColumnChange.change().type(SqlType.TEXT)),
                new Operation.CreateIndex(Index.on("ix", "t", "A")),
                new Operation.AlterColumn("t", "a", ColumnChange.change().rename("b").notNull()),
                new Operation.AlterColumn("t", "b", ColumnChange.change().rename("c")),
                new Operation.AddConstraint("t", Constraint.unique("uq", "c")));
        assertThat(changes.of(batch)).containsExactly(
                TableChange.AlterColumn.type("c", "TEXT"),
                TableChange.CreateIndex.on("ix", "c"),
                TableChange.AlterColumn.rename("a", "b"),
                TableChange.AlterColumn.nullable("c", false),
                TableChange.AlterColumn.rename("b", "c"),
                new TableChange.AddUnique("uq", List.of("c")));
    }

    @Test
    void aCommentOnlyChangeIsNoChangeAndKeyColumnsAreRefused() {
        assertThat(changes.of(List.of(new Operation.AlterColumn("t", "a", ColumnChange.change().comment("c")))))
                .isEmpty();
        assertThatThrownBy(() -> changes.of(List.of(new Operation.AddColumn("t",
                Column.of("id", SqlType.INTEGER).primaryKey().autoIncrement()))))
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining("Cannot add column id to table t as an auto-increment primary-key column")
                .hasMessageContaining("createPrimaryKey");
    }
}
