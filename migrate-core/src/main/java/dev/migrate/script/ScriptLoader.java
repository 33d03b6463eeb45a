package dev.migrate.script;

import dev.migrate.MigrateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.migrate.operations.Migration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads every revision script under a list of locations, in Alembic's load order.
 *
 * <p>The order is the revision graph's tie-breaker between parallel branches, so it is fixed:
 * locations in the order given; inside a location, scripts sorted by name (an SQL file's name
 * without {@code .sql}, a class's simple name, SQL and Java mixed), ties broken by the path
 * below the location; names compare by UTF-16 code unit, whatever the file system or jar order.
 * A file reached twice through overlapping locations is loaded the first time only, with
 * Alembic's warning {@code File ... loaded twice! ignoring.}
 *
 * <p>Java migration classes are loaded without initialisation and never instantiated here.
 */
public final class ScriptLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ScriptLoader.class);

    private final ClassLoader classLoader;
    private final Consumer<String> warnings;
    private Map<String, JavaScript> given = Map.of();
    private final Set<String> placed = new HashSet<>();

    ScriptLoader(ClassLoader classLoader, Consumer<String> warnings) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        this.warnings = warnings;
    }

    /**
     * Loads the scripts of {@code locations}.
     *
     * @param locations location strings ({@code classpath:db/migrations}, {@code filesystem:dir},
     *     a bare directory), searched in this order
     * @param dialectName replaces {@code {dialect}} in the locations; may be {@code null} when
     *     none uses it
     * @param loader the class loader for classpath locations and Java migrations
     * @return the scripts in load order
     * @throws MigrateException for a bad or missing filesystem location, an unreadable or invalid
     *     script, or an annotated class that is not a usable {@code Migration}
     */
    public static List<Script> load(List<String> locations, String dialectName, ClassLoader loader) {
        return load(locations, dialectName, loader, List.of());
    }

    /**
     * As {@link #load(List, String, ClassLoader)}, plus migrations given as instances. An instance
     * whose class is also found under a location takes that class's place in the load order (the
     * class is not instantiated, so it needs no no-argument constructor); the others follow the
     * located scripts, in the order given.
     *
     * @param instances migrations with injected collaborators, each annotated {@code @Revision}
     */
    public static List<Script> load(List<String> locations, String dialectName, ClassLoader loader,
            Collection<? extends Migration> instances) {
        List<ScriptLocation> parsed = locations.stream().map(l -> ScriptLocation.parse(l, dialectName)).toList();
        Map<String, JavaScript> given = new LinkedHashMap<>();
        for (Migration instance : instances) {
            JavaScript script = JavaScript.of(instance);
            if (given.putIfAbsent(script.className(), script) != null) {
                throw new MigrateException("Two migration instances of " + script.className()
                        + " were given; give each revision once");
            }
        }
        ScriptLoader scanner = new ScriptLoader(loader, LOG::warn);
        scanner.given = given;
        List<Script> scripts = new ArrayList<>(scanner.load(parsed));
        for (JavaScript script : given.values()) {
            if (!scanner.placed.contains(script.className())) {
                scripts.add(script);
            }
        }
        return List.copyOf(scripts);
    }

    List<Script> load(List<ScriptLocation> locations) {
        List<Script> scripts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ScriptLocation location : locations) {
            List<ScriptFile> files = new ArrayList<>(find(location));
            files.sort(ScriptFile.LOAD_ORDER);
            for (ScriptFile file : files) {
                if (!seen.add(file.identity())) {
                    warnings.accept((file.isSql() ? "File " + file.displayPath() : "Class " + file.className())
                            + " loaded twice! ignoring.");
                    continue;
                }
                if (file.isSql()) {
                    scripts.add(SqlScriptParser.parse(file.displayPath(), file.sql()));
                } else if (given.containsKey(file.className())) {
                    scripts.add(given.get(file.className()));
                    placed.add(file.className());
                } else {
                    JavaMigrationReader.read(file.className(), classLoader).ifPresent(scripts::add);
                }
            }
        }
        return List.copyOf(scripts);
    }

    private List<ScriptFile> find(ScriptLocation location) {
        if (location.kind() == ScriptLocation.Kind.CLASSPATH) {
            return ClasspathScanner.scan(location, classLoader);
        }
        Path directory = location.directory();
        Path absolute = directory.toAbsolutePath().normalize();
        if (!Files.exists(directory)) {
            throw new MigrateException("Script location " + location + " does not exist (" + absolute
                    + "); create the directory or correct the location");
        }
        if (!Files.isDirectory(directory)) {
            throw new MigrateException("Script location " + location + " is not a directory (" + absolute
                    + "); name the directory that holds the SQL scripts");
        }
        try {
            return DirectoryScanner.scan(directory, false, "");
        } catch (IOException ex) {
            throw new MigrateException("Cannot read script location " + location + " (" + absolute + "): " + ex, ex);
        }
    }
}
