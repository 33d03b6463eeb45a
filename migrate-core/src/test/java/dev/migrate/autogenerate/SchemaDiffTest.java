package dev.migrate.autogenerate;

import static dev.migrate.autogenerate.Schemas.schema;
import static dev.migrate.autogenerate.Schemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.operations.Operation;
import dev.migrate.schema.ColumnInfo;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the comparison finds, in which order and with which risk, on schemas written out by hand. */
class SchemaDiffTest {

    private static final Dialect POSTGRESQL = Dialects.forName("postgresql");
    private static final Dialect MYSQL = Dialects.forName("mysql");
    private static final TableRows EMPTY = table -> false;

    private static Diff diff(Schema model, Schema database, Dialect dialect) {
        return SchemaDiff.compare(model, database, dialect, DiffOptions.defaults(), TableRows.ASSUME_ROWS);
    }

    private static List<String> descriptions(Diff diff) {
        return diff.changes().stream().map(Change::description).toList();
    }

    private static Change only(Diff diff) {
        assertThat(diff.changes()).hasSize(1);
        return diff.changes().get(0);
    }

    @Test
    void aDatabaseSpellingOfTheModelsTypesIsNoChange() {
        Schema model = schema(table("customer").id("bigint")
                .column("name", "varchar(255)", false).column("score", "float(53)", true)
                .column("joined", "timestamp(6)", true).column("seen", "timestamp(6) with time zone", true)
                .column("amount", "numeric(12,2)", true).column("flag", "boolean", true).build());
        Schema database = schema(table("customer").id("int8")
                .column("name", "character varying(255)", false).column("score", "double precision", true)
                .column("joined", "timestamp(6) without time zone", true).column("seen", "timestamptz(6)", true)
                .column("amount", "NUMERIC(12, 2)", true).column("flag", "bool", true).build());

        assertThat(diff(model, database, POSTGRESQL).changes()).isEmpty();
    }

    @Test
    void mysqlDisplayWidthsBooleansAndRestrictAreNoChange() {
        Schema model = schema(table("parent").id("bigint").column("flag", "bit", true).column("n", "integer", true).build(),
                table("child").id("bigint").column("parent_id", "bigint", true).fk("fk_child_parent", "parent_id", "parent",
                        "NO ACTION").build());
        Schema database = schema(table("child").id("bigint(20)").column("parent_id", "bigint(20)", true)
                        .fk("fk_child_parent", "parent_id", "parent", "RESTRICT").build(),
                table("parent").id("bigint(20)").column("flag", "bit(1)", true).column("n", "int(11)", true).build());

        assertThat(diff(model, database, MYSQL).changes()).isEmpty();
    }

    @Test
    void newTablesAreCreatedAfterTheTablesTheyReferTo() {
        Schema model = schema(table("a_line").id("bigint").column("order_id", "bigint", false)
                        .fk("fk_line_order", "order_id", "b_order", "CASCADE").build(),
                table("b_order").id("bigint").column("customer_id", "bigint", false)
                        .fk("fk_order_customer", "customer_id", "c_customer", "NO ACTION").build(),
                table("c_customer").id("bigint").build());

        Diff diff = diff(model, schema(), POSTGRESQL);

        assertThat(descriptions(diff)).containsExactly("create table c_customer", "create table b_order",
                "create table a_line");
        assertThat(diff.downgradeOperations()).containsExactly(new Operation.DropTable("a_line"),
                new Operation.DropTable("b_order"), new Operation.DropTable("c_customer"));
    }

    @Test
    void aForeignKeyCycleIsClosedAfterBothTablesExist() {
        Schema model = schema(table("a").id("bigint").column("b_id", "bigint", true).fk("fk_a_b", "b_id", "b", null).build(),
                table("b").id("bigint").column("a_id", "bigint", true).fk("fk_b_a", "a_id", "a", null).build());

        assertThat(descriptions(diff(model, schema(), POSTGRESQL))).containsExactly("create table a", "create table b",
                "add foreign key fk_a_b on a (cycle with b)");
    }

