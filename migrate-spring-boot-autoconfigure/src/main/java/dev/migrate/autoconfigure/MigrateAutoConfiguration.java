package dev.migrate.autoconfigure;

import dev.migrate.Migrate;
import dev.migrate.autogenerate.DiffOptions;
import dev.migrate.autogenerate.ModelSource;
import dev.migrate.operations.Migration;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.springframework.boot.hibernate.autoconfigure.HibernateProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jpa.autoconfigure.JpaProperties;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Auto-configuration of a {@link Migrate} and of the
 * {@link MigrateInitializer} that migrates the database while the application starts.
 *
 * @see MigrateProperties
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Migrate.class)
@Conditional(MigrateAutoConfiguration.MigrateDataSourceCondition.class)
@ConditionalOnBooleanProperty(name = "migrate.enabled", matchIfMissing = true)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class MigrateAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JdbcUtils.class)
    @ConditionalOnMissingBean(Migrate.class)
    @EnableConfigurationProperties(MigrateProperties.class)
    static final class MigrateConfiguration {

        @Bean
        Migrate migrate(MigrateProperties properties, ResourceLoader resourceLoader,
                ObjectProvider<DataSource> dataSource, @MigrateDataSource ObjectProvider<DataSource> migrateDataSource,
                ObjectProvider<Migration> migrations, ObjectProvider<ModelSource> model,
                ObjectProvider<MigrateCustomizer> customizers) {
            Migrate.Builder builder = Migrate.configure();
            configureDataSource(builder, properties, migrateDataSource.getIfAvailable(), dataSource);
            PropertyMapper map = PropertyMapper.get();
            map.from(resourceLoader.getClassLoader()).to(builder::classLoader);
            map.from(properties.getLocations()).to(builder::locations);
            map.from(properties.getVersionTable()).to(builder::versionTable);
            map.from(properties.getHistoryTable()).to(builder::historyTable);
            map.from(properties.isTransactionPerRevision()).to(builder::transactionPerRevision);
            map.from(properties.getLockTimeout()).to(builder::lockTimeout);
            builder.migrations(migrations.orderedStream().toList());
            configureAutogenerate(builder, properties.getAutogenerate(), model.getIfUnique());
            customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
            return builder.load();
        }

        private void configureAutogenerate(Migrate.Builder builder, MigrateProperties.Autogenerate properties,
                ModelSource model) {
            builder.model(model);
            builder.autogenerateFormat(properties.getFormat());
            builder.autogenerateOutput(properties.getOutputDirectory(), properties.getJavaPackage());
            builder.diffOptions(DiffOptions.defaults()
                .compareServerDefaults(properties.isCompareServerDefault())
                .tables(properties.getInclude(), properties.getExclude()));
        }

        private void configureDataSource(Migrate.Builder builder, MigrateProperties properties,
                DataSource migrateDataSource, ObjectProvider<DataSource> dataSource) {
            if (migrateDataSource != null) {
                builder.dataSource(migrateDataSource);
            }
            else if (properties.getUrl() != null) {
                builder.url(properties.getUrl(), properties.getUser(), properties.getPassword());
            }
            else {
                DataSource unique = dataSource.getIfUnique();
                if (unique == null) {
                    throw new IllegalStateException("migrate needs one DataSource but there are several: mark the "
                            + "main one @Primary, mark the one to migrate @MigrateDataSource, or set migrate.url");
                }
                builder.dataSource(unique);
            }
        }

        @Bean
        @ConditionalOnMissingBean({ MigrateInitializer.class, MigrateCommandMode.class })
        MigrateInitializer migrateInitializer(Migrate migrate, MigrateProperties properties,
                ObjectProvider<MigrateStrategy> strategy) {
            return new MigrateInitializer(migrate, strategy.getIfAvailable(() -> StartupStrategies.of(properties)));
        }

    }

    /**
     * The application's JPA model, for {@code revision --autogenerate} and {@code check}, when
     * Hibernate and Boot's JPA auto-configuration are on the class path.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({ Metadata.class, HibernateProperties.class, PersistenceManagedTypes.class })
    static final class JpaModelConfiguration {

        @Bean
        @ConditionalOnMissingBean(ModelSource.class)
        JpaModelSource migrateModelSource(ObjectProvider<PersistenceManagedTypes> managedTypes,
                ObjectProvider<JpaProperties> jpaProperties, ObjectProvider<HibernateProperties> hibernateProperties,
                ObjectProvider<PhysicalNamingStrategy> physicalNaming, ObjectProvider<ImplicitNamingStrategy> implicitNaming,
                ObjectProvider<HibernatePropertiesCustomizer> customizers, ResourceLoader resourceLoader) {
            return new JpaModelSource(managedTypes, jpaProperties, hibernateProperties, physicalNaming, implicitNaming,
                    customizers, resourceLoader.getClassLoader());
        }

    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.jdbc.SchemaManagementProvider")
    static final class SchemaManagementConfiguration {

        @Bean
        MigrateSchemaManagementProvider migrateDefaultDdlModeProvider(ObjectProvider<Migrate> migrates) {
            return new MigrateSchemaManagementProvider(migrates);
        }

    }

    static final class MigrateDataSourceCondition extends AnyNestedCondition {

        MigrateDataSourceCondition() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        private static final class DataSourceBeanCondition {

        }

        @ConditionalOnProperty(name = "migrate.url")
        private static final class MigrateUrlCondition {

        }

    }

}
