package dev.migrate.autogenerate.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Hibernate is an optional dependency of migrate-core: no compiled class outside this package may
 * refer to Hibernate or JPA, or using the engine without Hibernate would fail at class loading.
 */
class HibernateStaysOptionalTest {

    private static final String OWN_PACKAGE = "dev/migrate/autogenerate/hibernate/";

    @Test
    void noMainClassOutsideThisPackageRefersToHibernateOrJpa() throws IOException, URISyntaxException {
        Path classes = Path.of(HibernateModelReader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(refersToHibernate(classes.resolve(OWN_PACKAGE + "HibernateModelReader.class")))
                .as("the check sees a reference where there is one").isTrue();

        List<String> offenders;
        List<Path> checked;
        try (Stream<Path> files = Files.walk(classes)) {
            checked = files.filter(f -> f.toString().endsWith(".class"))
                    .filter(f -> !classes.relativize(f).toString().replace('\\', '/').startsWith(OWN_PACKAGE))
                    .toList();
        }
        offenders = checked.stream().filter(HibernateStaysOptionalTest::refersToHibernate)
                .map(f -> classes.relativize(f).toString()).toList();

        assertThat(checked).hasSizeGreaterThan(10);
        assertThat(offenders).isEmpty();
    }

    private static boolean refersToHibernate(Path classFile) {
        try {
            // class names in the constant pool are plain modified-UTF-8 text
            String content = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
            return content.contains("org/hibernate/") || content.contains("jakarta/persistence/");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
