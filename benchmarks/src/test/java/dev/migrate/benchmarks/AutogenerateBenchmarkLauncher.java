package dev.migrate.benchmarks;

import org.junit.jupiter.api.Test;

/**
 * Not a test: starts {@link AutogenerateBenchmark} in the JVM Surefire forks, with the module's
 * class path. The module's Surefire runs nothing unless the {@code autogenerate-benchmark}
 * profile is active (see docs/benchmarks.md).
 */
class AutogenerateBenchmarkLauncher {

    @Test
    void run() throws Exception {
        AutogenerateBenchmark.main(new String[] {System.getProperty("benchmark.entities", "300")});
    }
}
