package dev.migrate.autogenerate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.autogenerate.hibernate.model.TestModel;
import dev.migrate.schema.Schema;
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
            harness.downgrade("base");
            assertThat(harness.reflect().tables()).as("tables left after downgrade to base").isEmpty();
            assertThat(harness.reflect().sequences()).as("sequences left after downgrade to base").isEmpty();
        }
    }
}
