package dev.migrate.autogenerate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.autogenerate.hibernate.model.TestModel;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Seed;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** From an empty database: autogenerate, upgrade, autogenerate again finds nothing; downgrade empties it. */
class RoundTripTest {

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void theTestModelRoundTripsWithoutChanges(TestDatabase database) throws Exception {
        try (TestDatabase.Fresh db = database.fresh(); AutogenerateHarness harness = new AutogenerateHarness(db)) {
            Schema model = harness.model(TestModel.classNames());
            AutogenerateHarness.Generated first = harness.generate(model, DiffOptions.defaults());
            assertThat(first).isNotNull();
            harness.upgrade("head");
            harness.assertNoChanges(model, DiffOptions.defaults());
            for (Seed seed : model.seeds()) {
                assertThat(harness.query("SELECT next_val FROM " + seed.table()))
                        .as("the initial row of Hibernate's table generator %s", seed.table())
                        .extracting(row -> ((Number) row.get("next_val")).longValue())
                        .containsExactly(((Number) seed.row().get("next_val")).longValue());
            }
            if (database == TestDatabase.SQLITE) {
                assertThat(model.seeds()).as("SQLite keeps @SequenceGenerator in tables").isNotEmpty();
            }
            harness.downgrade("base");
            assertThat(harness.reflect().tables()).as("tables left after downgrade to base").isEmpty();
            assertThat(harness.reflect().sequences()).as("sequences left after downgrade to base").isEmpty();
        }
    }
}
