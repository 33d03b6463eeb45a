package dev.migrate.autogenerate.hibernate;

import dev.migrate.MigrateException;
import dev.migrate.autogenerate.ModelSource;
import dev.migrate.schema.Schema;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * A {@link ModelSource} that builds Hibernate's boot metadata of an application's entities each
 * time it is read, for the database autogenerate compares it with, without letting Hibernate
 * connect: Hibernate is given the connected database's product name and version, from which it
 * resolves the dialect exactly as it does when it connects, unless the application names one
 * ({@code hibernate.dialect}, {@code spring.jpa.database-platform}).
 *
 * <p>The entity names and properties are asked for at read time, so a Spring application can hand
 * in its {@code PersistenceManagedTypes} and Boot's own Hibernate properties without creating
 * them, or the EntityManagerFactory, before they are needed.
 */
public final class HibernateModelSource implements ModelSource {

    static final String PRODUCT_NAME = "jakarta.persistence.database-product-name";
    static final String PRODUCT_VERSION = "jakarta.persistence.database-product-version";
    static final String MAJOR_VERSION = "jakarta.persistence.database-major-version";
    static final String MINOR_VERSION = "jakarta.persistence.database-minor-version";

    private final Supplier<? extends Collection<String>> entityClassNames;
    private final Supplier<? extends Map<String, Object>> hibernateProperties;
    private final ClassLoader classLoader;

    /**
     * @param entityClassNames the managed classes (entities, embeddables, mapped superclasses)
     * @param hibernateProperties the Hibernate settings the application's EntityManagerFactory is
     *     built with (naming strategies above all)
     * @param classLoader the loader of the entity classes
     */
    public HibernateModelSource(Supplier<? extends Collection<String>> entityClassNames,
            Supplier<? extends Map<String, Object>> hibernateProperties, ClassLoader classLoader) {
        this.entityClassNames = Objects.requireNonNull(entityClassNames, "entityClassNames");
        this.hibernateProperties = Objects.requireNonNull(hibernateProperties, "hibernateProperties");
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    }

    @Override
    public Schema read(DatabaseMetaData database) throws SQLException {
        Collection<String> classNames = entityClassNames.get();
        if (classNames.isEmpty()) {
            throw new MigrateException("The application has no JPA entities to compare the database with; "
                    + "autogenerate reads the classes Spring Boot's entity scan finds (@Entity classes in the "
                    + "application's packages or those named by @EntityScan)");
        }
        Map<String, Object> properties = forDatabase(hibernateProperties.get(), database);
        Metadata metadata;
        try {
            metadata = HibernateModelReader.buildOffline(classNames, properties, classLoader);
        } catch (RuntimeException ex) {
            throw new MigrateException("Hibernate could not read the JPA model: " + ex.getMessage(), ex);
        }
        try {
            return HibernateModelReader.read(metadata);
        } finally {
            StandardServiceRegistryBuilder.destroy(metadata.getDatabase().getServiceRegistry());
        }
    }

    /** The application's properties plus what Hibernate would have learnt by connecting: product and version. */
    static Map<String, Object> forDatabase(Map<String, Object> applicationProperties, DatabaseMetaData database)
            throws SQLException {
        Map<String, Object> properties = new LinkedHashMap<>(applicationProperties);
        properties.put(PRODUCT_NAME, database.getDatabaseProductName());
        properties.put(PRODUCT_VERSION, database.getDatabaseProductVersion());
        properties.put(MAJOR_VERSION, database.getDatabaseMajorVersion());
        properties.put(MINOR_VERSION, database.getDatabaseMinorVersion());
        return properties;
    }
}
