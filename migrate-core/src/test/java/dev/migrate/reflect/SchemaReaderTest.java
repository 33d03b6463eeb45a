package dev.migrate.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.schema.Index;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaReaderTest {

    private static final ReflectOptions MIGRATE_TABLES = ReflectOptions.skipping("migrate_version", "migrate_history");

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void reflectsTheShopSchemaExactly(TestDatabase database) throws SQLException {
        Schema schema = reflect(database, MIGRATE_TABLES);

        assertThat(withoutStoredSql(schema)).isEqualTo(ExpectedShop.of(database));
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void leavesOutMigrateTablesHelperTablesAndSystemTables(TestDatabase database) throws SQLException {
        Schema schema = reflect(database, MIGRATE_TABLES);

        assertThat(schema.tables()).extracting(Table::name)
                .containsExactlyElementsOf(ExpectedShop.of(database).tables().stream().map(Table::name).toList())
                .hasSize(3);
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void reportsMigrateTablesWhenNotToldToSkipThem(TestDatabase database) throws SQLException {
        Schema schema = reflect(database, new ReflectOptions(java.util.Set.of(), List.of(), List.of()));

        assertThat(schema.table("migrate_version")).isPresent();
        assertThat(schema.table("migrate_version_lock")).isPresent();
        assertThat(schema.table("migrate_history")).isPresent();
        assertThat(schema.table("HTE_orders")).as("Hibernate helper tables are never reported").isEmpty();
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void reportsNoIndexTheDatabaseMadeForAConstraint(TestDatabase database) throws SQLException {
        Schema schema = reflect(database, MIGRATE_TABLES);

        List<Index> indexes = schema.tables().stream().flatMap(t -> t.indexes().stream()).toList();
        assertThat(indexes).extracting(Index::origin).containsOnly(Index.Origin.CREATE_INDEX);
        assertThat(indexes).extracting(i -> i.name().toLowerCase(java.util.Locale.ROOT))
                .containsExactlyInAnyOrderElementsOf(createdIndexNames(database));
    }

    /**
     * Unnamed foreign keys (MariaDB names their automatic index after the column), a user index
     * made before the foreign key (H2 and MariaDB then use it for the key) and one made after.
     */
    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void keepsUserIndexesOnForeignKeyColumnsAndDropsOnlyAutomaticOnes(TestDatabase database) throws SQLException {
        try (TestDatabase.Fresh fresh = database.fresh(); Connection connection = fresh.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE a (id INTEGER NOT NULL PRIMARY KEY)");
            statement.execute("CREATE TABLE b (id INTEGER NOT NULL PRIMARY KEY, a_id INTEGER,"
                    + " FOREIGN KEY (a_id) REFERENCES a (id))");
            statement.execute("CREATE TABLE c (id INTEGER NOT NULL PRIMARY KEY, a_id INTEGER,"
                    + " FOREIGN KEY (a_id) REFERENCES a (id))");
            statement.execute("CREATE INDEX ix_c_a ON c (a_id)");
            boolean alterAddsForeignKeys = database != TestDatabase.SQLITE;
            if (alterAddsForeignKeys) {
                statement.execute("CREATE TABLE d (id INTEGER NOT NULL PRIMARY KEY, a_id INTEGER)");
                statement.execute("CREATE INDEX ix_d_a ON d (a_id)");
                statement.execute("ALTER TABLE d ADD CONSTRAINT fk_d_a FOREIGN KEY (a_id) REFERENCES a (id)");
            }

            Schema schema = SchemaReader.read(connection, database.dialect(), MIGRATE_TABLES);

            assertThat(indexNames(schema, "b")).isEmpty();
            assertThat(indexNames(schema, "c")).containsExactly("ix_c_a");
            assertThat(schema.table("b").orElseThrow().foreignKeys()).singleElement()
                    .satisfies(fk -> assertThat(fk.columns()).extracting(String::toLowerCase).containsExactly("a_id"));
            if (alterAddsForeignKeys) {
                assertThat(indexNames(schema, "d")).containsExactly("ix_d_a");
                assertThat(schema.table("d").orElseThrow().foreignKeys()).extracting(fk -> fk.name().toLowerCase())
                        .containsExactly("fk_d_a");
            }
        }
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void reportsStoredGeneratedColumnsWithTheirExpressionAndNoDefault(TestDatabase database) throws SQLException {
        String stored = database == TestDatabase.H2 ? "" : " STORED";
        try (TestDatabase.Fresh fresh = database.fresh(); Connection connection = fresh.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE g (a INTEGER, b INTEGER GENERATED ALWAYS AS (a * 2)" + stored + ")");

            Schema schema = SchemaReader.read(connection, database.dialect(), MIGRATE_TABLES);

            dev.migrate.schema.ColumnInfo b = schema.table("g").orElseThrow().column("b").orElseThrow();
            assertThat(b.isGenerated()).isTrue();
            assertThat(b.generated().stored()).isTrue();
            assertThat(b.defaultSql()).isNull();
            assertThat(b.autoincrement()).isFalse();
            assertThat(b.generated().expression().replace("\"", "").replace("`", "").toLowerCase())
                    .isEqualTo("a * 2");
        }
    }

    private static List<String> indexNames(Schema schema, String table) {
        return schema.table(table).orElseThrow().indexes().stream()
                .map(i -> i.name().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void reportsOnlySequencesNoColumnOwns(TestDatabase database) throws SQLException {
        Schema schema = reflect(database, MIGRATE_TABLES);

        List<String> expected = database == TestDatabase.SQLITE ? List.of()
                : List.of(database == TestDatabase.H2 ? "INVOICE_SEQ" : "invoice_seq");
        assertThat(schema.sequences()).extracting(Sequence::name).isEqualTo(expected);
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void includeAndExcludeFilterByTableName(TestDatabase database) throws SQLException {
        Schema included = reflect(database, MIGRATE_TABLES.including("order*"));
        Schema excluded = reflect(database, MIGRATE_TABLES.including("order*").excluding("ORDER_LINE"));

        assertThat(included.tables()).extracting(t -> t.name().toLowerCase(java.util.Locale.ROOT))
                .containsExactlyInAnyOrder("order_line", "orders");
        assertThat(excluded.tables()).extracting(t -> t.name().toLowerCase(java.util.Locale.ROOT))
                .containsExactly("orders");
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void keepsTheStoredIndexStatementWhereTheDatabaseHasOne(TestDatabase database) throws SQLException {
        Schema schema = reflect(database, MIGRATE_TABLES);

        String sql = schema.table("orders").orElseThrow().index("ix_orders_customer_note").orElseThrow().sql();
        switch (database) {
            case SQLITE -> assertThat(sql).isEqualTo("CREATE INDEX ix_orders_customer_note ON orders (customer_id, note DESC)");
            case POSTGRESQL -> assertThat(sql).startsWith("CREATE INDEX ix_orders_customer_note ON ")
                    .endsWith(".orders USING btree (customer_id, note DESC)");
            default -> assertThat(sql).isNull();
        }
    }

    /**
     * The names of the fixture's CREATE INDEX statements; on MariaDB without the unique ones, which
     * are reported as UNIQUE constraints.
     */
    private static List<String> createdIndexNames(TestDatabase database) {
        return ReflectionFixture.statements(database).stream()
                .filter(sql -> sql.startsWith("CREATE INDEX ")
                        || (sql.startsWith("CREATE UNIQUE INDEX ") && database != TestDatabase.MARIADB))
                .map(sql -> sql.replace("CREATE UNIQUE INDEX ", "CREATE INDEX ").split(" ")[2])
                .toList();
    }

    private static Schema reflect(TestDatabase database, ReflectOptions options) throws SQLException {
        try (TestDatabase.Fresh fresh = database.fresh(); Connection connection = fresh.connect()) {
            ReflectionFixture.create(connection, database);
            return SchemaReader.read(connection, database.dialect(), options);
        }
    }

    /** The schema without the stored CREATE TABLE / CREATE INDEX text, which is compared on its own. */
    private static Schema withoutStoredSql(Schema schema) {
        return new Schema(schema.tables().stream().map(t -> new Table(t.name(), t.columns(), t.primaryKey(),
                t.foreignKeys(), t.uniqueConstraints(), t.checkConstraints(),
                t.indexes().stream().map(i -> new Index(i.name(), i.columns(), i.unique(), i.where(), i.origin(), null))
                        .toList(),
                t.triggers(), t.options(), null)).toList(), schema.sequences());
    }
}