    @Test
    void aNotNullColumnWithoutDefaultIsCautionOnlyWhenTheTableHasRows() {
        Schema model = schema(table("customer").id("bigint").column("email", "varchar(100)", false).build());
        Schema database = schema(table("customer").id("bigint").build());

        Change withRows = only(diff(model, database, POSTGRESQL));
        Change empty = only(SchemaDiff.compare(model, database, POSTGRESQL, DiffOptions.defaults(), EMPTY));

        assertThat(withRows.description()).isEqualTo("add column customer.email");
        assertThat(withRows.risk()).isEqualTo(Risk.CAUTION);
        assertThat(withRows.notes()).singleElement().asString().contains("Add it nullable, fill it");
        assertThat(empty.risk()).isEqualTo(Risk.SAFE);
        assertThat(empty.notes()).isEmpty();
    }

    @Test
    void aDroppedColumnIsDangerAndComesBackNullable() {
        Schema model = schema(table("customer").id("bigint").build());
        Schema database = schema(table("customer").id("bigint").column("fax", "varchar(20)", false).build());

        Change change = only(diff(model, database, POSTGRESQL));

        assertThat(change.description()).isEqualTo("drop column customer.fax");
        assertThat(change.risk()).isEqualTo(Risk.DANGER);
        assertThat(change.downgrade()).singleElement()
                .satisfies(op -> assertThat(((Operation.AddColumn) op).column().nullable()).isTrue());
    }

    @Test
    void aDroppedAndAnAddedColumnOfOneTypeAreFlaggedAsAProbableRename() {
        Schema model = schema(table("customer").id("bigint").column("full_name", "varchar(100)", true).build());
        Schema database = schema(table("customer").id("bigint").column("name", "varchar(100)", true).build());

        Diff diff = diff(model, database, POSTGRESQL);

        assertThat(descriptions(diff)).containsExactly("add column customer.full_name", "drop column customer.name");
        assertThat(diff.changes()).allSatisfy(change -> assertThat(change.notes()).anySatisfy(note -> assertThat(note)
                .contains("probable rename of customer.name to full_name")
                .contains("ColumnChange.change().rename(\"full_name\")")
                .contains("--rename customer.name=full_name")));
    }

    @Test
    void aDeclaredColumnRenameIsOneRenameKeepingItsIndex() {
        Schema model = schema(table("customer").id("bigint").column("full_name", "varchar(100)", true)
                .index("ix_customer_name", "full_name").build());
        Schema database = schema(table("customer").id("bigint").column("name", "varchar(100)", true)
                .index("ix_customer_name", "name").build());

        Diff diff = SchemaDiff.compare(model, database, POSTGRESQL,
                DiffOptions.defaults().renames(Renames.parse(List.of("customer.name=full_name"))), TableRows.ASSUME_ROWS);

        assertThat(descriptions(diff)).containsExactly("rename column customer.name to full_name");
    }

    @Test
    void aTableWithTheSameColumnsUnderANewNameIsAProbableRenameUntilDeclared() {
        Schema model = schema(table("client").id("bigint").column("name", "varchar(100)", true).build());
        Schema database = schema(table("customer").id("bigint").column("name", "varchar(100)", true).build());

        Diff guessed = diff(model, database, POSTGRESQL);
        Diff declared = SchemaDiff.compare(model, database, POSTGRESQL,
                DiffOptions.defaults().renames(Renames.parse(List.of("customer=client"))), TableRows.ASSUME_ROWS);

        assertThat(descriptions(guessed)).containsExactly("create table client", "drop table customer");
        assertThat(guessed.changes().get(1).notes()).anySatisfy(note -> assertThat(note)
                .contains("op.renameTable(\"customer\", \"client\")"));
        assertThat(descriptions(declared)).containsExactly("rename table customer to client");
        assertThat(declared.downgradeOperations()).containsExactly(new Operation.RenameTable("client", "customer"));
    }

