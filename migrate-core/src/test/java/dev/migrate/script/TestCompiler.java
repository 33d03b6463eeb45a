package dev.migrate.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.operations.Migration;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles Java sources at test time against migrate-core's classes. */
final class TestCompiler {

    private TestCompiler() {
    }

    /** Compiles the given source files into {@code classes}. */
    static void compile(Path classes, List<Path> sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler).as("tests need a JDK with javac").isNotNull();
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "--release", "17", "-d", classes.toString(),
                "-cp", coreClasses().toString()));
        sources.forEach(s -> arguments.add(s.toString()));
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = compiler.run(null, errors, errors, arguments.toArray(String[]::new));
        assertThat(status).as("javac status for %s %s", sources, errors).isZero();
    }

    /** Writes {@code class name -> source} below {@code sourceRoot} and compiles them into {@code classes}. */
    static void compile(Path sourceRoot, Path classes, Map<String, String> sources) {
        List<Path> files = new ArrayList<>();
        try {
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = sourceRoot.resolve(source.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                files.add(file);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        compile(classes, files);
    }

    /** Where migrate-core's own classes are (target/classes). */
    static Path coreClasses() {
        try {
            return Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
