package dev.migrate.autoconfigure;

import dev.migrate.MigrateException;
import dev.migrate.autogenerate.ModelSource;
import dev.migrate.autogenerate.hibernate.HibernateModelSource;
import dev.migrate.schema.Schema;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.hibernate.autoconfigure.HibernateProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.hibernate.autoconfigure.HibernateSettings;
import org.springframework.boot.jpa.autoconfigure.JpaProperties;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.util.StringUtils;

/**
 * The application's JPA model as autogenerate and {@code check} read it: the entity classes Spring
 * Boot's entity scan found ({@link PersistenceManagedTypes}) and the Hibernate properties Boot
 * builds the EntityManagerFactory with (naming strategies, {@code spring.jpa.properties.*},
 * {@code spring.jpa.database-platform}, naming-strategy beans and
 * {@link HibernatePropertiesCustomizer}s). The beans are looked up only when the model is read, in
 * command mode, so nothing JPA is created early at startup.
 */
final class JpaModelSource implements ModelSource {

    private static final String PHYSICAL_NAMING = "hibernate.physical_naming_strategy";

    private static final String IMPLICIT_NAMING = "hibernate.implicit_naming_strategy";

    private final ObjectProvider<PersistenceManagedTypes> managedTypes;

    private final ObjectProvider<JpaProperties> jpaProperties;

    private final ObjectProvider<HibernateProperties> hibernateProperties;

    private final ObjectProvider<PhysicalNamingStrategy> physicalNaming;

    private final ObjectProvider<ImplicitNamingStrategy> implicitNaming;

    private final ObjectProvider<HibernatePropertiesCustomizer> customizers;

    private final ClassLoader classLoader;

    JpaModelSource(ObjectProvider<PersistenceManagedTypes> managedTypes, ObjectProvider<JpaProperties> jpaProperties,
            ObjectProvider<HibernateProperties> hibernateProperties, ObjectProvider<PhysicalNamingStrategy> physicalNaming,
            ObjectProvider<ImplicitNamingStrategy> implicitNaming, ObjectProvider<HibernatePropertiesCustomizer> customizers,
            ClassLoader classLoader) {
        this.managedTypes = managedTypes;
        this.jpaProperties = jpaProperties;
        this.hibernateProperties = hibernateProperties;
        this.physicalNaming = physicalNaming;
        this.implicitNaming = implicitNaming;
        this.customizers = customizers;
        this.classLoader = classLoader;
    }

    @Override
    public Schema read(DatabaseMetaData database) throws SQLException {
        return new HibernateModelSource(this::entityClassNames, this::properties, this.classLoader).read(database);
    }

    private List<String> entityClassNames() {
        PersistenceManagedTypes types = this.managedTypes.getIfUnique();
        if (types == null) {
            throw new MigrateException("Autogenerate reads the JPA model from Spring Boot's JPA auto-configuration, "
                    + "and this application has none (no PersistenceManagedTypes bean): add "
                    + "spring-boot-starter-data-jpa, or leave out the JPA model by not running autogenerate");
        }
        return types.getManagedClassNames();
    }

    /** What {@code HibernateJpaConfiguration} gives the EntityManagerFactory, minus the DataSource. */
    private Map<String, Object> properties() {
        JpaProperties jpa = this.jpaProperties.getIfAvailable(JpaProperties::new);
        HibernateProperties hibernate = this.hibernateProperties.getIfAvailable(HibernateProperties::new);
        List<HibernatePropertiesCustomizer> all = new java.util.ArrayList<>();
        all.add(this::namingStrategyBeans);
        all.addAll(this.customizers.orderedStream().toList());
        Map<String, Object> properties = new LinkedHashMap<>(hibernate.determineHibernateProperties(jpa.getProperties(),
                new HibernateSettings().ddlAuto(() -> "none").hibernatePropertiesCustomizers(all)));
        if (StringUtils.hasText(jpa.getDatabasePlatform())) {
            // the vendor adapter turns spring.jpa.database-platform into hibernate.dialect
            properties.put("hibernate.dialect", jpa.getDatabasePlatform());
        }
        return properties;
    }

    private void namingStrategyBeans(Map<String, Object> properties) {
        this.physicalNaming.ifAvailable((strategy) -> properties.put(PHYSICAL_NAMING, strategy));
        this.implicitNaming.ifAvailable((strategy) -> properties.put(IMPLICIT_NAMING, strategy));
    }

}
