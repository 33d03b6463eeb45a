package dev.migrate.runtime;

import static dev.migrate.runtime.OperationsDatabaseTest.inspector;
import static dev.migrate.runtime.OperationsDatabaseTest.row;
import static dev.migrate.runtime.fixtures.Delegating.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.operations.Column;
import dev.migrate.operations.ColumnChange;
import dev.migrate.operations.Constraint;
import dev.migrate.operations.Index;
import dev.migrate.operations.SqlType;
import dev.migrate.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Awkward names (a reserved word, spaces, both quote characters and a backtick, mixed case,
 * non-ASCII letters) through create, insert, alter, rename, index, constraint and drop on every
 * database, up and down, with the data read back under those names.
 */
class IdentifierRoundTripTest {

    private static final String TABLE = "order";
    private static final String RENAMED = "Line Items";
    private static final String SPACE = "my col";
    private static final String SPACE_RENAMED = "Your Col";
    private static final String QUOTES = "it's \"q\"";
    private static final String MIXED = "MixedCase";
    private static final String UMLAUT = "größe";
    private static final String BACKTICK = "back`tick";
    private static final String INDEX = "Idx Größe";
    private static final String CHECK = "ck größe";

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void awkwardNamesRoundTrip(TestDatabase db) throws Exception {
        try (OpsHarness h = new OpsHarness(db)) {
            h.up(of(op -> {
                op.createTable(TABLE, Column.of("id", SqlType.INTEGER).primaryKey(), Column.of(SPACE, SqlType.varchar(20)),
                        Column.of(QUOTES, SqlType.varchar(20)), Column.of(MIXED, SqlType.INTEGER),
                        Column.of(UMLAUT, SqlType.INTEGER).notNull(), Column.of(BACKTICK, SqlType.varchar(5)));
                op.bulkInsert(TABLE, List.of(row("id", 1, SPACE, "a b", QUOTES, "o'q\"", MIXED, 7, UMLAUT, 3, BACKTICK, "`"),
                        row("id", 2, SPACE, "c", QUOTES, null, MIXED, 8, UMLAUT, 4, BACKTICK, "x")));
            }, op -> op.dropTable(TABLE)));
            String select = "SELECT id, " + h.q(SPACE) + ", " + h.q(QUOTES) + ", " + h.q(MIXED) + ", " + h.q(UMLAUT) + ", "
                    + h.q(BACKTICK) + " FROM " + h.q(TABLE) + " ORDER BY id";
            assertThat(h.rows(select)).containsExactly("1|a b|o'q\"|7|3|`", "2|c|null|8|4|x");

            h.up(of(op -> {
                op.alterColumn(TABLE, SPACE, ColumnChange.change().rename(SPACE_RENAMED));
                op.createIndex(Index.on(INDEX, TABLE, Index.IndexColumn.desc(UMLAUT), Index.IndexColumn.asc(MIXED)));
                op.createCheckConstraint(CHECK, TABLE, h.q(UMLAUT) + " >= 0");
                op.dropColumn(TABLE, BACKTICK);
                op.renameTable(TABLE, RENAMED);
            }, op -> {
                op.renameTable(RENAMED, TABLE);
                op.addColumn(TABLE, Column.of(BACKTICK, SqlType.varchar(5)));
                op.dropConstraint(CHECK, TABLE, Constraint.Type.CHECK);
                op.dropIndex(INDEX, TABLE);
                op.alterColumn(TABLE, SPACE_RENAMED, ColumnChange.change().rename(SPACE));
            }));
            var inspector = inspector(h);
            assertThat(inspector.hasTable(RENAMED)).isTrue();
            assertThat(inspector.hasTable(TABLE)).isFalse();
            assertThat(inspector.columns(RENAMED)).containsExactly(db == TestDatabase.H2 ? "ID" : "id", SPACE_RENAMED, QUOTES,
                    MIXED, UMLAUT);
            assertThat(inspector.hasIndex(RENAMED, INDEX)).isTrue();
            assertThat(inspector.hasConstraint(RENAMED, CHECK)).isTrue();
            assertThat(h.rows("SELECT id, " + h.q(SPACE_RENAMED) + ", " + h.q(QUOTES) + ", " + h.q(UMLAUT) + " FROM "
                    + h.q(RENAMED) + " ORDER BY id")).containsExactly("1|a b|o'q\"|3", "2|c|null|4");

            h.down();
            assertThat(inspector.hasTable(RENAMED)).isFalse();
            assertThat(inspector.hasIndex(TABLE, INDEX)).isFalse();
            assertThat(inspector.hasConstraint(TABLE, CHECK)).isFalse();
            assertThat(h.rows(select)).containsExactly("1|a b|o'q\"|7|3|null", "2|c|null|8|4|null");

            h.down();
            assertThat(inspector.hasTable(TABLE)).isFalse();
        }
    }
}
