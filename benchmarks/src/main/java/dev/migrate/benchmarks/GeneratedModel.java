package dev.migrate.benchmarks;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A JPA model of many entities, written as Java sources into a temporary directory, compiled
 * with the JDK's compiler and loaded, so that Hibernate builds its metadata from real annotated
 * classes, as it would for an application.
 *
 * <p>Each entity is shaped like an ordinary business table: an identity id (every tenth a
 * {@code @SequenceGenerator} id), a unique business code, a name, an enum stored as a string and
 * one stored by ordinal (alternately: Hibernate adds a CHECK for each), money and date columns, a
 * unique UUID and an optimistic-lock version on some, one of two embeddables on two thirds of
 * them, two {@code @ManyToOne} relations to earlier entities (one NOT NULL), a self-reference on
 * every twentieth, two named indexes (one of two columns with a descending term) and a named
 * two-column unique constraint. That gives 8 to 15 columns a table, 12 on average.
 */
final class GeneratedModel {

    static final String PACKAGE = "bench.model";

    private static final String[] NOUNS = {
        "Account", "Customer", "Supplier", "Product", "PurchaseOrder", "OrderLine", "Invoice", "Payment",
        "Shipment", "Warehouse", "StockItem", "PriceList", "Contract", "Employee", "Department", "Project",
        "Ticket", "Campaign", "Voucher", "Refund"
    };

    private final List<String> classNames;
    private final ClassLoader classLoader;
    private final Path directory;

    private GeneratedModel(List<String> classNames, ClassLoader classLoader, Path directory) {
        this.classNames = List.copyOf(classNames);
        this.classLoader = classLoader;
        this.directory = directory;
    }

    /** The entity, embeddable and enum class names, to give Hibernate. */
    List<String> classNames() {
        return classNames;
    }

    ClassLoader classLoader() {
        return classLoader;
    }

    Path directory() {
        return directory;
    }