    @Test
    void longerStringsAreSafeShorterOnesDanger() {
        Schema database = schema(table("t").id("bigint").column("s", "varchar(100)", true).build());

        Change longer = only(diff(schema(table("t").id("bigint").column("s", "varchar(200)", true).build()), database,
                POSTGRESQL));
        Change shorter = only(diff(schema(table("t").id("bigint").column("s", "varchar(50)", true).build()), database,
                POSTGRESQL));

        assertThat(longer.risk()).isEqualTo(Risk.SAFE);
        assertThat(longer.description()).isEqualTo("alter column t.s (type varchar(100) -> varchar(200))");
        assertThat(shorter.risk()).isEqualTo(Risk.DANGER);
    }

    @Test
    void tighteningNullabilityIsCautionLooseningIsSafe() {
        Schema nullable = schema(table("t").id("bigint").column("s", "varchar(10)", true).build());
        Schema notNull = schema(table("t").id("bigint").column("s", "varchar(10)", false).build());

        assertThat(only(diff(notNull, nullable, POSTGRESQL)).risk()).isEqualTo(Risk.CAUTION);
        assertThat(only(diff(nullable, notNull, POSTGRESQL)).risk()).isEqualTo(Risk.SAFE);
        assertThat(only(diff(nullable, notNull, POSTGRESQL)).description()).isEqualTo("alter column t.s (nullable)");
    }

    @Test
    void serverDefaultsAreComparedOnlyWhenAskedAndWithoutCasts() {
        Schema model = schema(table("t").id("bigint").column(new ColumnInfo("s", "varchar(10)", true, "'new'", 0, false,
                null, null, false)).build());
        Schema same = schema(table("t").id("bigint").column(new ColumnInfo("s", "varchar(10)", true,
                "'new'::character varying", 0, false, null, null, false)).build());
        Schema other = schema(table("t").id("bigint").column(new ColumnInfo("s", "varchar(10)", true, "'old'", 0, false,
                null, null, false)).build());
        DiffOptions compare = DiffOptions.defaults().compareServerDefaults(true);

        assertThat(diff(model, other, POSTGRESQL).changes()).isEmpty();
        assertThat(SchemaDiff.compare(model, same, POSTGRESQL, compare, EMPTY).changes()).isEmpty();
        assertThat(only(SchemaDiff.compare(model, other, POSTGRESQL, compare, EMPTY)).description())
                .isEqualTo("alter column t.s (server default 'old' -> 'new')");
    }

    @Test
    void aNewEnumValueChangesTheCheckUnderItsDatabaseName() {
        Schema model = schema(table("t").id("bigint").column("status", "varchar(10)", true)
                .check(null, "status in ('A','B','C')").build());
        Schema database = schema(table("t").id("bigint").column("status", "varchar(10)", true)
                .check("t_status_check",
                        "((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))")
                .build());
        Schema unchanged = schema(table("t").id("bigint").column("status", "varchar(10)", true)
                .check("t_status_check", "((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying, "
                        + "'C'::character varying])::text[]))")
                .build());

        Change change = only(diff(model, database, POSTGRESQL));

        assertThat(change.description()).startsWith("change check constraint t_status_check on t");
        assertThat(change.upgrade()).extracting(Operation::describe).containsExactly(
                "dropConstraint t_status_check on t (check)", "add check constraint t_status_check on t");
        assertThat(diff(model, unchanged, POSTGRESQL).changes()).isEmpty();
    }

