package dev.migrate.autoconfigure.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.autoconfigure.actuate.MigrationsEndpoint.ContextDescriptor;
import dev.migrate.autoconfigure.actuate.MigrationsEndpoint.MigratorDescriptor;
import dev.migrate.autoconfigure.actuate.MigrationsEndpoint.RevisionDescriptor;
import dev.migrate.autoconfigure.actuate.MigrationsEndpoint.RevisionsDescriptor;
import dev.migrate.dialect.Dialects;
import dev.migrate.runtime.MigrationLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.autoconfigure.endpoint.jackson.JacksonEndpointAutoConfiguration;
import org.springframework.boot.actuate.endpoint.jackson.EndpointJsonMapper;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.JsonNode;

/**
 * What {@link MigrationsEndpoint} reports, on SQLite files migrated for real.
 */
class MigrationsEndpointTests {

    @TempDir
    Path directory;

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withBean("endpoint", MigrationsEndpoint.class);

    @Test
    void reportDescribesWhereTheDatabaseStandsAgainstTheGraph() {
        Instant before = Instant.now().minusSeconds(1);
        RevisionScripts fixture = new RevisionScripts(directory).appliedEditedAndAhead();
        contextRunner.withBean("migrate", Migrate.class, fixture::migrate).run(context -> {
            Instant after = Instant.now().plusSeconds(1);
            Map<String, ContextDescriptor<MigratorDescriptor>> contexts = context.getBean(MigrationsEndpoint.class)
                    .migrations().contexts();
            assertThat(contexts).containsOnlyKeys(context.getId());
            assertThat(contexts.get(context.getId()).parentId()).isNull();
            assertThat(contexts.get(context.getId()).migrators()).containsOnlyKeys("migrate");
            MigratorDescriptor migrator = contexts.get(context.getId()).migrators().get("migrate");
            assertThat(migrator.current()).containsExactly("m1", "zz9");
            assertThat(migrator.heads()).containsExactly("x1", "d1");
            assertThat(migrator.pending()).containsExactly("x1", "d1");
            assertThat(migrator.upToDate()).isFalse();
            assertThat(migrator.revisions()).extracting(RevisionDescriptor::id)
                    .containsExactly("zz9", "d1", "m1", "b1", "c1", "x1", "a1");
            assertThat(migrator.revisions()).extracting(RevisionDescriptor::state).containsExactly("unknown",
                    "pending", "applied", "applied", "applied", "pending", "applied");
            assertThat(migrator.revisions()).extracting(RevisionDescriptor::checksum).containsExactly("none", "none",
                    "matches", "edited", "matches", "none", "matches");
            for (RevisionDescriptor revision : migrator.revisions()) {
                if (revision.state().equals("pending")) {
                    assertThat(revision.appliedAt()).as(revision.id()).isNull();
                    assertThat(revision.duration()).as(revision.id()).isNull();
                } else {
                    assertThat(revision.appliedAt()).as(revision.id()).isBetween(before, after);
                    assertThat(revision.duration()).as(revision.id()).isBetween(Duration.ZERO, Duration.ofMinutes(1));
                }
            }
            RevisionDescriptor unknown = revision(migrator, "zz9");
            assertThat(unknown.parents()).isEmpty();
            assertThat(unknown.dependencies()).isEmpty();
            assertThat(unknown.branchLabels()).isEmpty();
            assertThat(unknown.message()).isEqualTo("from a newer release");
            assertThat(flags(unknown)).containsExactly(false, false, false);

            RevisionDescriptor d1 = revision(migrator, "d1");
            assertThat(d1.parents()).containsExactly("m1");
            assertThat(d1.dependencies()).containsExactly("x1");
            assertThat(d1.branchLabels()).containsExactly("reports");
            assertThat(d1.message()).isEqualTo("audit accounts");
            assertThat(flags(d1)).containsExactly(true, false, false);

            RevisionDescriptor m1 = revision(migrator, "m1");
            assertThat(m1.parents()).containsExactly("b1", "c1");
            assertThat(m1.message()).isEqualTo("merge email and reports");
            assertThat(flags(m1)).containsExactly(false, false, true);

            RevisionDescriptor b1 = revision(migrator, "b1");
            assertThat(b1.parents()).containsExactly("a1");
            assertThat(b1.branchLabels()).isEmpty();
            assertThat(flags(b1)).containsExactly(false, false, false);

            RevisionDescriptor c1 = revision(migrator, "c1");
            assertThat(c1.branchLabels()).containsExactly("reports");
            assertThat(c1.message()).isEqualTo("create report");

            RevisionDescriptor x1 = revision(migrator, "x1");
            assertThat(x1.parents()).isEmpty();
            assertThat(x1.branchLabels()).containsExactly("audit");
            assertThat(flags(x1)).containsExactly(true, false, false);

            RevisionDescriptor a1 = revision(migrator, "a1");
            assertThat(a1.parents()).isEmpty();
            assertThat(a1.dependencies()).isEmpty();
            assertThat(a1.message()).isEqualTo("create account");
            assertThat(flags(a1)).containsExactly(false, true, false);
        });
    }

