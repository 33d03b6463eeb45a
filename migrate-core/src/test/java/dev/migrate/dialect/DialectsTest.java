package dev.migrate.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DialectsTest {

    @Test
    void forUrlKnowsTheFourDrivers() {
        assertThat(Dialects.forUrl("jdbc:sqlite:/tmp/x.db").name()).isEqualTo("sqlite");
        assertThat(Dialects.forUrl("jdbc:postgresql://h/db").name()).isEqualTo("postgresql");
        assertThat(Dialects.forUrl("jdbc:mysql://h/db").name()).isEqualTo("mysql");
        assertThat(Dialects.forUrl("jdbc:mariadb://h/db").name()).isEqualTo("mysql");
        assertThat(Dialects.forUrl("JDBC:H2:mem:x").name()).isEqualTo("h2");
        assertThatThrownBy(() -> Dialects.forUrl("jdbc:oracle:thin:@h:1521/x"))
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining("jdbc:oracle:thin:@h:1521/x")
                .hasMessageContaining("jdbc:sqlite:");
    }

    @Test
    void forNameAcceptsAliases() {
        assertThat(Dialects.forName("postgres").name()).isEqualTo("postgresql");
        assertThat(Dialects.forName("MariaDB").name()).isEqualTo("mysql");
        assertThat(Dialects.forName("h2").transactionalDdl()).isFalse();
        assertThat(Dialects.forName("sqlite").transactionalDdl()).isTrue();
        assertThat(Dialects.forName("postgresql").transactionalDdl()).isTrue();
        assertThat(Dialects.forName("mysql").transactionalDdl()).isFalse();
        assertThatThrownBy(() -> Dialects.forName("oracle"))
                .isInstanceOf(MigrateException.class)
                .hasMessage("Unknown dialect 'oracle'; use one of sqlite, postgresql, mysql, h2");
    }

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void detectsTheConnectedDatabase(TestDatabase db) throws Exception {
        try (TestDatabase.Fresh fresh = db.fresh(); Connection connection = fresh.connect()) {
            assertThat(Dialects.detect(connection)).isSameAs(db.dialect());
            assertThat(Dialects.forUrl(fresh.url())).isSameAs(db.dialect());
        }
    }
}
