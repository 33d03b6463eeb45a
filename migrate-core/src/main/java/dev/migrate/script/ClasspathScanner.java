package dev.migrate.script;

import dev.migrate.MigrateException;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Finds the SQL resources and class files of a classpath location in every directory and jar of
 * a class loader that holds the location's path. Jars must have directory entries (jars built by
 * Maven, Gradle and the {@code jar} tool do), because that is what the class loader looks up.
 */
final class ClasspathScanner {

    private ClasspathScanner() {
    }

    /** Lists the candidates of {@code location}, in no particular order; none if nothing matches. */
    static List<ScriptFile> scan(ScriptLocation location, ClassLoader loader) {
        List<ScriptFile> found = new ArrayList<>();
        Enumeration<URL> roots;
        try {
            roots = loader.getResources(location.path());
        } catch (IOException ex) {
            throw new MigrateException("Cannot list " + location + ": " + ex, ex);
        }
        Set<String> scanned = new HashSet<>();
        for (URL root : Collections.list(roots)) {
            if (!scanned.add(root.toExternalForm())) {
                continue; // the same root listed twice by a class loader chain is one root
            }
            try {
                if ("file".equals(root.getProtocol())) {
                    scanDirectory(location, root, found);
                } else {
                    scanArchive(location, root, found);
                }
            } catch (IOException ex) {
                throw new MigrateException("Cannot read " + location + " at " + root + ": " + ex, ex);
            }
        }
        return found;
    }

    private static void scanDirectory(ScriptLocation location, URL root, List<ScriptFile> found) throws IOException {
        Path directory;
        try {
            directory = Path.of(root.toURI());
        } catch (URISyntaxException | IllegalArgumentException ex) {
            throw new IOException("not a usable file URL", ex);
        }
        if (!Files.isDirectory(directory)) {
            throw new MigrateException("Location " + location + " is the file " + directory
                    + ", not a directory; name the directory that holds the scripts");
        }
        found.addAll(DirectoryScanner.scan(directory, true, location.packageName()));
    }

    private static void scanArchive(ScriptLocation location, URL root, List<ScriptFile> found) throws IOException {
        URLConnection connection = root.openConnection();
        if (!(connection instanceof JarURLConnection jarConnection)) {
            throw new MigrateException("Location " + location + " resolves to " + root
                    + ", which is neither a directory nor a jar; migrate cannot list scripts there");
        }
        jarConnection.setUseCaches(false);
        String base = root.toExternalForm();
        base = base.endsWith("/") ? base : base + "/";
        String entryName = jarConnection.getEntryName();
        String prefix = entryName.endsWith("/") ? entryName : entryName + "/";
        try (JarFile jar = jarConnection.getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(prefix)) {
                    continue;
                }
                String relative = name.substring(prefix.length());
                if (!ScriptFile.isCandidate(relative, true)) {
                    continue;
                }
                if (relative.endsWith(ScriptFile.SQL_SUFFIX)) {
                    byte[] content;
                    try (InputStream in = jar.getInputStream(entry)) {
                        content = in.readAllBytes();
                    }
                    String url = base + relative;
                    found.add(ScriptFile.sql(relative, url, url, content));
                } else {
                    found.add(ScriptFile.javaClass(relative, ScriptFile.className(location.packageName(), relative)));
                }
            }
        }
    }
}