    @Test
    void databaseAtTheHeadsIsUpToDateWithEveryRevisionApplied() {
        RevisionScripts fixture = new RevisionScripts(directory);
        fixture.migrate().upgrade("heads");
        contextRunner.withBean("migrate", Migrate.class, fixture::migrate).run(context -> {
            MigratorDescriptor migrator = migrator(context.getBean(MigrationsEndpoint.class), context.getId(),
                    "migrate");
            assertThat(migrator.current()).containsExactly("x1", "d1");
            assertThat(migrator.pending()).isEmpty();
            assertThat(migrator.upToDate()).isTrue();
            assertThat(migrator.revisions()).extracting(RevisionDescriptor::state).containsOnly("applied");
            assertThat(migrator.revisions()).extracting(RevisionDescriptor::checksum).containsOnly("matches");
        });
    }

    @Test
    void downgradedRevisionIsPendingWithoutItsEarlierUpgrade() {
        RevisionScripts fixture = new RevisionScripts(directory);
        fixture.migrate().upgrade("heads");
        fixture.migrate().downgrade("m1");
        contextRunner.withBean("migrate", Migrate.class, fixture::migrate).run(context -> {
            MigratorDescriptor migrator = migrator(context.getBean(MigrationsEndpoint.class), context.getId(),
                    "migrate");
            assertThat(migrator.pending()).containsExactly("d1");
            RevisionDescriptor d1 = revision(migrator, "d1");
            assertThat(d1.state()).isEqualTo("pending");
            assertThat(d1.appliedAt()).isNull();
            assertThat(d1.checksum()).isEqualTo("none");
        });
    }

    @Test
    void stampedRevisionIsAppliedWithoutTimeOrChecksum() {
        RevisionScripts fixture = new RevisionScripts(directory);
        fixture.migrate().stamp(List.of("a1"), false);
        contextRunner.withBean("migrate", Migrate.class, fixture::migrate).run(context -> {
            RevisionDescriptor a1 = revision(
                    migrator(context.getBean(MigrationsEndpoint.class), context.getId(), "migrate"), "a1");
            assertThat(a1.state()).isEqualTo("applied");
            assertThat(a1.appliedAt()).isNull();
            assertThat(a1.duration()).isNull();
            assertThat(a1.checksum()).isEqualTo("none");
        });
    }

    @Test
    void readingAFreshDatabaseReportsEverythingPendingAndCreatesNothing() {
        RevisionScripts fixture = new RevisionScripts(directory);
        contextRunner.withBean("migrate", Migrate.class, fixture::migrate).run(context -> {
            MigratorDescriptor migrator = migrator(context.getBean(MigrationsEndpoint.class), context.getId(),
                    "migrate");
            assertThat(migrator.current()).isEmpty();
            assertThat(migrator.pending()).containsExactlyInAnyOrder("a1", "b1", "c1", "m1", "x1", "d1");
            assertThat(migrator.upToDate()).isFalse();
            assertThat(migrator.revisions()).extracting(RevisionDescriptor::state).containsOnly("pending");
            assertThat(tables(fixture.dataSource())).isEmpty();
            assertThat(Files.list(directory).map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.contains("lock"));
        });
    }

    @Test
    void readingDoesNotWaitForTheMigrationLock() throws Exception {
        RevisionScripts fixture = new RevisionScripts(directory).appliedEditedAndAhead();
        DataSource dataSource = fixture.dataSource();
        try (Connection connection = dataSource.getConnection();
                MigrationLock lock = MigrationLock.acquire(connection, Dialects.forName("sqlite"),
                        dataSource::getConnection, "migrate_version", Duration.ZERO)) {
            contextRunner.withBean("migrate", Migrate.class, fixture::migrate).run(context -> {
                MigrationsEndpoint endpoint = context.getBean(MigrationsEndpoint.class);
                MigratorDescriptor migrator = CompletableFuture
                        .supplyAsync(() -> migrator(endpoint, context.getId(), "migrate"))
                        .get(20, TimeUnit.SECONDS);
                assertThat(migrator.current()).containsExactly("m1", "zz9");
            });
        }
    }

