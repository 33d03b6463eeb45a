package dev.migrate.benchmarks;

import dev.migrate.revision.Plan;
import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.script.Script;
import dev.migrate.script.ScriptLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Times the revision engine in-process on generated graphs of SQL revision files: loading and
 * parsing the scripts, building the graph, {@code heads}, {@code history} and full upgrade and
 * downgrade plans. Each figure is the median of several runs after warm-up.
 *
 * <p>Run: {@code ./mvnw -q -pl benchmarks -am install -DskipTests && ./mvnw -q -pl benchmarks exec:exec}
 * (optional {@code -Dbenchmark.linear=10000 -Dbenchmark.merged=3000}: sizes of the two graphs).
 */
public final class GraphBenchmark {

    private static final int RUNS = 15;
    private static final int WARM_UP = 10;

    private GraphBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int linear = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int merged = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        System.out.printf(Locale.ROOT, "Java %s, %d cores; median of %d runs after %d warm-up runs, milliseconds%n%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), RUNS, WARM_UP);
        System.out.println("| graph | revisions | load scripts | build graph | heads | history | upgrade plan"
                + " base->head | downgrade plan head->base |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        measure("linear", linearGraph(linear));
        measure("merge every 10", mergeGraph(merged));
    }

    private static void measure(String name, Path directory) {
        List<String> locations = List.of("filesystem:" + directory);
        ClassLoader loader = GraphBenchmark.class.getClassLoader();
        double load = median(() -> ScriptLoader.load(locations, "sqlite", loader));
        List<Script> scripts = ScriptLoader.load(locations, "sqlite", loader);
        List<Revision> revisions = scripts.stream().map(Script::revision).toList();
        double build = median(() -> RevisionGraph.of(revisions));
        RevisionGraph graph = RevisionGraph.of(revisions);
        double heads = median(graph::heads);
        double history = median(() -> graph.history(null, null, List.of()));
        double upgrade = median(() -> graph.upgrade(List.of(), "heads"));
        List<String> top = graph.realHeads();
        double downgrade = median(() -> graph.downgrade(top, "base"));
        Plan check = graph.downgrade(top, "base");
        if (check.steps().size() != graph.size() || !check.endHeads().isEmpty()) {
            throw new IllegalStateException("downgrade plan did not cover the graph");
        }
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.3f | %.1f | %.1f | %.1f |%n", name, graph.size(),
                load, build, heads, history, upgrade, downgrade);
    }

    private static double median(Supplier<?> action) {
        for (int i = 0; i < WARM_UP; i++) {
            action.get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            action.get();
            times.add((System.nanoTime() - start) / 1_000_000.0);
        }
        times.sort(Double::compare);
        return times.get(RUNS / 2);
    }

    private static Path linearGraph(int size) throws IOException {
        Path directory = Files.createTempDirectory("migrate-bench-linear");
        String previous = null;
        for (int i = 0; i < size; i++) {
            String id = String.format(Locale.ROOT, "r%06d", i);
            write(directory, id, previous == null ? List.of() : List.of(previous), i);
            previous = id;
        }
        return directory;
    }

    /** Two lines growing side by side and merged every ten revisions. */
    private static Path mergeGraph(int size) throws IOException {
        Path directory = Files.createTempDirectory("migrate-bench-merge");
        String tip = "m000000";
        write(directory, tip, List.of(), 0);
        int count = 1;
        while (count < size) {
            String left = tip;
            String right = tip;
            for (int i = 0; i < 4 && count < size; i++) {
                String l = String.format(Locale.ROOT, "a%06d", count++);
                write(directory, l, List.of(left), count);
                left = l;
                String r = String.format(Locale.ROOT, "b%06d", count++);
                write(directory, r, List.of(right), count);
                right = r;
            }
            String merge = String.format(Locale.ROOT, "m%06d", count++);
            write(directory, merge, left.equals(right) ? List.of(left) : List.of(left, right), count);
            tip = merge;
        }
        return directory;
    }

    private static void write(Path directory, String id, List<String> revises, int n) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("-- migrate:revision ").append(id).append('\n');
        if (!revises.isEmpty()) {
            text.append("-- migrate:revises ").append(String.join(" ", revises)).append('\n');
        }
        text.append("-- migrate:message step ").append(n).append("\n\n");
        text.append("-- migrate:upgrade\nCREATE TABLE t_").append(id).append(" (id INTEGER PRIMARY KEY);\n\n");
        text.append("-- migrate:downgrade\nDROP TABLE t_").append(id).append(";\n");
        Files.writeString(directory.resolve(id + "_step_" + n + ".sql"), text.toString());
    }
}
