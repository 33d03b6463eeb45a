package dev.migrate.benchmarks;

import dev.migrate.autogenerate.Change;
import dev.migrate.autogenerate.Diff;
import dev.migrate.autogenerate.DiffOptions;
import dev.migrate.autogenerate.JavaRevisionRenderer;
import dev.migrate.autogenerate.SchemaDiff;
import dev.migrate.autogenerate.TableRows;
import dev.migrate.autogenerate.hibernate.HibernateModelReader;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.schema.Schema;
import dev.migrate.script.ScriptBody;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hibernate.boot.Metadata;

/**
 * Times autogenerate on a generated JPA model of 300 entities ({@link GeneratedModel}): reading
 * the model from Hibernate's boot metadata ({@code HibernateModelReader.read}), comparing it with
 * the database schema ({@code SchemaDiff.compare}) and rendering the Java revision
 * ({@code JavaRevisionRenderer.render}), for PostgreSQL and SQLite, against
 * <ul>
 *   <li>an empty database: every table, index, foreign key and sequence to create;
 *   <li>a database that has drifted from the model on every tenth table ({@link SchemaDrift}),
 *       a schema derived from the model rather than reflected from a live database.
 * </ul>
 * Hibernate's bootstrap (building the metadata from the classes) is timed apart, for context:
 * it is not part of the figure, since an application that autogenerates has already paid it.
 * Each figure is the median, with the fastest and slowest run, of several runs after warm-up.
 *
 * <p>Run: {@code ./mvnw -o -q -pl benchmarks -am verify -DskipTests -Pautogenerate-benchmark}
 * (optional {@code -Dbenchmark.entities=300}).
 */
public final class AutogenerateBenchmark {

    private static final int RUNS = 15;
    private static final int WARM_UP = 10;
    private static final int BOOTSTRAP_RUNS = 5;
    private static final List<String> DIALECTS = List.of("postgresql", "sqlite");

    /** Hibernate logs through java.util.logging here: INFO and WARN lines on every offline bootstrap. */
    private static final java.util.logging.Logger HIBERNATE_LOG = java.util.logging.Logger.getLogger("org.hibernate");

    private AutogenerateBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        HIBERNATE_LOG.setLevel(java.util.logging.Level.SEVERE);
        long start = System.nanoTime();
        GeneratedModel generated = GeneratedModel.create(entities);
        double compile = millis(start);
        System.out.printf(Locale.ROOT, "Java %s, %d cores; %d entities written and compiled in %.0f ms in %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), entities, compile,
                generated.directory());
        System.out.printf(Locale.ROOT, "median [fastest-slowest] of %d runs after %d warm-up runs, milliseconds%n%n",
                RUNS, WARM_UP);

        List<String> bootstrap = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        List<String> drift = new ArrayList<>();
        for (String name : DIALECTS) {
            Dialect dialect = Dialects.forName(name);
            long first = System.nanoTime();
            Metadata metadata = HibernateModelReader.buildOffline(name, generated.classNames(), generated.classLoader());
            double cold = millis(first);
            Timing warm = time(0, BOOTSTRAP_RUNS,
                    () -> HibernateModelReader.buildOffline(name, generated.classNames(), generated.classLoader()));
            bootstrap.add(String.format(Locale.ROOT, "| %s | %.0f | %s |", name, cold, warm.format("%.0f")));

            Schema model = HibernateModelReader.read(metadata);
            Diff same = compare(model, model, dialect);
            if (!same.isEmpty()) {
                throw new IllegalStateException("the model differs from itself on " + name + ": "
                        + same.changes().stream().map(Change::description).toList());
            }
            Schema empty = new Schema(List.of(), List.of());
            Schema drifted = SchemaDrift.of(model, 10);
            List<Case> cases = List.of(new Case("empty", empty), new Case("drifted", drifted));
            // the first case measured must not pay for compiling what both run
            for (int i = 0; i < WARM_UP; i++) {
                for (Case c : cases) {
                    JavaRevisionRenderer.render(compare(HibernateModelReader.read(metadata), c.database(), dialect), dialect);
                }
            }
            for (Case c : cases) {
                Diff diff = compare(model, c.database(), dialect);
                ScriptBody body = JavaRevisionRenderer.render(diff, dialect);
                // the whole first, the parts after: their warm-up then follows the whole's
                Timing total = time(WARM_UP, RUNS, () -> JavaRevisionRenderer.render(
                        compare(HibernateModelReader.read(metadata), c.database(), dialect), dialect));
                Timing read = time(WARM_UP, RUNS, () -> HibernateModelReader.read(metadata));
                Timing comparing = time(WARM_UP, RUNS, () -> compare(model, c.database(), dialect));
                Timing rendering = time(WARM_UP, RUNS, () -> JavaRevisionRenderer.render(diff, dialect));
                rows.add(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %d | %d | %s | %s | %s | %s |", name, c.name(),
                        model.tables().size(), columnsPerTable(model), diff.changes().size(),
                        body.upgrade().size() + body.downgrade().size(), read.format("%.1f"), comparing.format("%.1f"),
                        rendering.format("%.1f"), total.format("%.1f")));
                if (c.database() == drifted) {
                    drift.add(name + ": " + kinds(diff));
                }
            }
        }
        System.out.println("Hibernate bootstrap, excluded from the figures below (buildOffline, all entities):");
        System.out.println();
        System.out.println("| dialect | first build | later builds |");
        System.out.println("|---|---|---|");
        bootstrap.forEach(System.out::println);
        System.out.println();
        System.out.println("| dialect | database | tables | columns/table | changes | script lines | read model | compare"
                + " | render | read + compare + render |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.println();
        System.out.println("Changes found on the drifted database:");
        drift.forEach(line -> System.out.println("- " + line));
        try (var paths = java.nio.file.Files.walk(generated.directory())) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private record Case(String name, Schema database) {
    }

    private static Diff compare(Schema model, Schema database, Dialect dialect) {
        return SchemaDiff.compare(model, database, dialect, DiffOptions.defaults(), TableRows.ASSUME_ROWS);
    }

    private static double columnsPerTable(Schema schema) {
        return schema.tables().stream().filter(t -> t.column("code").isPresent())
                .mapToInt(t -> t.columns().size()).average().orElse(0);
    }

    /** How many changes of each kind ("add column", "create index", ...). */
    private static String kinds(Diff diff) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Change change : diff.changes()) {
            String[] words = change.description().split(" ");
            String kind = words[0] + " " + (words[1].equals("unique") || words[1].equals("foreign") ? words[1] + " "
                    + words[2] : words[1]);
            counts.merge(kind, 1, Integer::sum);
        }
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** The median, fastest and slowest of {@code runs} timed runs, after {@code warmUp} untimed ones. */
    private static Timing time(int warmUp, int runs, Supplier<?> action) {
        // the garbage of the bootstraps and of the previous measurement is not this one's to collect
        System.gc();
        for (int i = 0; i < warmUp; i++) {
            action.get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            action.get();
            times.add(millis(start));
        }
        times.sort(Double::compare);
        return new Timing(times.get(runs / 2), times.get(0), times.get(runs - 1));
    }

    private record Timing(double median, double min, double max) {
        String format(String number) {
            return String.format(Locale.ROOT, number + " [" + number + "-" + number + "]", median, min, max);
        }
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1_000_000.0;
    }
}