    @Test
    void scriptsWithoutRevisionsReportAnEmptyGraph() throws Exception {
        Path empty = Files.createDirectories(directory.resolve("empty"));
        RevisionScripts fixture = new RevisionScripts(directory);
        contextRunner.withBean("migrate", Migrate.class, () -> Migrate.configure().dataSource(fixture.dataSource())
                .locations(List.of("filesystem:" + empty)).load()).run(context -> {
                    MigratorDescriptor migrator = migrator(context.getBean(MigrationsEndpoint.class),
                            context.getId(), "migrate");
                    assertThat(migrator.current()).isEmpty();
                    assertThat(migrator.heads()).isEmpty();
                    assertThat(migrator.pending()).isEmpty();
                    assertThat(migrator.upToDate()).isTrue();
                    assertThat(migrator.revisions()).isEmpty();
                });
    }

    @Test
    void everyMigrateBeanIsReportedUnderItsName() {
        RevisionScripts first = new RevisionScripts(directory.resolve("first")).appliedEditedAndAhead();
        RevisionScripts second = new RevisionScripts(directory.resolve("second"));
        contextRunner.withBean("first", Migrate.class, first::migrate)
                .withBean("second", Migrate.class, second::migrate).run(context -> {
                    MigrationsEndpoint endpoint = context.getBean(MigrationsEndpoint.class);
                    assertThat(endpoint.migrations().contexts().get(context.getId()).migrators())
                            .containsOnlyKeys("first", "second");
                    assertThat(migrator(endpoint, context.getId(), "first").current()).containsExactly("m1", "zz9");
                    assertThat(migrator(endpoint, context.getId(), "second").current()).isEmpty();
                });
    }

    @Test
    void childContextReportsItsOwnAndItsParentsMigratorsWithTheParentId() {
        RevisionScripts parentScripts = new RevisionScripts(directory.resolve("parent")).appliedEditedAndAhead();
        RevisionScripts childScripts = new RevisionScripts(directory.resolve("child"));
        new ApplicationContextRunner().withBean("parentMigrate", Migrate.class, parentScripts::migrate).run(parent -> {
            contextRunner.withParent(parent).withBean("childMigrate", Migrate.class, childScripts::migrate)
                    .run(context -> {
                        Map<String, ContextDescriptor<MigratorDescriptor>> contexts = context
                                .getBean(MigrationsEndpoint.class).migrations().contexts();
                        assertThat(contexts).containsOnlyKeys(context.getId(), parent.getId());
                        assertThat(contexts.get(context.getId()).parentId()).isEqualTo(parent.getId());
                        assertThat(contexts.get(context.getId()).migrators()).containsOnlyKeys("childMigrate");
                        assertThat(contexts.get(parent.getId()).parentId()).isNull();
                        assertThat(contexts.get(parent.getId()).migrators()).containsOnlyKeys("parentMigrate");
                        assertThat(contexts.get(parent.getId()).migrators().get("parentMigrate").current())
                                .containsExactly("m1", "zz9");
                    });
        });
    }

    @Test
    void selectorDescribesOneRevisionForEachMigratorThatKnowsIt() {
        RevisionScripts first = new RevisionScripts(directory.resolve("first")).appliedEditedAndAhead();
        RevisionScripts second = new RevisionScripts(directory.resolve("second"));
        contextRunner.withBean("first", Migrate.class, first::migrate)
                .withBean("second", Migrate.class, second::migrate).run(context -> {
                    MigrationsEndpoint endpoint = context.getBean(MigrationsEndpoint.class);
                    RevisionsDescriptor b1 = endpoint.migrationRevision("b1");
                    Map<String, RevisionDescriptor> migrators = b1.contexts().get(context.getId()).migrators();
                    assertThat(migrators).containsOnlyKeys("first", "second");
                    assertThat(migrators.get("first").state()).isEqualTo("applied");
                    assertThat(migrators.get("first").checksum()).isEqualTo("edited");
                    assertThat(migrators.get("second").state()).isEqualTo("pending");
                    assertThat(migrators.get("first")).isEqualTo(
                            revision(migrator(endpoint, context.getId(), "first"), "b1"));

                    RevisionsDescriptor zz9 = endpoint.migrationRevision("zz9");
                    assertThat(zz9.contexts().get(context.getId()).migrators()).containsOnlyKeys("first");
                    assertThat(zz9.contexts().get(context.getId()).migrators().get("first").state())
                            .isEqualTo("unknown");
                });
    }

