package dev.migrate.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.migrate.testing.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Autogenerate and {@code check} as a developer runs them: {@code java -jar sample-app.jar migrate
 * ...} against SQLite, H2 and (with {@code -Pdatabases}) PostgreSQL and MariaDB, with the shop's own
 * entities as the model.
 */
class AutogenerateIT {

    /** A line Spring Boot's console logging printed, not the command. */
    private static final Pattern LOG_LINE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\S+\\s+(TRACE|DEBUG|INFO|WARN|ERROR)\\b.*");

    @TempDir
    Path dir;

    /** A database the jar runs on, reachable from another process (H2 as a file, not in memory). */
    private record Database(TestDatabase kind, String url, String user, String password, AutoCloseable drop)
            implements AutoCloseable {

        static Database fresh(TestDatabase kind, Path dir) {
            if (kind == TestDatabase.H2) {
                return new Database(kind, "jdbc:h2:" + dir.resolve("shop").toAbsolutePath(), "sa", "", () -> {
                });
            }
            TestDatabase.Fresh fresh = kind.fresh();
            return new Database(kind, fresh.url(), fresh.user(), fresh.password(), fresh);
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        long count(String sql) throws SQLException {
            try (Connection connection = connect(); Statement statement = connection.createStatement();
                    var rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        }

        void execute(String sql) throws SQLException {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }

        @Override
        public void close() throws Exception {
            drop.close();
        }
    }

    private record Run(int status, String out, String err) {

        /** What the command printed, without Spring Boot's log lines. */
        List<String> lines() {
            return out.lines().filter(line -> !LOG_LINE.matcher(line).matches()).toList();
        }
    }

    static Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    private Process start(Database db, List<String> args, Path out, Path err) throws IOException {
        String jar = System.getProperty("sample.jar", "target/sample-app.jar");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.put("SPRING_DATASOURCE_URL", db.url());
        env.put("SPRING_DATASOURCE_USERNAME", db.user() == null ? "" : db.user());
        env.put("SPRING_DATASOURCE_PASSWORD", db.password() == null ? "" : db.password());
        if (db.kind() != TestDatabase.SQLITE) {
            // the app names the SQLite dialect; elsewhere Hibernate resolves the database's own
            env.put("SPRING_JPA_DATABASE_PLATFORM", "");
        }
        return builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }

    /** Runs {@code migrate <command>}; Spring properties ({@code --migrate.locations=...}) go before {@code migrate}. */
    private Run migrate(Database db, String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(Stream.of(command).filter(arg -> arg.startsWith("--migrate.")).toList());
        args.add("migrate");
        args.addAll(Stream.of(command).filter(arg -> !arg.startsWith("--migrate.")).toList());
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = start(db, args, out, err);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("migrate " + String.join(" ", command) + " did not finish in 120 s");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "an entity change without its revision fails check, and autogenerate writes it "
            + TestDatabase.DISPLAY_NAME)
    @MethodSource("databases")
    void aForgottenRevisionFailsCheckAndAutogenerateWritesIt(TestDatabase kind) throws Exception {
        try (Database db = Database.fresh(kind, dir)) {
            Path more = Files.createDirectories(dir.resolve("more"));
            String locations = "--migrate.locations=classpath:db/migrations,filesystem:" + more;
            Run upgrade = migrate(db, "upgrade", "head");
            assertThat(upgrade.status()).as(upgrade.toString()).isZero();

            Run clean = migrate(db, "check");
            assertThat(clean.lines()).as(clean.toString()).containsExactly("No problems detected.");
            assertThat(clean.status()).isZero();

            // someone added Customer.email to the entity and forgot the revision: here the column is
            // taken away from a table that holds a row instead
            db.execute("INSERT INTO customer (name, email) VALUES ('Ann', 'ann@example.com')");
            db.execute("ALTER TABLE customer DROP COLUMN email");

            Run drift = migrate(db, locations, "check");
            assertThat(drift.status()).as(drift.toString()).isEqualTo(1);
            assertThat(drift.lines()).containsExactly(
                    "PROBLEM: the JPA model and the database differ: [SAFE] add column customer.email",
                    "Generate the revision that makes them match with 'migrate revision --autogenerate -m \"...\"'.",
                    "1 problem detected.");

            Run generate = migrate(db, locations, "revision", "--autogenerate", "-m", "add customer email again",
                    "--format", "sql", "--rev-id", "e0e0e0e0e0e0", "--version-path", more.toString());
            Path script = more.resolve("e0e0e0e0e0e0_add_customer_email_again.sql");
            assertThat(generate.lines()).as(generate.toString()).containsExactly(
                    "Detected [SAFE] add column customer.email",
                    "Generating " + script.toAbsolutePath() + " ...  done");
            String sql = Files.readString(script);
            assertThat(sql).contains("-- migrate:revises d9a3e4f5a605")
                    .containsIgnoringCase("ALTER TABLE customer ADD")
                    .containsIgnoringCase("email");

            Run apply = migrate(db, locations, "upgrade", "head");
            assertThat(apply.status()).as(apply.toString()).isZero();
            Run again = migrate(db, locations, "check");
            assertThat(again.lines()).as(again.toString()).containsExactly("No problems detected.");
            assertThat(db.count("SELECT COUNT(*) FROM customer WHERE name = 'Ann'")).isEqualTo(1);

            Run down = migrate(db, locations, "downgrade", "-1");
            assertThat(down.status()).as(down.toString()).isZero();
            assertThat(db.count("SELECT COUNT(*) FROM customer")).as("the row outlives the downgrade").isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "from an empty database, the revision autogenerate writes runs the shop "
            + TestDatabase.DISPLAY_NAME)
    @MethodSource("databases")
    void fromAnEmptyDatabaseTheAutogeneratedRevisionRunsTheShop(TestDatabase kind) throws Exception {
        try (Database db = Database.fresh(kind, dir)) {
            Path fresh = Files.createDirectories(dir.resolve("fresh"));
            String locations = "--migrate.locations=filesystem:" + fresh;

            Run generate = migrate(db, locations, "revision", "--autogenerate", "-m", "create the shop",
                    "--format", "sql", "--rev-id", "f1f1f1f1f1f1");
            assertThat(generate.lines()).as(generate.toString()).containsExactly(
                    "Detected [SAFE] create table customer",
                    "Detected [SAFE] create table product",
                    "Detected [SAFE] create table purchase_order",
                    "Generating " + fresh.resolve("f1f1f1f1f1f1_create_the_shop.sql").toAbsolutePath() + " ...  done");

            Run upgrade = migrate(db, locations, "upgrade", "head");
            assertThat(upgrade.status()).as(upgrade.toString()).isZero();
            Run again = migrate(db, locations, "revision", "--autogenerate", "-m", "nothing left");
            assertThat(again.lines()).as(again.toString()).containsExactly("No changes detected");
            try (Stream<Path> files = Files.list(fresh)) {
                assertThat(files.count()).as("no second file").isEqualTo(1);
            }

            // the shop itself, Hibernate validating its entities, on the schema autogenerate made
            db.execute("INSERT INTO product (name, price) VALUES ('Keyboard', 49.90)");
            int port = freePort();
            Process server = start(db, List.of(locations, "--server.port=" + port), dir.resolve("server.out"),
                    dir.resolve("server.err"));
            try {
                ShopHttp http = new ShopHttp(port);
                awaitStarted(http, server);
                HttpResponse<String> products = http.get("/products");
                Number productId = JsonPath.read(products.body(), "$[0].id");
                HttpResponse<String> customer = http.post("/customers", "{\"name\":\"Ann\",\"email\":\"ann@example.com\"}");
                assertThat(customer.statusCode()).as(customer.body()).isEqualTo(201);
                Number customerId = JsonPath.read(customer.body(), "$.id");
                HttpResponse<String> order = http.post("/orders", "{\"customerId\":" + customerId + ",\"productId\":"
                        + productId + ",\"quantity\":2}");
                assertThat(order.statusCode()).as(order.body()).isEqualTo(201);
                List<String> buyers = JsonPath.read(http.get("/orders").body(), "$[*].customer.email");
                assertThat(buyers).containsExactly("ann@example.com");
            } finally {
                server.destroy();
                server.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private void awaitStarted(ShopHttp http, Process server) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new AssertionError("the shop did not start:\n" + Files.readString(dir.resolve("server.out")));
            }
            try {
                if (http.get("/actuator/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the shop did not answer in 120 s:\n" + Files.readString(dir.resolve("server.out")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
