package dev.migrate.autoconfigure.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A minimal web application with Actuator and one {@link Migrate} bean, read over real HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.application.name=sample", "management.endpoints.web.exposure.include=migrations,health",
        "management.endpoint.health.show-details=always" })
class MigrationsEndpointHttpTests {

    @TempDir
    static Path directory;

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void endpointAnswersWithTheActuatorMediaTypeAndTheMigrators() throws Exception {
        HttpResponse<String> response = get("/actuator/migrations");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/vnd.spring-boot.actuator.v3+json"));
        JsonNode migrator = json.readTree(response.body()).get("contexts").get("sample").get("migrators")
                .get("migrate");
        assertThat(migrator.get("current").toString()).isEqualTo("[\"m1\",\"zz9\"]");
        assertThat(migrator.get("pending").toString()).isEqualTo("[\"x1\",\"d1\"]");
        assertThat(migrator.get("revisions").size()).isEqualTo(7);
        assertThat(response.body()).doesNotContain("jdbc:", directory.toString());
    }

    @Test
    void selectorAnswersOneRevisionAndNotFoundForAnUnknownOne() throws Exception {
        HttpResponse<String> b1 = get("/actuator/migrations/b1");
        assertThat(b1.statusCode()).isEqualTo(200);
        JsonNode revision = json.readTree(b1.body()).get("contexts").get("sample").get("migrators").get("migrate");
        assertThat(revision.get("id").asString()).isEqualTo("b1");
        assertThat(revision.get("checksum").asString()).isEqualTo("edited");
        assertThat(get("/actuator/migrations/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void healthIsDownWithTheMigrationDetails() throws Exception {
        HttpResponse<String> response = get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode migrations = json.readTree(response.body()).get("components").get("migrations");
        assertThat(migrations.get("status").asString()).isEqualTo("DOWN");
        assertThat(migrations.get("details").get("unknown").toString()).isEqualTo("[\"zz9\"]");
        assertThat(migrations.get("details").get("pending").toString()).isEqualTo("[\"x1\",\"d1\"]");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class SampleApplication {

        @Bean
        Migrate migrate() {
            return new RevisionScripts(directory).appliedEditedAndAhead().migrate();
        }
    }
}