    @Test
    void selectorReturnsNothingForARevisionNoMigratorKnows() {
        RevisionScripts fixture = new RevisionScripts(directory).appliedEditedAndAhead();
        contextRunner.withBean("migrate", Migrate.class, fixture::migrate).run(context -> {
            MigrationsEndpoint endpoint = context.getBean(MigrationsEndpoint.class);
            assertThat(endpoint.migrationRevision("nope")).isNull();
            assertThat(endpoint.migrationRevision("b")).as("a prefix is not an id").isNull();
        });
    }

    @Test
    void jsonFromTheActuatorMapperHasTheDocumentedShapeAndNoConnectionDetails() {
        RevisionScripts fixture = new RevisionScripts(directory).appliedEditedAndAhead();
        String url = "jdbc:sqlite:" + fixture.database;
        contextRunner.withConfiguration(AutoConfigurations.of(JacksonEndpointAutoConfiguration.class))
                .withBean("migrate", Migrate.class, () -> Migrate.configure().url(url, "scott", "tiger")
                        .locations(List.of("filesystem:" + fixture.scripts)).load())
                .run(context -> {
                    MigrationsEndpoint endpoint = context.getBean(MigrationsEndpoint.class);
                    var mapper = context.getBean(EndpointJsonMapper.class).get();
                    String json = mapper.writeValueAsString(endpoint.migrations());
                    String revisionJson = mapper.writeValueAsString(endpoint.migrationRevision("zz9"));
                    for (String body : List.of(json, revisionJson)) {
                        assertThat(body).doesNotContain("jdbc:", "sqlite:", fixture.database.toString(), "app.db",
                                "scott", "tiger", "password", "url", "user");
                    }

                    JsonNode migrator = mapper.readTree(json).get("contexts").get(context.getId()).get("migrators")
                            .get("migrate");
                    assertThat(names(migrator)).containsExactly("current", "heads", "pending", "upToDate",
                            "revisions");
                    assertThat(migrator.get("current").toString()).isEqualTo("[\"m1\",\"zz9\"]");
                    assertThat(migrator.get("upToDate").asBoolean()).isFalse();
                    JsonNode b1 = migrator.get("revisions").get(3);
                    assertThat(names(b1)).containsExactly("id", "parents", "dependencies", "branchLabels", "message",
                            "head", "branchPoint", "mergePoint", "state", "appliedAt", "duration", "checksum");
                    assertThat(b1.get("id").asString()).isEqualTo("b1");
                    assertThat(b1.get("state").asString()).isEqualTo("applied");
                    assertThat(b1.get("checksum").asString()).isEqualTo("edited");
                    assertThat(Instant.parse(b1.get("appliedAt").asString())).isBefore(Instant.now());
                    assertThat(Duration.parse(b1.get("duration").asString()).isNegative()).isFalse();
                    JsonNode d1 = migrator.get("revisions").get(1);
                    assertThat(d1.get("state").asString()).isEqualTo("pending");
                    assertThat(d1.has("appliedAt")).as("null values are left out").isFalse();
                    assertThat(d1.has("duration")).isFalse();

                    JsonNode zz9 = mapper.readTree(revisionJson).get("contexts").get(context.getId())
                            .get("migrators").get("migrate");
                    assertThat(zz9.get("state").asString()).isEqualTo("unknown");
                });
    }

    private static MigratorDescriptor migrator(MigrationsEndpoint endpoint, String contextId, String name) {
        return endpoint.migrations().contexts().get(contextId).migrators().get(name);
    }

    private static RevisionDescriptor revision(MigratorDescriptor migrator, String id) {
        return migrator.revisions().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Boolean> flags(RevisionDescriptor revision) {
        return List.of(revision.head(), revision.branchPoint(), revision.mergePoint());
    }

    private static List<String> names(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }

    private static List<String> tables(DataSource dataSource) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
