package dev.migrate.autogenerate.hibernate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/** Hibernate's own create script for some metadata, rendered offline: the reference the model is checked against. */
final class HibernateDdl {

    private HibernateDdl() {
    }

    static List<String> createScript(Metadata metadata, Path directory) {
        Path script = directory.resolve("create.sql");
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.schema-generation.database.action", "none");
        settings.put("jakarta.persistence.schema-generation.scripts.action", "create");
        settings.put("jakarta.persistence.schema-generation.scripts.create-target", script.toString());
        SchemaManagementToolCoordinator.process(metadata, metadata.getDatabase().getServiceRegistry(), settings, null);
        try {
            return Files.readAllLines(script).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
