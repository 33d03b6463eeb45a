package dev.migrate.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;

/** What both the SQLite and the PostgreSQL runs of the sample app must show over HTTP. */
final class ShopAssertions {

    static final String HEAD = "d9a3e4f5a605";

    private ShopAssertions() {
    }

    static void migrationsEndpointShowsTheMergedHead(ShopHttp http) throws Exception {
        HttpResponse<String> response = http.get("/actuator/migrations");
        assertThat(response.statusCode()).isEqualTo(200);
        String json = response.body();
        List<List<String>> current = JsonPath.read(json, "$.contexts.*.migrators.*.current");
        assertThat(current).containsExactly(List.of(HEAD));
        List<Boolean> upToDate = JsonPath.read(json, "$.contexts.*.migrators.*.upToDate");
        assertThat(upToDate).containsExactly(true);
        List<String> ids = JsonPath.read(json, "$.contexts.*.migrators.*.revisions[*].id");
        assertThat(ids).containsExactlyInAnyOrder("1f0a2b3c4d01", "1f0a2b3c4d02", "b7e1c2d3e403", "c8f2d3e4f504", HEAD);
        List<String> states = JsonPath.read(json, "$.contexts.*.migrators.*.revisions[*].state");
        assertThat(states).containsOnly("applied");
        assertThat(json).doesNotContain("jdbc:").doesNotContainIgnoringCase("password");

        HttpResponse<String> one = http.get("/actuator/migrations/b7e1c2d3e403");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("create purchase order").contains("orders");
    }

    static void healthIsUpWithTheMigrationsDetail(ShopHttp http) throws Exception {
        HttpResponse<String> response = http.get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        String status = JsonPath.read(response.body(), "$.status");
        assertThat(status).isEqualTo("UP");
        assertThat(response.body()).contains("\"migrations\"");
    }

    static void theShopWorksOnTheMigratedSchema(ShopHttp http) throws Exception {
        HttpResponse<String> products = http.get("/products");
        assertThat(products.statusCode()).isEqualTo(200);
        List<String> names = JsonPath.read(products.body(), "$[*].name");
        assertThat(names).containsExactlyInAnyOrder("Keyboard", "Mouse", "Monitor");
        HttpResponse<String> customer = http.post("/customers", "{\"name\":\"Ann\",\"email\":\"ann@example.com\"}");
        assertThat(customer.statusCode()).as(customer.body()).isEqualTo(201);
        Number customerId = JsonPath.read(customer.body(), "$.id");
        List<Number> productIds = JsonPath.read(products.body(), "$[*].id");
        HttpResponse<String> order = http.post("/orders", "{\"customerId\":" + customerId + ",\"productId\":"
                + productIds.get(0) + ",\"quantity\":2}");
        assertThat(order.statusCode()).as(order.body()).isEqualTo(201);
        HttpResponse<String> orders = http.get("/orders");
        List<String> buyers = JsonPath.read(orders.body(), "$[*].customer.email");
        assertThat(buyers).containsExactly("ann@example.com");
    }
}
