package dev.migrate;

import dev.migrate.autogenerate.Diff;
import dev.migrate.autogenerate.DiffOptions;
import dev.migrate.autogenerate.JavaRevisionRenderer;
import dev.migrate.autogenerate.ModelSource;
import dev.migrate.autogenerate.Renames;
import dev.migrate.autogenerate.SchemaDiff;
import dev.migrate.autogenerate.SqlRevisionRenderer;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.RenderContext;
import dev.migrate.reflect.ReflectOptions;
import dev.migrate.reflect.SchemaReader;
import dev.migrate.schema.Schema;
import dev.migrate.script.ScriptBody;
import dev.migrate.dialect.Dialects;
import dev.migrate.revision.Plan;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.runtime.ChecksumMismatch;
import dev.migrate.runtime.HistoryEntry;
import dev.migrate.runtime.MigrationLock;
import dev.migrate.runtime.Migrator;
import dev.migrate.runtime.RuntimeSettings;
import dev.migrate.runtime.SqlWriter;
import dev.migrate.script.NewScript;
import dev.migrate.script.Script;
import dev.migrate.script.ScriptFormat;
import dev.migrate.script.ScriptLoader;
import dev.migrate.script.ScriptLocation;
import dev.migrate.script.ScriptNames;
import dev.migrate.script.ScriptWriter;
import dev.migrate.script.SqlScript;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import dev.migrate.operations.Migration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The facade: load the revision scripts of a set of locations, build the graph, and run Alembic's
 * commands against a database.
 *
 * <pre>{@code
 * Migrate migrate = Migrate.configure()
 *         .url("jdbc:sqlite:app.db", null, null)
 *         .locations(List.of("filesystem:migrations"))
 *         .load();
 * migrate.upgrade("head");
 * }</pre>
 *
 * Scripts are read once, when {@link Builder#load()} is called; the database is only touched by
 * the methods that need it, each on a connection of its own. {@link #upgrade}, {@link #downgrade}
 * and {@link #stamp} hold the migration lock ({@link MigrationLock}) from before they read the
 * version rows until their last step, so concurrent runs take turns; the reading methods and
 * offline SQL never lock.
 */
public final class Migrate {

    private static final Logger LOG = LoggerFactory.getLogger("dev.migrate.runtime");

    private final Builder config;
    private final Dialect dialect;
    private final List<Script> scripts;
    private final Map<String, Script> scriptsById;
    private final RevisionGraph graph;

    private Migrate(Builder config, Dialect dialect, List<Script> scripts) {
        this.config = config;
        this.dialect = dialect;
        this.scripts = List.copyOf(scripts);
        this.scriptsById = new LinkedHashMap<>();
        for (Script script : scripts) {
            scriptsById.putIfAbsent(script.revision().id(), script);
        }
        this.graph = RevisionGraph.of(scripts.stream().map(Script::revision).toList());
    }

    /** Starts a configuration. */
    public static Builder configure() {
        return new Builder();
    }

    /** A copy of the configuration this instance was loaded from (for the Spring command mode). */
    public Builder configuration() {
        return config.copy();
    }

    /** The data source this instance connects through, if it was configured with one. */
    public Optional<DataSource> dataSource() {
        return Optional.ofNullable(config.dataSource);
    }

    /** The revision graph of the loaded scripts. */
    public RevisionGraph graph() {
        return graph;
    }

    /** The loaded scripts, in load order. */
    public List<Script> scripts() {
        return scripts;
    }

    /** The dialect of the configured database. */
    public Dialect dialect() {
        return dialect;
    }

    /** The JDBC URL with any password parameter masked, for {@code current -v}. */
    public String maskedUrl() {
        String url = config.url == null ? "(data source)" : config.url;
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    /** The version rows of the database; empty when the version table does not exist (nothing is created). */
    public List<String> currentRows() {
        return withMigrator(Migrator::currentVersions);
    }

    /** The history log, oldest first; empty when it does not exist. */
    public List<HistoryEntry> historyLog() {
        return withMigrator(Migrator::history);
    }

    /**
     * Upgrades the database to the target and returns the plan that ran (empty when another run got
     * there first).
     *
     * @throws dev.migrate.runtime.LockTimeoutException when another run holds the lock longer than
     *     the lock timeout
     */
    public Plan upgrade(String target) {
        return withLockedMigrator(migrator -> run(migrator, graph.upgrade(migrator.currentVersions(), target)));
    }

    /**
     * The plan {@link #upgrade} would run now, from one read of the version table, without the
     * lock; empty when the database is at the target. Startup uses it to leave an up-to-date
     * database alone.
     */
    public Plan planUpgrade(String target) {
        return withMigrator(migrator -> graph.upgrade(migrator.currentVersions(), target));
    }

    /** Downgrades the database to the target and returns the plan that ran; locks as {@link #upgrade}. */
    public Plan downgrade(String target) {
        return withLockedMigrator(migrator -> run(migrator, graph.downgrade(migrator.currentVersions(), target)));
    }

    /**
     * Rewrites the version table to record the targets; {@code purge} deletes every row first.
     * Locks as {@link #upgrade}.
     */
    public Plan stamp(List<String> targets, boolean purge) {
        return withLockedMigrator(migrator -> {
            List<String> rows = purge ? List.of() : migrator.currentVersions();
            Plan plan = graph.stamp(rows, targets);
            if (purge) {
                migrator.purgeVersions();
            }
            return run(migrator, plan);
        });
    }

    private Plan run(Migrator migrator, Plan plan) {
        plan.warnings().forEach(LOG::warn);
        if (plan.isEmpty()) {
            LOG.info("Nothing to do: the database is at {}",
                    plan.startHeads().isEmpty() ? "base" : String.join(", ", plan.startHeads()));
        }
        migrator.run(plan, scriptsById);
        return plan;
    }

    /** The offline SQL of {@code upgrade --sql [from:]to}. */
    public String upgradeSql(String range) {
        String[] ends = splitRange(range);
        List<String> start = startRows(ends[0]);
        return offline(graph.upgrade(start, ends[1]));
    }

    /** The offline SQL of {@code downgrade --sql from:to}. */
    public String downgradeSql(String range) {
        String[] ends = splitRange(range);
        if (ends[0] == null) {
            throw new MigrateException("downgrade with --sql requires <fromrev>:<torev>");
        }
        return offline(graph.downgrade(startRows(ends[0]), ends[1]));
    }

    /** The offline SQL of {@code stamp --sql [from:]targets}. */
    public String stampSql(String from, List<String> targets) {
        return offline(graph.stamp(startRows(from), targets));
    }

    private String offline(Plan plan) {
        plan.warnings().forEach(LOG::warn);
        if (dialect == null) {
            throw new MigrateException("Offline SQL needs to know the database: give --url (it is not connected to)");
        }
        StringBuilder out = new StringBuilder();
        try {
            new SqlWriter(dialect, config.settings()).write(plan, scriptsById, out);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        return out.toString();
    }

    private static String[] splitRange(String range) {
        int colon = range.indexOf(':');
        return colon < 0 ? new String[] {null, range} : new String[] {range.substring(0, colon), range.substring(colon + 1)};
    }

    private List<String> startRows(String from) {
        if (from == null || from.isEmpty() || "base".equals(from)) {
            return List.of();
        }
        return graph.resolve(from).stream().map(r -> r.id()).toList();
    }

    /** Applied scripts edited since they ran, one message each. */
    public List<String> validate() {
        return withMigrator(migrator -> migrator.validate(scripts).stream().map(ChecksumMismatch::describe).toList());
    }

    // ------------------------------------------------------------------ new revisions

    /**
     * What {@code revision} and {@code merge} ask for.
     *
     * @param message the revision message
     * @param heads the parents' symbols ({@code head} when empty, {@code base} for a new root)
     * @param splice allow parents that are not heads
     * @param branchLabels labels for the new revision
     * @param dependsOn revisions or labels it depends on
     * @param revisionId the id to use, or {@code null} to generate 12 hex characters
     * @param format {@code sql} or {@code java}
     * @param directory where to write, or {@code null} for the first filesystem location
     */
    public record NewRevision(String message, List<String> heads, boolean splice, List<String> branchLabels,
            List<String> dependsOn, String revisionId, String format, Path directory) {
    }

    /** Writes a new empty revision script and returns its path. */
    public Path createRevision(NewRevision request) {
        ScriptFormat format = ScriptFormat.parse(request.format() == null ? "sql" : request.format());
        return writeRevision(request, format, ScriptBody.EMPTY);
    }

    private Path writeRevision(NewRevision request, ScriptFormat format, ScriptBody body) {
        String id = request.revisionId() != null ? request.revisionId()
                : UUID.randomUUID().toString().replace("-", "").substring(20);
        graph.checkNewRevisionId(id);
        List<String> parents = graph.parentsForNewRevision(request.heads(), request.splice());
        List<String> dependencies = graph.resolveDependsOn(request.dependsOn());
        for (String label : request.branchLabels()) {
            if (graph.symbols().contains(label)) {
                throw new MigrateException("Branch name '" + label + "' is already used; choose another --branch-label");
            }
        }
        NewScript script = new NewScript(id, parents, request.message(), request.branchLabels(), dependencies,
                Instant.now());
        Target target = format == ScriptFormat.JAVA && request.directory() != null && config.javaPackage != null
                ? new Target(request.directory(), config.javaPackage)
                : targetFor(request.directory(), format);
        return new ScriptWriter(config.fileTemplate).write(script, format, target.directory, target.packageName, body);
    }

    private record Target(Path directory, String packageName) {
    }

    // ------------------------------------------------------------------ autogenerate

    /** Whether a model to compare the database with is configured ({@link Builder#model}). */
    public boolean hasModel() {
        return config.model != null;
    }

    /**
     * Compares the configured model with the database: the changes a revision needs so that the
     * database matches the model. The database must be at every head, as in Alembic.
     *
     * @throws MigrateException without a model, or with "Target database is not up to date."
     */
    public Diff compareWithModel() {
        return withConnection(connection -> diff(connection));
    }

    /**
     * What {@code check} reports of the model, on one connection: why the database cannot be
     * compared with it (not at every head), or else the changes a revision would need.
     */
    public ModelCheck checkModel() {
        return withConnection(connection -> {
            Optional<String> outOfDate = notUpToDate(connection);
            return outOfDate.isPresent() ? new ModelCheck(outOfDate, new Diff(List.of()))
                    : new ModelCheck(outOfDate, diff(connection));
        });
    }

    /**
     * What {@link #checkModel} found.
     *
     * @param notUpToDate Alembic's "Target database is not up to date." with where the database
     *     is, when it is not at every head; then {@code diff} is empty
     * @param diff the differences between model and database
     */
    public record ModelCheck(Optional<String> notUpToDate, Diff diff) {
    }

    private Optional<String> notUpToDate(Connection connection) throws SQLException {
        Migrator migrator = new Migrator(connection, dialect, config.settings());
        java.util.Set<String> current = new java.util.HashSet<>(migrator.currentVersions());
        if (current.equals(new java.util.HashSet<>(graph.heads()))) {
            return Optional.empty();
        }
        return Optional.of("Target database is not up to date. (it is at "
                + (current.isEmpty() ? "base" : String.join(", ", new java.util.TreeSet<>(current))) + ", the heads are "
                + String.join(", ", graph.heads()) + "; run 'upgrade heads' first)");
    }

    /**
     * Autogenerates a revision ({@code revision --autogenerate}): compares the model with the
     * database and writes the revision that makes them match, in the request's format or, when it
     * names none, {@link Builder#autogenerateFormat} (Java unless configured). Writes nothing when
     * they already match.
     *
     * @return the diff and the file written ({@code null} when there were no changes)
     */
    public Autogenerated autogenerateRevision(NewRevision request) {
        return withConnection(connection -> {
            Diff diff = diff(connection);
            if (diff.isEmpty()) {
                return new Autogenerated(diff, null);
            }
            ScriptFormat format = ScriptFormat.parse(request.format() == null ? config.autogenerateFormat : request.format());
            ScriptBody body = format == ScriptFormat.JAVA ? JavaRevisionRenderer.render(diff, dialect)
                    : SqlRevisionRenderer.render(diff, dialect,
                            RenderContext.online(connection, dialect.capabilities(connection)));
            NewRevision located = request.directory() == null && config.outputDirectory != null
                    ? new NewRevision(request.message(), request.heads(), request.splice(), request.branchLabels(),
                            request.dependsOn(), request.revisionId(), request.format(), config.outputDirectory)
                    : request;
            return new Autogenerated(diff, writeRevision(located, format, body));
        });
    }

    /**
     * What {@link #autogenerateRevision} did.
     *
     * @param diff the changes found
     * @param file the revision written, {@code null} when there were no changes
     */
    public record Autogenerated(Diff diff, Path file) {
    }

    private Diff diff(Connection connection) throws SQLException {
        if (config.model == null) {
            throw new MigrateException("Autogenerate needs the application's model: run it in the Spring application's "
                    + "command mode (java -jar app.jar migrate revision --autogenerate -m \"...\"), where the JPA "
                    + "model is read");
        }
        Optional<String> outOfDate = notUpToDate(connection);
        if (outOfDate.isPresent()) {
            throw new MigrateException(outOfDate.get());
        }
        DiffOptions options = config.diffOptions;
        ReflectOptions reflect = ReflectOptions.skipping(config.versionTable, config.historyTable)
                .including(options.include().toArray(String[]::new))
                .excluding(options.exclude().toArray(String[]::new));
        Schema database = SchemaReader.read(connection, dialect, reflect);
        Schema model = config.model.read(connection.getMetaData());
        return SchemaDiff.compare(model, database, dialect, options, table -> hasRows(connection, table));
    }

    private boolean hasRows(Connection connection, String table) {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.setMaxRows(1);
            try (java.sql.ResultSet rows = statement.executeQuery("SELECT 1 FROM " + dialect.quoteIdentifier(table))) {
                return rows.next();
            }
        } catch (SQLException ex) {
            throw new MigrateException("Cannot count the rows of " + table + ": " + ex.getMessage(), ex);
        }
    }

    private interface ConnectionAction<T> {
        T apply(Connection connection) throws SQLException;
    }

    private <T> T withConnection(ConnectionAction<T> action) {
        try (Connection connection = config.connect()) {
            return action.apply(connection);
        } catch (SQLException ex) {
            throw new MigrateException("Database error: " + ex.getMessage(), ex);
        }
    }

    /**
     * Where a new script goes: the given directory if it belongs to a location (as Alembic's
     * {@code --version-path} must), else the first filesystem location for SQL; Java revisions
     * are source files of a classpath location's package under {@code src/main/java}.
     */
    private Target targetFor(Path directory, ScriptFormat format) {
        List<ScriptLocation> parsed = new ArrayList<>();
        for (String location : config.locations) {
            parsed.add(ScriptLocation.parse(location, dialect == null ? null : dialect.name()));
        }
        for (ScriptLocation location : parsed) {
            if (location.kind() == ScriptLocation.Kind.FILESYSTEM) {
                if (format == ScriptFormat.JAVA) {
                    continue;
                }
                if (directory == null || same(directory, location.directory())) {
                    return new Target(location.directory(), "");
                }
            } else {
                Path root = Path.of(format == ScriptFormat.JAVA ? "src/main/java" : "src/main/resources");
                Path source = root.resolve(location.path());
                if (directory == null || directory.toAbsolutePath().normalize().endsWith(Path.of(location.path()))) {
                    return new Target(directory == null ? source : directory, location.packageName());
                }
            }
        }
        if (directory != null) {
            throw new MigrateException("Path " + directory + " is not represented in current version locations "
                    + config.locations + "; add it to --locations or choose one of them");
        }
        if (format == ScriptFormat.JAVA) {
            throw new MigrateException("Java revisions are compiled classes found through a classpath: location; "
                    + "add one (e.g. --locations classpath:db/migrations) or use --format sql");
        }
        throw new MigrateException("No location to write the new revision to; give --locations");
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    // ------------------------------------------------------------------ connections

    private interface MigratorAction<T> {
        T apply(Migrator migrator) throws SQLException;
    }

    private <T> T withMigrator(MigratorAction<T> action) {
        try (Connection connection = config.connect()) {
            return action.apply(new Migrator(connection, dialect, config.settings()));
        } catch (SQLException ex) {
            throw new MigrateException("Database error: " + ex.getMessage(), ex);
        }
    }

    /** As {@link #withMigrator}, holding the migration lock from before the action until after it. */
    private <T> T withLockedMigrator(MigratorAction<T> action) {
        try (Connection connection = config.connect();
                MigrationLock lock = MigrationLock.acquire(connection, dialect, config::connect, config.versionTable,
                        config.lockTimeout)) {
            return action.apply(new Migrator(connection, dialect, config.settings()));
        } catch (SQLException ex) {
            throw new MigrateException("Database error: " + ex.getMessage(), ex);
        }
    }

    /** Configuration of a {@link Migrate}; copied, never shared, by {@link #copy()}. */
    public static final class Builder {

        private DataSource dataSource;
        private String url;
        private String user;
        private String password;
        private String dialectName;
        private List<String> locations = List.of("filesystem:migrations");
        private String versionTable = "migrate_version";
        private String historyTable = "migrate_history";
        private String fileTemplate = ScriptNames.DEFAULT_TEMPLATE;
        private Duration lockTimeout = MigrationLock.DEFAULT_TIMEOUT;
        private ClassLoader classLoader = Migrate.class.getClassLoader();
        private boolean transactionPerRevision = true;
        private List<Migration> migrations = List.of();
        private ModelSource model;
        private DiffOptions diffOptions = DiffOptions.defaults();
        private Path outputDirectory;
        private String javaPackage;
        private String autogenerateFormat = "java";

        private Builder() {
        }

        /** A copy to adjust without touching this one. */
        public Builder copy() {
            Builder copy = new Builder();
            copy.dataSource = dataSource;
            copy.url = url;
            copy.user = user;
            copy.password = password;
            copy.dialectName = dialectName;
            copy.locations = locations;
            copy.versionTable = versionTable;
            copy.historyTable = historyTable;
            copy.fileTemplate = fileTemplate;
            copy.lockTimeout = lockTimeout;
            copy.classLoader = classLoader;
            copy.transactionPerRevision = transactionPerRevision;
            copy.migrations = migrations;
            copy.model = model;
            copy.diffOptions = diffOptions;
            copy.outputDirectory = outputDirectory;
            copy.javaPackage = javaPackage;
            copy.autogenerateFormat = autogenerateFormat;
            return copy;
        }

        /** Connects through a data source (a Spring application's). */
        public Builder dataSource(DataSource source) {
            this.dataSource = source;
            return this;
        }

        /** Connects with {@link DriverManager}. */
        public Builder url(String jdbcUrl, String jdbcUser, String jdbcPassword) {
            this.url = jdbcUrl;
            this.user = jdbcUser;
            this.password = jdbcPassword;
            return this;
        }

        /** The dialect by name ({@code sqlite postgresql mysql h2}), for work without a connection. */
        public Builder dialect(String name) {
            this.dialectName = name;
            return this;
        }

        /** Where scripts live: {@code classpath:db/migrations}, {@code filesystem:dir}, {@code {dialect}} allowed. */
        public Builder locations(List<String> scriptLocations) {
            this.locations = List.copyOf(scriptLocations);
            return this;
        }

        /** The version table name (default {@code migrate_version}). */
        public Builder versionTable(String name) {
            this.versionTable = Objects.requireNonNull(name);
            return this;
        }

        /** The history table name (default {@code migrate_history}). */
        public Builder historyTable(String name) {
            this.historyTable = Objects.requireNonNull(name);
            return this;
        }

        /** The file-name template of new scripts (default {@code {rev}_{slug}}). */
        public Builder fileTemplate(String template) {
            this.fileTemplate = Objects.requireNonNull(template);
            return this;
        }

        /**
         * How long {@code upgrade}, {@code downgrade} and {@code stamp} wait for another run's
         * migration lock before failing (default 60 s; zero tries once).
         */
        public Builder lockTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("The lock timeout must not be negative: " + timeout);
            }
            this.lockTimeout = timeout;
            return this;
        }

        /** The class loader that finds classpath locations and Java migrations. */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader);
            return this;
        }

        /**
         * Whether to commit after every revision (the default), or to run consecutive
         * transactional revisions in one transaction so that a failure rolls all of them back.
         */
        public Builder transactionPerRevision(boolean perRevision) {
            this.transactionPerRevision = perRevision;
            return this;
        }

        /**
         * Java migrations given as instances, for migrations that need collaborators (Spring beans):
         * each declares its revision with {@link dev.migrate.operations.Revision @Revision} on its
         * class, and joins the scripts found under the locations.
         */
        public Builder migrations(Collection<? extends Migration> instances) {
            this.migrations = List.copyOf(instances);
            return this;
        }

        /** The model autogenerate and {@code check} compare the database with (the JPA model in a Spring app). */
        public Builder model(ModelSource source) {
            this.model = source;
            return this;
        }

        /** How autogenerate compares (default {@link DiffOptions#defaults()}). */
        public Builder diffOptions(DiffOptions options) {
            this.diffOptions = Objects.requireNonNull(options, "options");
            return this;
        }

        /** These options with the declared renames replaced, for one {@code revision --autogenerate}. */
        public Builder renames(Renames renames) {
            this.diffOptions = diffOptions.renames(renames);
            return this;
        }

        /**
         * Where autogenerated revisions are written when the command names no directory, and the
         * package a Java revision written there declares; {@code null} for the default (the first
         * location that fits the format).
         */
        public Builder autogenerateOutput(Path directory, String packageName) {
            this.outputDirectory = directory;
            this.javaPackage = packageName;
            return this;
        }

        /**
         * The format of autogenerated revisions when the command names none: {@code java} (the
         * default) or {@code sql}.
         */
        public Builder autogenerateFormat(String format) {
            this.autogenerateFormat = ScriptFormat.parse(format).name().toLowerCase(java.util.Locale.ROOT);
            return this;
        }

        /** Reads the scripts and builds the graph. */
        public Migrate load() {
            Dialect dialect = resolveDialect();
            List<Script> scripts = loadScripts(dialect);
            return new Migrate(this, dialect, scripts);
        }

        /**
         * What {@code check} reports: graph errors, several heads, and script files whose names do
         * not match their revision. Never throws for a broken graph; it is reported instead.
         */
        public List<String> check() {
            List<String> problems = new ArrayList<>();
            Dialect dialect = resolveDialect();
            List<Script> scripts;
            try {
                scripts = loadScripts(dialect);
            } catch (MigrateException ex) {
                problems.add(ex.getMessage());
                return problems;
            }
            for (Script script : scripts) {
                ScriptNames.checkName(script, fileTemplate).ifPresent(problems::add);
                if (script instanceof SqlScript sql) {
                    try {
                        sql.upgradeStatements();
                        sql.downgradeStatements();
                    } catch (MigrateException ex) {
                        problems.add(ex.getMessage());
                    }
                }
            }
            try {
                RevisionGraph graph = RevisionGraph.of(scripts.stream().map(Script::revision).toList());
                if (graph.heads().size() > 1) {
                    problems.add("Multiple heads are present: " + String.join(", ", graph.heads())
                            + "; merge them with 'migrate merge heads -m \"merge heads\"'");
                }
            } catch (MigrateException ex) {
                problems.add(ex.getMessage());
            }
            return problems;
        }

        private List<Script> loadScripts(Dialect dialect) {
            return ScriptLoader.load(locations, dialect == null ? null : dialect.name(), classLoader, migrations);
        }

        private Dialect resolveDialect() {
            if (dialectName != null) {
                return Dialects.forName(dialectName);
            }
            if (url != null) {
                return Dialects.forUrl(url);
            }
            if (dataSource != null) {
                try (Connection connection = dataSource.getConnection()) {
                    return Dialects.detect(connection);
                } catch (SQLException ex) {
                    throw new MigrateException("Cannot connect to the database: " + ex.getMessage(), ex);
                }
            }
            return null;
        }

        RuntimeSettings settings() {
            return RuntimeSettings.defaults().withVersionTable(versionTable).withHistoryTable(historyTable)
                    .withTransactionPerRevision(transactionPerRevision);
        }

        Connection connect() throws SQLException {
            if (dataSource != null) {
                return dataSource.getConnection();
            }
            if (url == null) {
                throw new MigrateException("No database configured; give --url (or MIGRATE_URL), e.g. "
                        + "--url jdbc:sqlite:app.db");
            }
            try {
                return DriverManager.getConnection(url, user, password);
            } catch (SQLException ex) {
                if (url.startsWith("jdbc:mysql:") && "08001".equals(ex.getSQLState())
                        || ex.getMessage() != null && ex.getMessage().startsWith("No suitable driver")) {
                    throw new MigrateException("No JDBC driver on the classpath accepts " + url
                            + (url.startsWith("jdbc:mysql:") ? "; the command line bundles the MariaDB driver, which "
                                    + "talks to MySQL too: use jdbc:mariadb://... (or add ?permitMysqlScheme), or put "
                                    + "MySQL Connector/J on the classpath" : ""), ex);
                }
                throw ex;
            }
        }
    }
}
