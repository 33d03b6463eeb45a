package dev.migrate.script;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Builds jars for classpath tests, with directory entries as Maven and the jar tool write them. */
final class TestJars {

    private TestJars() {
    }

    /** Packs every file below {@code root} into {@code jar}, entries in sorted order. */
    static Path jar(Path root, Path jar) throws IOException {
        TreeSet<String> entries = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            String name = root.relativize(file).toString().replace('\\', '/');
            entries.add(name);
            for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
                entries.add(name.substring(0, slash + 1));
            }
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            for (String name : entries) {
                jarOut.putNextEntry(new JarEntry(name));
                if (!name.endsWith("/")) {
                    jarOut.write(Files.readAllBytes(root.resolve(name)));
                }
                jarOut.closeEntry();
            }
        }
        return jar;
    }
}