    /** Writes, compiles and loads a model of {@code entities} entities. */
    static GeneratedModel create(int entities) throws IOException {
        Path root = Files.createTempDirectory("migrate-bench-model");
        Path sources = Files.createDirectories(root.resolve("src").resolve(PACKAGE.replace('.', '/')));
        Path classes = Files.createDirectories(root.resolve("classes"));
        List<Path> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        files.add(write(sources, "Status", "public enum Status { DRAFT, ACTIVE, SUSPENDED, CLOSED }\n"));
        files.add(write(sources, "Priority", "public enum Priority { LOW, NORMAL, HIGH, URGENT }\n"));
        files.add(write(sources, "Address", ADDRESS));
        files.add(write(sources, "Money", MONEY));
        names.add(PACKAGE + ".Address");
        names.add(PACKAGE + ".Money");
        for (int i = 0; i < entities; i++) {
            files.add(write(sources, entityName(i), entity(i)));
            names.add(PACKAGE + "." + entityName(i));
        }
        compile(files, classes);
        try {
            ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    GeneratedModel.class.getClassLoader());
            return new GeneratedModel(names, loader, root);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String entityName(int i) {
        return NOUNS[i % NOUNS.length] + String.format(Locale.ROOT, "%03d", i);
    }

    private static String entity(int i) {
        String name = entityName(i);
        String table = snake(name);
        boolean sequence = i % 10 == 9;
        boolean owner = i > 0;
        StringBuilder s = new StringBuilder();
        s.append("import jakarta.persistence.*;\n");
        s.append("import java.math.BigDecimal;\nimport java.time.Instant;\nimport java.time.LocalDate;\n");
        s.append("import java.util.UUID;\n\n");
        s.append("@Entity\n@Table(indexes = {\n");
        s.append("        @Index(name = \"ix_").append(table).append("_name\", columnList = \"name\"),\n");
        s.append("        @Index(name = \"ix_").append(table).append("_status_created\", columnList = \"status, createdAt desc\")}");
        s.append(",\n    uniqueConstraints = @UniqueConstraint(name = \"uq_").append(table).append("_code\", columnNames = {")
                .append(owner ? "\"owner_id\", " : "").append("\"code\"})");
        s.append(")\npublic class ").append(name).append(" {\n\n");
        if (sequence) {
            s.append("    @Id\n    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"").append(table)
                    .append("_gen\")\n    @SequenceGenerator(name = \"").append(table).append("_gen\", sequenceName = \"")
                    .append(table).append("_seq\", allocationSize = 50)\n    Long id;\n\n");
        } else {
            s.append("    @Id\n    @GeneratedValue(strategy = GenerationType.IDENTITY)\n    Long id;\n\n");
        }
        s.append("    @Column(length = 40, nullable = false)\n    String code;\n\n");
        s.append("    @Column(length = 200, nullable = false)\n    String name;\n\n");
        if (i % 2 == 0) {
            s.append("    @Column(length = 2000)\n    String description;\n\n");
        }
        s.append("    @Enumerated(EnumType.STRING)\n    @Column(length = 20, nullable = false)\n    Status status;\n\n");
        if (i % 2 == 1) {
            s.append("    @Enumerated(EnumType.ORDINAL)\n    Priority priority;\n\n");
        }
        if (i % 3 != 0) {
            s.append("    @Column(precision = 12, scale = 2)\n    BigDecimal amount;\n\n");
        }
        s.append("    boolean active;\n\n");
        s.append("    @Column(nullable = false)\n    Instant createdAt;\n\n");
        if (i % 4 == 1) {
            s.append("    LocalDate validFrom;\n\n");
        }
        if (i % 5 == 0) {
            s.append("    @Column(unique = true)\n    UUID externalId;\n\n");
        }
        if (i % 4 == 0) {
            s.append("    @Version\n    long version;\n\n");
        }
        if (i % 3 == 0) {
            s.append("    @Embedded\n    Address address;\n\n");
        } else if (i % 3 == 1) {
            s.append("    @Embedded\n    Money price;\n\n");
        }
        if (owner) {
            s.append("    @ManyToOne(fetch = FetchType.LAZY, optional = false)\n    @JoinColumn(name = \"owner_id\", nullable = false)\n    ")
                    .append(entityName(ownerOf(i))).append(" owner;\n\n");
        }
        if (i > 1) {
            s.append("    @ManyToOne(fetch = FetchType.LAZY)\n    @JoinColumn(name = \"related_id\")\n    ")
                    .append(entityName(relatedOf(i))).append(" related;\n\n");
        }
        if (i % 20 == 10) {
            s.append("    @ManyToOne(fetch = FetchType.LAZY)\n    @JoinColumn(name = \"parent_id\")\n    ")
                    .append(name).append(" parent;\n\n");
        }
        s.append("}\n");
        return s.toString();
    }

    /** An earlier entity, at most ten back. */
    private static int ownerOf(int i) {
        return i - 1 - (i * 7) % Math.min(i, 10);
    }

    /** An earlier entity, about half-way back. */
    private static int relatedOf(int i) {
        return i / 2;
    }

    /** Spring Boot's snake-case physical naming of a class name. */
    static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static final String ADDRESS = """
            import jakarta.persistence.Column;
            import jakarta.persistence.Embeddable;

            @Embeddable
            public class Address {
                @Column(length = 120)
                String street;
                @Column(length = 60)
                String city;
                @Column(length = 10)
                String postCode;
                @Column(length = 2)
                String country;
            }
            """;

    private static final String MONEY = """
            import jakarta.persistence.Column;
            import jakarta.persistence.Embeddable;
            import java.math.BigDecimal;

            @Embeddable
            public class Money {
                @Column(precision = 14, scale = 4)
                BigDecimal value;
                @Column(length = 3)
                String currency;
            }
            """;

    private static Path write(Path directory, String simpleName, String body) throws IOException {
        Path file = directory.resolve(simpleName + ".java");
        Files.writeString(file, "package " + PACKAGE + ";\n\n" + body, StandardCharsets.UTF_8);
        return file;
    }

    private static void compile(List<Path> files, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("No Java compiler: run the benchmark on a JDK, not a JRE");
        }
        StringWriter errors = new StringWriter();
        try (StandardJavaFileManager files2 = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            boolean ok = compiler.getTask(errors, files2, null,
                    List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"), "-proc:none",
                            "--release", "17"),
                    null, files2.getJavaFileObjectsFromPaths(files)).call();
            if (!ok) {
                throw new IllegalStateException("The generated model does not compile:\n" + errors);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
