package dev.migrate.autogenerate.hibernate;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/** Builds Hibernate's boot {@link Metadata} from entity classes without touching a database. */
final class OfflineMetadataBuilder {

    /** {@code JdbcSettings.ALLOW_METADATA_ON_BOOT}: never open a connection to learn the dialect. */
    static final String ALLOW_JDBC_METADATA_ACCESS = "hibernate.boot.allow_jdbc_metadata_access";

    private OfflineMetadataBuilder() {
    }

    static Metadata build(Collection<String> entityClassNames, Map<String, Object> properties, ClassLoader classLoader) {
        Objects.requireNonNull(entityClassNames, "entityClassNames");
        Objects.requireNonNull(properties, "properties");
        Objects.requireNonNull(classLoader, "classLoader");
        var bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(classLoader).build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
                .applySettings(properties)
                .applySetting(ALLOW_JDBC_METADATA_ACCESS, false)
                .build();
        try {
            var sources = new MetadataSources(registry);
            // one by one: addAnnotatedClassNames(String...) throws an NPE on a fresh instance in 7.4.5
            entityClassNames.forEach(sources::addAnnotatedClassName);
            return sources.buildMetadata();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }
}
