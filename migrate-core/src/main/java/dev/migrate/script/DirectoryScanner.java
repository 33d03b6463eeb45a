package dev.migrate.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds script files in a directory tree (symbolic links to directories are not followed). */
final class DirectoryScanner {

    private DirectoryScanner() {
    }

    /**
     * Lists the candidates below {@code root}, in no particular order.
     *
     * @param classes whether class files count (classpath directories) or only SQL files
     * @param packageName the package of {@code root}, for class names
     */
    static List<ScriptFile> scan(Path root, boolean classes, String packageName) throws IOException {
        List<ScriptFile> found = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : (Iterable<Path>) paths::iterator) {
                String relative = relativePath(root, file);
                if (relative.isEmpty() || !ScriptFile.isCandidate(relative, classes) || !Files.isRegularFile(file)) {
                    continue;
                }
                if (relative.endsWith(ScriptFile.SQL_SUFFIX)) {
                    found.add(ScriptFile.sql(relative, file.toRealPath().toString(),
                            file.toAbsolutePath().normalize().toString(), Files.readAllBytes(file)));
                } else {
                    found.add(ScriptFile.javaClass(relative, ScriptFile.className(packageName, relative)));
                }
            }
        } catch (UncheckedIOException ex) {
            throw ex.getCause();
        }
        return found;
    }

    /** The {@code /}-separated path of {@code file} below {@code root}, the same on every OS. */
    private static String relativePath(Path root, Path file) {
        Path relative = root.relativize(file);
        StringBuilder text = new StringBuilder();
        for (Path part : relative) {
            if (text.length() > 0) {
                text.append('/');
            }
            text.append(part);
        }
        return text.toString();
    }
}
