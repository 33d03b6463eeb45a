package dev.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.runtime.HistoryEntry;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole path an application takes: {@link Migrate} loads Java migrations from the classpath,
 * takes the migration lock and upgrades an SQLite file whose URL asks for
 * {@code foreign_keys=true}; {@code op.alterColumn} + {@code op.dropColumn} rebuild the parent of
 * {@code ON DELETE CASCADE} children, up and down, and every row stays.
 */
class RebuildThroughFacadeTest {

    private static final List<String> CHILDREN = List.of("1|1|a", "2|1|b", "3|2|c");

    @Test
    void javaMigrationsRebuildAParentTableOnAForeignKeysConnectionWithoutLosingRows() throws Exception {
        try (TestDatabase.Fresh db = TestDatabase.SQLITE.fresh()) {
            String url = db.url() + "?foreign_keys=true";
            Migrate migrate = Migrate.configure().url(url, null, null)
                    .locations(List.of("classpath:dev/migrate/fixtures/fkrebuild")).load();

            migrate.upgrade("head");
            assertThat(migrate.currentRows()).containsExactly("c2");
            try (Connection connection = DriverManager.getConnection(url)) {
                assertThat(rows(connection, "SELECT name, type FROM pragma_table_info('parent')"))
                        .containsExactly("id|INTEGER", "code|VARCHAR(10)", "name|VARCHAR(40)");
                assertThat(rows(connection, "SELECT id, code, name FROM parent ORDER BY id"))
                        .containsExactly("1|10|ann", "2|20|bob");
                assertThat(rows(connection, "SELECT id, parent_id, body FROM child ORDER BY id")).isEqualTo(CHILDREN);
                assertThat(rows(connection, "PRAGMA foreign_key_check")).isEmpty();
            }

            migrate.downgrade("c1");
            assertThat(migrate.currentRows()).containsExactly("c1");
            try (Connection connection = DriverManager.getConnection(url)) {
                assertThat(rows(connection, "SELECT id, code, legacy, name FROM parent ORDER BY id"))
                        .containsExactly("1|10|null|ann", "2|20|null|bob");
                assertThat(rows(connection, "SELECT id, parent_id, body FROM child ORDER BY id")).isEqualTo(CHILDREN);
                assertThat(rows(connection, "PRAGMA foreign_key_check")).isEmpty();
                assertThat(rows(connection, "PRAGMA foreign_keys")).containsExactly("1");
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DELETE FROM parent WHERE id = 1");
                }
                assertThat(rows(connection, "SELECT id FROM child")).containsExactly("3");
            }
            assertThat(migrate.historyLog()).extracting(HistoryEntry::revision).containsExactly("c1", "c2", "c2");
        }
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(row.toString());
            }
        }
        return out;
    }
}
