package dev.migrate.runtime;

import static dev.migrate.runtime.Chain.A;
import static dev.migrate.runtime.Chain.B;
import static dev.migrate.runtime.Fixtures.byId;
import static dev.migrate.runtime.Fixtures.insert;
import static dev.migrate.runtime.Fixtures.plan;
import static dev.migrate.runtime.Fixtures.update;
import static dev.migrate.runtime.Fixtures.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Configured table names that need quoting reach the database exactly as written. */
class TableNamesTest {

    private static final List<List<String>> NAMES = List.of(
            List.of("my versions", "my history"),
            List.of("Version\"Table", "History`Log"),
            List.of("MixedCase", "order"),
            List.of("select", "vérsions"));

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void awkwardVersionAndHistoryTableNames(TestDatabase db) throws Exception {
        try (TestDatabase.Fresh fresh = db.fresh(); Connection connection = fresh.connect()) {
            for (List<String> pair : NAMES) {
                RuntimeSettings settings = RuntimeSettings.defaults().withVersionTable(pair.get(0))
                        .withHistoryTable(pair.get(1));
                Migrator migrator = new Migrator(connection, db.dialect(), settings);
                migrator.run(plan(List.of(), upgrade(A, List.of(), insert("a"))), byId(A));
                migrator.run(plan(List.of("a"), upgrade(B, List.of("a"), update("a", "b"))), byId(B));
                assertThat(migrator.currentVersions()).as(pair.toString()).containsExactly("b");
                assertThat(migrator.history()).as(pair.toString()).hasSize(2);
                assertThat(tableNames(connection)).as("tables").contains(pair.get(0), pair.get(1));
                migrator.run(plan(List.of("b"), Fixtures.downgrade(B, List.of("a"), update("b", "a")),
                        Fixtures.downgrade(A, List.of(), Fixtures.delete("a"))), byId(A, B));
            }
        }
    }

    private static List<String> tableNames(Connection connection) throws Exception {
        List<String> names = new ArrayList<>();
        try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                null, null)) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
