package dev.migrate.autoconfigure;

import dev.migrate.Migrate;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Hibernate's default {@code ddl-auto} that a {@link Migrate} manages the schema of a
 * DataSource, so that Hibernate does not create it (an embedded database would otherwise get
 * {@code create-drop}).
 */
class MigrateSchemaManagementProvider implements SchemaManagementProvider {

    private final ObjectProvider<Migrate> migrates;

    MigrateSchemaManagementProvider(ObjectProvider<Migrate> migrates) {
        this.migrates = migrates;
    }

    @Override
    public SchemaManagement getSchemaManagement(DataSource dataSource) {
        return this.migrates.stream()
            .map(Migrate::dataSource)
            .flatMap(Optional::stream)
            .anyMatch(dataSource::equals) ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
    }

}
