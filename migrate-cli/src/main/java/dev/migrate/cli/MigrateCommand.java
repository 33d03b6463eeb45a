package dev.migrate.cli;

import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialects;
import dev.migrate.script.ScriptLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code migrate} command line: Alembic's command vocabulary against any JDBC database.
 * Connection and locations come from options or from {@code MIGRATE_URL}, {@code MIGRATE_USER},
 * {@code MIGRATE_PASSWORD} and {@code MIGRATE_LOCATIONS}.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true, versionProvider = MigrateCommand.Version.class,
        description = "Alembic's revision graph for JDBC databases.",
        subcommands = {UpgradeCommand.class, DowngradeCommand.class, StampCommand.class, CurrentCommand.class,
                HeadsCommand.class, BranchesCommand.class, HistoryCommand.class, ShowCommand.class,
                RevisionCommand.class, MergeCommand.class, CheckCommand.class, ValidateCommand.class})
public final class MigrateCommand implements Callable<Integer> {

    /** Exit status of a failed command, as Alembic's {@code sys.exit(-1)}. */
    public static final int FAILED = 255;

    @Option(names = "--url", scope = ScopeType.INHERIT, defaultValue = "${env:MIGRATE_URL}",
            description = "JDBC URL, e.g. jdbc:sqlite:app.db (env MIGRATE_URL)")
    String url;

    @Option(names = "--user", scope = ScopeType.INHERIT, defaultValue = "${env:MIGRATE_USER}",
            description = "database user (env MIGRATE_USER)")
    String user;

    @Option(names = "--password", scope = ScopeType.INHERIT, defaultValue = "${env:MIGRATE_PASSWORD}",
            description = "database password (env MIGRATE_PASSWORD)")
    String password;

    @Option(names = "--locations", scope = ScopeType.INHERIT, split = ",",
            defaultValue = "${env:MIGRATE_LOCATIONS:-filesystem:migrations}",
            description = "where revision scripts live, comma-separated (default: filesystem:migrations; "
                    + "classpath:... and {dialect} supported)")
    List<String> locations;

    @Option(names = "--version-table", scope = ScopeType.INHERIT, defaultValue = "migrate_version",
            description = "version table (default: migrate_version; alembic_version adopts an Alembic database)")
    String versionTable;

    @Option(names = "--history-table", scope = ScopeType.INHERIT, defaultValue = "migrate_history",
            description = "history log table (default: migrate_history)")
    String historyTable;

    @Option(names = "--file-template", scope = ScopeType.INHERIT, defaultValue = "{rev}_{slug}",
            description = "file name template for new scripts (tokens: rev slug year month day hour minute second)")
    String fileTemplate;

    @Option(names = "--lock-timeout", scope = ScopeType.INHERIT, defaultValue = "${env:MIGRATE_LOCK_TIMEOUT}",
            converter = DurationConverter.class, paramLabel = "DURATION",
            description = "how long upgrade, downgrade and stamp wait for another run's migration lock "
                    + "(default: 60s; 500ms, 30s, 2m or PT1M; env MIGRATE_LOCK_TIMEOUT)")
    java.time.Duration lockTimeout;

    private final Migrate.Builder base;

    /** A command line whose configuration starts from the given builder (the Spring command mode's). */
    public MigrateCommand(Migrate.Builder base) {
        this.base = base;
    }

    /** A standalone command line configured only by its options. */
    public MigrateCommand() {
        this(null);
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }

    /** The configuration the options describe. */
    Migrate.Builder builder() {
        Migrate.Builder builder = base != null ? base.copy() : Migrate.configure();
        if (url != null && !url.isBlank()) {
            builder.url(url, user, password);
        }
        if (base == null && locations != null) {
            builder.locations(locations);
        }
        if (base == null) {
            builder.versionTable(versionTable).historyTable(historyTable);
        }
        if (lockTimeout != null) {
            builder.lockTimeout(lockTimeout);
        }
        return builder.fileTemplate(fileTemplate);
    }

    /** The facade configured from the options (connecting lazily). */
    Migrate migrate() {
        return builder().load();
    }

    /**
     * Creates missing filesystem locations, so that the first {@code revision} of a new project
     * works without a separate set-up step (Alembic's {@code init}).
     */
    void createMissingLocations(PrintWriter out) {
        if (base != null || locations == null) {
            return;
        }
        for (String location : locations) {
            String dialect = null;
            if (location.contains(ScriptLocation.DIALECT_PLACEHOLDER)) {
                if (url == null || url.isBlank()) {
                    continue;
                }
                dialect = Dialects.forUrl(url).name();
            }
            ScriptLocation parsed = ScriptLocation.parse(location, dialect);
            if (parsed.kind() == ScriptLocation.Kind.FILESYSTEM && !Files.exists(parsed.directory())) {
                try {
                    Files.createDirectories(parsed.directory());
                } catch (IOException ex) {
                    throw new MigrateException("Cannot create the script location " + location + ": " + ex.getMessage(), ex);
                }
                out.println("Creating directory " + parsed.directory().toAbsolutePath() + " ...  done");
            }
        }
    }

    /** What {@code check} reports. */
    List<String> checkProblems() {
        return builder().check();
    }

    /** Runs the command line and returns its exit status. */
    public static int run(Migrate.Builder base, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new MigrateCommand(base));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((ex, cl, parsed) -> {
            cl.getErr().println("FAILED: " + message(ex));
            cl.getErr().flush();
            return FAILED;
        });
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    private static String message(Exception ex) {
        if (ex instanceof MigrateException && "Ambiguous walk".equals(ex.getMessage())) {
            // Alembic's words, plus what to do about them
            return "Ambiguous walk (the relative target crosses a branch point or merge point; name the target "
                    + "revision, or use <branchname>@+N / <branchname>@-N)";
        }
        if (ex instanceof MigrateException) {
            return ex.getMessage();
        }
        return ex.getClass().getSimpleName() + ": " + ex.getMessage();
    }

    /** Entry point of the runnable jar. */
    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "true");
        System.setProperty("org.slf4j.simpleLogger.showLogName", "false");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        // the MariaDB driver logs every failed statement itself; migrate reports it once, as FAILED:
        System.setProperty("org.slf4j.simpleLogger.log.org.mariadb.jdbc", "error");
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(null, out, err, args));
    }

    /** Prints the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = MigrateCommand.class.getPackage().getImplementationVersion();
            return new String[] {"migrate " + (version == null ? "development build" : version)};
        }
    }
}
