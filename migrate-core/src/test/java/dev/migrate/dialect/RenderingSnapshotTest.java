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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The exact SQL each dialect writes for each operation, offline (under the dialect's stated
 * capabilities). The expected text lives in {@code src/test/resources/dev/migrate/dialect/<name>.sql}.
 */
class RenderingSnapshotTest {

    /** Every operation, each shape the dialects write differently. */
    static List<Operation> operations() {
        return List.of(
                new Operation.CreateTable("account", List.of(
                        Column.of("id", SqlType.BIGINT).primaryKey().autoIncrement(),
                        Column.of("name", SqlType.varchar(50)).notNull().comment("shown name"),
                        Column.of("active", SqlType.BOOLEAN).serverDefault("TRUE").notNull(),
                        Column.of("balance", SqlType.decimal(12, 2)).serverDefault("0"),
                        Column.of("created", SqlType.TIMESTAMP_TZ).serverDefault("CURRENT_TIMESTAMP")),
                        List.of(Constraint.unique("uq_account_name", "name"), Constraint.check("ck_balance", "balance >= 0"))),
                new Operation.CreateTable("typed", List.of(Column.of("i", SqlType.INTEGER), Column.of("s", SqlType.SMALLINT),
                        Column.of("t", SqlType.TEXT), Column.of("r", SqlType.REAL), Column.of("f", SqlType.DOUBLE),
                        Column.of("d", SqlType.DATE), Column.of("tm", SqlType.TIME), Column.of("ts", SqlType.TIMESTAMP),
                        Column.of("b", SqlType.BLOB), Column.of("u", SqlType.UUID), Column.of("j", SqlType.JSON),
                        Column.of("x", SqlType.sql("CHAR(2)"))),
                        List.of(Constraint.primaryKey("pk_typed", "i", "s"))),
                new Operation.CreateTable("line", List.of(Column.of("id", SqlType.INTEGER).primaryKey(),
                        Column.of("account_id", SqlType.BIGINT)),
                        List.of(Constraint.foreignKey("fk_line_account", List.of("account_id"), "account", List.of("id"))
                                .onDelete(ReferentialAction.CASCADE).onUpdate(ReferentialAction.NO_ACTION))),
                new Operation.DropTable("old stuff"),
                new Operation.RenameTable("line", "Order"),
                new Operation.AddColumn("account", Column.of("email", SqlType.varchar(100)).comment("where to write")),
                new Operation.DropColumn("account", "email"),
                new Operation.AlterColumn("account", "name", ColumnChange.change().nullable(true).rename("full name")
                        .existing(Column.of("name", SqlType.varchar(50)).notNull().comment("shown name"))),
                new Operation.AlterColumn("account", "balance", ColumnChange.change().type(SqlType.decimal(14, 2))
                        .notNull().serverDefault("1").comment(null)
                        .existing(SqlType.decimal(12, 2), true, "0")),
                new Operation.CreateIndex(Index.on("ix_account_name", "account", "name").unique()),
                new Operation.CreateIndex(Index.on("ix_account_created", "account", Index.IndexColumn.desc("created"),
                        Index.IndexColumn.asc("name"))),
                new Operation.CreateIndex(Index.on("ix_account_lower", "account", Index.IndexColumn.expression("lower(name)"))),
                new Operation.CreateIndex(Index.on("ix_account_active", "account", "name").where("active")),
                new Operation.DropIndex("ix_account_name", "account"),
                new Operation.AddConstraint("account", Constraint.unique("uq_email", "email")),
                new Operation.AddConstraint("account", Constraint.check("ck_positive", "balance > 0")),
                new Operation.AddConstraint("account", Constraint.primaryKey("pk_account", "id")),
                new Operation.AddConstraint("line", Constraint.foreignKey("fk_line", List.of("account_id"), "account",
                        List.of("id")).onDelete(ReferentialAction.SET_NULL)),
                new Operation.DropConstraint("line", "fk_line", Constraint.Type.FOREIGN_KEY),
                new Operation.DropConstraint("account", "uq_email", Constraint.Type.UNIQUE),
                new Operation.DropConstraint("account", "ck_positive", Constraint.Type.CHECK),
                new Operation.DropConstraint("account", "pk_account", Constraint.Type.PRIMARY_KEY),
                new Operation.CreateSequence("order_seq", 1, 50),
                new Operation.DropSequence("order_seq"),
                new Operation.ExecuteSql("UPDATE account SET active = TRUE"),
                new Operation.BulkInsert("account", List.of(new TreeMap<>(Map.of("id", 1, "name", "O'Brien \\ Co")))));
    }

