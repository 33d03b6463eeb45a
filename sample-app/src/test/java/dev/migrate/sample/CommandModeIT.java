package dev.migrate.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command mode in a separate JVM: {@code java -jar sample-app.jar migrate <command>} runs the
 * command against the application's own DataSource, prints, and exits with the command's status,
 * without starting the web server or upgrading at startup.
 */
class CommandModeIT {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private Run migrate(String... command) throws IOException, InterruptedException {
        String jar = System.getProperty("sample.jar", "target/sample-app.jar");
        List<String> args = new ArrayList<>(List.of(javaBinary(), "-jar", jar, "migrate"));
        args.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(args).directory(dir.toFile());
        builder.environment().put("SPRING_DATASOURCE_URL", "jdbc:sqlite:" + dir.resolve("shop.db"));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("migrate " + String.join(" ", command) + " did not finish in 120 s");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void commandModeRunsHeadsHistoryUpgradeDowngradeAndCurrent() throws Exception {
        Run heads = migrate("heads");
        assertThat(heads.status()).as(heads.toString()).isZero();
        assertThat(heads.out().lines().toList()).containsExactly("d9a3e4f5a605 (orders, contact) (head)");
        assertThat(heads.out()).doesNotContain("Tomcat started");
        assertThat(Files.exists(dir.resolve("shop.db")) && Files.size(dir.resolve("shop.db")) > 0
                && new String(Files.readAllBytes(dir.resolve("shop.db")), StandardCharsets.ISO_8859_1)
                        .contains("migrate_version"))
                .as("command mode does not upgrade at startup").isFalse();

        Run history = migrate("history");
        assertThat(history.status()).isZero();
        assertThat(history.out().lines().toList()).containsExactly(
                "b7e1c2d3e403, c8f2d3e4f504 -> d9a3e4f5a605 (orders, contact) (head) (mergepoint), merge orders and contact, "
                        + "seed products",
                "1f0a2b3c4d02 -> b7e1c2d3e403 (orders), create purchase order",
                "1f0a2b3c4d02 -> c8f2d3e4f504 (contact), add customer email",
                "1f0a2b3c4d01 -> 1f0a2b3c4d02 (branchpoint), create product",
                "<base> -> 1f0a2b3c4d01, create customer");

        Run contact = migrate("upgrade", "c8f2d3e4f504");
        assertThat(contact.status()).as(contact.toString()).isZero();
        assertThat(migrate("current").out().lines().toList()).containsExactly("c8f2d3e4f504");

        Run down = migrate("downgrade", "-1");
        assertThat(down.status()).as(down.toString()).isZero();
        assertThat(down.out() + down.err()).contains("Running downgrade c8f2d3e4f504 -> 1f0a2b3c4d02, add customer email");
        assertThat(migrate("current").out().lines().toList()).containsExactly("1f0a2b3c4d02 (branchpoint)");

        Run upgrade = migrate("upgrade", "head");
        assertThat(upgrade.status()).as(upgrade.toString()).isZero();
        assertThat(upgrade.out() + upgrade.err()).contains("Running upgrade b7e1c2d3e403, c8f2d3e4f504 -> d9a3e4f5a605");

        Run current = migrate("current");
        assertThat(current.status()).isZero();
        assertThat(current.out().lines().toList()).containsExactly("d9a3e4f5a605 (head) (mergepoint)");

        Run ambiguous = migrate("downgrade", "-1");
        assertThat(ambiguous.status()).as("downgrade -1 at a merge point is Alembic's ambiguous walk").isEqualTo(255);
        assertThat(ambiguous.out() + ambiguous.err()).contains("FAILED: Ambiguous walk");

        Run failing = migrate("upgrade", "nosuchrevision");
        assertThat(failing.status()).isEqualTo(255);
        assertThat(failing.out() + failing.err()).contains("FAILED: Can't locate revision identified by 'nosuchrevision'");
    }
}