    @Test
    void aChangedOnDeleteDropsAndRecreatesTheForeignKey() {
        Schema model = schema(table("p").id("bigint").build(), table("c").id("bigint").column("p_id", "bigint", true)
                .fk("fk_c_p", "p_id", "p", "CASCADE").build());
        Schema database = schema(table("p").id("bigint").build(), table("c").id("bigint").column("p_id", "bigint", true)
                .fk("fk_c_p", "p_id", "p", "NO ACTION").build());

        Change change = only(diff(model, database, POSTGRESQL));

        assertThat(change.description()).isEqualTo(
                "change foreign key fk_c_p on c (on delete NO ACTION -> CASCADE, on update NO ACTION -> NO ACTION)");
        assertThat(change.risk()).isEqualTo(Risk.CAUTION);
        assertThat(change.upgrade()).extracting(Operation::describe).containsExactly(
                "dropConstraint fk_c_p on c (foreign_key)", "add foreign key constraint fk_c_p on c");
    }

    @Test
    void uniqueKeysMatchByColumnsWhetherConstraintOrUniqueIndex() {
        Schema model = schema(table("t").id("bigint").column("a", "integer", true).column("b", "integer", true)
                .unique(null, "a", "b").build());
        Schema asIndex = schema(new dev.migrate.schema.Table("t", List.of(Schemas.id("bigint"), Schemas.col("a", "integer",
                true), Schemas.col("b", "integer", true)), new dev.migrate.schema.PrimaryKey(null, List.of("id")), List.of(),
                List.of(), List.of(), List.of(new dev.migrate.schema.Index("ux_t", List.of(
                        new dev.migrate.schema.Index.Column("b", null, false, null),
                        new dev.migrate.schema.Index.Column("a", null, false, null)), true, null,
                        dev.migrate.schema.Index.Origin.CREATE_INDEX, null)), List.of(), List.of(), null));

        assertThat(diff(model, asIndex, POSTGRESQL).changes()).isEmpty();
        Change added = only(SchemaDiff.compare(model, schema(table("t").id("bigint").column("a", "integer", true)
                .column("b", "integer", true).build()), POSTGRESQL, DiffOptions.defaults(), EMPTY));
        assertThat(added.description()).isEqualTo("add unique constraint uq_t_a_b on t (a, b)");
    }

    @Test
    void includeAndExcludeFilterBothSides() {
        Schema model = schema(table("app_customer").id("bigint").build(), table("app_audit").id("bigint").build());
        Schema database = schema(table("legacy_report").id("bigint").build());

        Diff diff = SchemaDiff.compare(model, database, POSTGRESQL,
                DiffOptions.defaults().tables(List.of("app_*"), List.of("*_audit")), TableRows.ASSUME_ROWS);

        assertThat(descriptions(diff)).containsExactly("create table app_customer");
    }

    @Test
    void sequencesAreCreatedFirstAndDroppedLast() {
        Schema model = schema(List.of(new Sequence("order_seq", 1, 50)), table("t").id("bigint").build());
        Schema database = schema(List.of(new Sequence("old_seq", 100, 1)));

        Diff diff = diff(model, database, POSTGRESQL);

        assertThat(descriptions(diff)).containsExactly("create sequence order_seq", "create table t",
                "drop sequence old_seq");
        assertThat(diff.changes().get(2).risk()).isEqualTo(Risk.DANGER);
        assertThat(diff.downgradeOperations().get(0)).isEqualTo(new Operation.CreateSequence("old_seq", 100, 1));
    }

    @Test
    void foreignKeysAreDroppedBeforeTheTablesTheyReferToAndDowngradeIsTheReverse() {
        Schema model = schema(table("c").id("bigint").column("p_id", "bigint", true).build());
        Schema database = schema(table("c").id("bigint").column("p_id", "bigint", true).fk("fk_c_p", "p_id", "p", null)
                .build(), table("p").id("bigint").build());

        Diff diff = diff(model, database, POSTGRESQL);

        assertThat(descriptions(diff)).containsExactly("drop foreign key fk_c_p on c", "drop table p");
        assertThat(diff.highestRisk()).isEqualTo(Risk.DANGER);
        assertThat(diff.downgradeOperations()).extracting(Operation::describe).containsExactly(
                "createTable p", "add foreign key constraint fk_c_p on c");
    }
}
