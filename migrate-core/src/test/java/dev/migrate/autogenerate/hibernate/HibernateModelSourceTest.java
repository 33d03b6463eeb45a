package dev.migrate.autogenerate.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import dev.migrate.autogenerate.AutogenerateHarness;
import dev.migrate.autogenerate.hibernate.model.TestModel;
import dev.migrate.schema.ColumnInfo;
import dev.migrate.schema.Schema;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The model a Spring application's autogenerate reads: Hibernate resolves the dialect from the
 * connected database's product and version, as when it connects, so the model is the one
 * Hibernate would create on that database.
 */
class HibernateModelSourceTest {

    private static final ClassLoader LOADER = HibernateModelSourceTest.class.getClassLoader();

    /** Spring Boot's naming, no dialect and no version: what a Boot application without database-platform has. */
    private static Map<String, Object> bootProperties() {
        Map<String, Object> properties = HibernateModelReader.offlineProperties("h2");
        properties.remove("hibernate.dialect");
        properties.remove("jakarta.persistence.database-product-version");
        return properties;
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void theDialectIsTheOneHibernateResolvesForTheConnectedDatabase(TestDatabase database) throws Exception {
        try (TestDatabase.Fresh db = database.fresh(); Connection connection = db.connect()) {
            Schema read = new HibernateModelSource(TestModel::classNames, HibernateModelSourceTest::bootProperties,
                    LOADER).read(connection.getMetaData());
            Schema offline = HibernateModelReader.read(HibernateModelReader.buildOffline(
                    AutogenerateHarness.hibernateDialect(database), TestModel.classNames(), LOADER));
            assertThat(read.tables()).isNotEmpty().isEqualTo(offline.tables());
            assertThat(read.sequences()).isEqualTo(offline.sequences());
        }
    }

    @Test
    void aDialectTheApplicationNamesWins() throws Exception {
        try (TestDatabase.Fresh db = TestDatabase.SQLITE.fresh(); Connection connection = db.connect()) {
            Map<String, Object> postgres = bootProperties();
            postgres.put("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect");
            Schema read = new HibernateModelSource(TestModel::classNames, () -> postgres, LOADER)
                    .read(connection.getMetaData());
            List<String> types = read.tables().stream().flatMap(t -> t.columns().stream()).map(ColumnInfo::type).toList();
            assertThat(types).as("PostgreSQL's types, not SQLite's").contains("timestamp(6) with time zone");
        }
    }

    @Test
    void noEntitiesIsAnErrorThatSaysWhereEntitiesComeFrom() throws Exception {
        try (TestDatabase.Fresh db = TestDatabase.SQLITE.fresh(); Connection connection = db.connect()) {
            HibernateModelSource none = new HibernateModelSource(List::of, HibernateModelSourceTest::bootProperties,
                    LOADER);
            assertThatThrownBy(() -> none.read(connection.getMetaData())).isInstanceOf(MigrateException.class)
                    .hasMessageContaining("no JPA entities").hasMessageContaining("@EntityScan");
        }
    }
}