    /** Each operation's statements, or the error the dialect gives, separated by blank lines. */
    static String render(Dialect dialect) {
        RenderContext context = RenderContext.offline(dialect.capabilities(), "snapshot");
        List<String> out = new ArrayList<>();
        for (Operation operation : operations()) {
            String text;
            try {
                text = dialect.render(operation, context).stream().map(sql -> sql + ";").reduce((a, b) -> a + "\n" + b)
                        .orElse("-- (no statement)");
            } catch (MigrateException ex) {
                text = "-- error: " + ex.getMessage();
            }
            out.add("-- " + operation.describe() + "\n" + text);
        }
        return String.join("\n\n", out) + "\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mysql", "h2"})
    void everyOperationAsTheSnapshotSays(String name) throws IOException {
        String actual = render(Dialects.forName(name));
        Path expected = Path.of("src/test/resources/dev/migrate/dialect/" + name + ".sql");
        if (Boolean.getBoolean("migrate.snapshots.write")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    @Test
    void mysqlAlterWithoutExistingNeedsItOffline() {
        Dialect mysql = Dialects.forName("mysql");
        Operation alter = new Operation.AlterColumn("account", "name", ColumnChange.change().type(SqlType.varchar(80)));
        assertThatThrownBy(() -> mysql.render(alter, RenderContext.offline(mysql.capabilities(), "Revision ab12 (V1)")))
                .isInstanceOf(MigrateException.class)
                .hasMessage("Revision ab12 (V1): alterColumn account.name (type) on MySQL/MariaDB restates the whole "
                        + "column (MODIFY), so it needs the column's current type, nullability, default and comment. "
                        + "Offline SQL (--sql) has no database to read them from: state them with "
                        + "ColumnChange.existing(Column.of(...)), as Alembic needs existing_type");
        // a rename or a default alone restates nothing
        assertThat(mysql.render(new Operation.AlterColumn("account", "name", ColumnChange.change().rename("n")
                .serverDefault("'x'")), RenderContext.offline(mysql.capabilities(), "r")))
                .containsExactly("ALTER TABLE account ALTER COLUMN name SET DEFAULT 'x'",
                        "ALTER TABLE account RENAME COLUMN name TO n");
    }

    @Test
    void sqliteNativeAlterationsFollowSqliteVersion() {
        Dialect sqlite = Dialects.forName("sqlite");
        Operation dropColumn = new Operation.DropColumn("t", "c");
        Operation notNull = new Operation.AlterColumn("t", "c", ColumnChange.change().notNull());
        Operation rename = new Operation.AlterColumn("t", "c", ColumnChange.change().rename("d"));
        RenderContext old = RenderContext.offline(SqliteDialect.capabilities("3.34.1"), "r");
        RenderContext mid = RenderContext.offline(SqliteDialect.capabilities("3.45.0"), "r");
        RenderContext now = RenderContext.offline(SqliteDialect.capabilities("3.53.4"), "r");
        assertThat(sqlite.needsRebuild(dropColumn, old)).isTrue();
        assertThat(sqlite.needsRebuild(dropColumn, mid)).isFalse();
        assertThat(sqlite.needsRebuild(notNull, mid)).isTrue();
        assertThat(sqlite.needsRebuild(notNull, now)).isFalse();
        assertThat(sqlite.needsRebuild(rename, RenderContext.offline(SqliteDialect.capabilities("3.24.0"), "r"))).isTrue();
        assertThat(sqlite.needsRebuild(rename, old)).isFalse();
        assertThat(sqlite.needsRebuild(new Operation.AlterColumn("t", "c", ColumnChange.change().type(SqlType.TEXT)), now))
                .isTrue();
        assertThat(sqlite.needsRebuild(new Operation.AddColumn("t", Column.of("c", SqlType.TIMESTAMP)
                .serverDefault("CURRENT_TIMESTAMP")), now)).isTrue();
        assertThat(sqlite.needsRebuild(new Operation.AddColumn("t", Column.of("c", SqlType.INTEGER)
                .serverDefault("-1")), now)).isFalse();
        assertThatThrownBy(() -> sqlite.render(notNull, mid)).hasMessageContaining("needs a table rebuild");
        for (Dialect other : List.of(Dialects.forName("postgresql"), Dialects.forName("mysql"), Dialects.forName("h2"))) {
            assertThat(operations()).noneMatch(op -> other.needsRebuild(op,
                    RenderContext.offline(other.capabilities(), "r")));
        }
    }

    @Test
    void offlineLiteralsAndTheirErrors() {
        Dialect postgres = Dialects.forName("postgresql");
        Dialect sqlite = Dialects.forName("sqlite");
        Dialect mysql = Dialects.forName("mysql");
        var instant = java.time.OffsetDateTime.parse("2024-01-31T10:15:30.5+02:00");
        assertThat(postgres.literal(instant)).isEqualTo("TIMESTAMP WITH TIME ZONE '2024-01-31 10:15:30.5+02:00'");
        assertThat(mysql.literal(instant)).isEqualTo("TIMESTAMP '2024-01-31 08:15:30.5'");
        assertThat(sqlite.literal(instant)).isEqualTo("'2024-01-31 10:15:30.5+02:00'");
        assertThat(sqlite.literal(java.time.LocalTime.of(9, 0))).isEqualTo("'09:00:00'");
        assertThat(postgres.literal(java.time.LocalDate.of(2024, 2, 29))).isEqualTo("DATE '2024-02-29'");
        assertThat(mysql.literal("a\\b'c")).isEqualTo("'a\\\\b''c'");
        assertThat(postgres.literal(new java.math.BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(postgres.literal(false)).isEqualTo("FALSE");
        assertThat(postgres.literal(null)).isEqualTo("NULL");
        assertThatThrownBy(() -> postgres.literal(new byte[] {1}))
                .hasMessageStartingWith("bulkInsert cannot write a value of type [B as an SQL literal in offline SQL");
        assertThatThrownBy(() -> postgres.literal(Double.NaN)).hasMessageContaining("cannot write NaN");
    }
}
