package dev.migrate.autoconfigure.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * The EntityManagerFactory is built after the migrations ran: with
 * {@code ddl-auto=validate}, entities map onto tables that only the migrations create, on SQLite.
 */
class MigrateJpaOrderingTests {

    @TempDir
    Path dir;

    private ApplicationContextRunner contextRunner() {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    HibernateJpaAutoConfiguration.class, TransactionAutoConfiguration.class,
                    MigrateAutoConfiguration.class))
            .withUserConfiguration(EntityPackage.class)
            .withPropertyValues("spring.datasource.url=jdbc:sqlite:" + this.dir.resolve("jpa.db"),
                    "spring.datasource.type=org.springframework.jdbc.datasource.SimpleDriverDataSource",
                    "spring.jpa.hibernate.ddl-auto=validate");
    }

    @Test
    void entityManagerFactoryIsBuiltAfterTheMigrationsRan() {
        contextRunner().run((context) -> {
            assertThat(context).hasNotFailed();
            String[] dependsOn = context.getBeanFactory().getBeanDefinition("entityManagerFactory").getDependsOn();
            assertThat(Arrays.asList(dependsOn)).contains("migrateInitializer");
            EntityManager entityManager = context.getBean(EntityManagerFactory.class).createEntityManager();
            entityManager.getTransaction().begin();
            Author author = new Author("Italo Calvino");
            entityManager.persist(author);
            entityManager.persist(new Book("Invisible Cities", author));
            entityManager.getTransaction().commit();
            entityManager.clear();
            assertThat(entityManager.createQuery("select b from Book b", Book.class).getSingleResult().getAuthor()
                .getName()).isEqualTo("Italo Calvino");
            entityManager.close();
        });
    }

    @Test
    void withoutTheMigrationsValidationFindsTheTablesMissing() {
        contextRunner().withPropertyValues("migrate.enabled=false").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("missing table");
        });
    }

    @Test
    void hibernateLeavesAMigratedEmbeddedDatabaseAlone() {
        ApplicationContextRunner h2 = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    HibernateJpaAutoConfiguration.class, TransactionAutoConfiguration.class,
                    MigrateAutoConfiguration.class))
            .withUserConfiguration(EntityPackage.class)
            .withPropertyValues("spring.datasource.type=org.springframework.jdbc.datasource.SimpleDriverDataSource");
        h2.withPropertyValues("spring.datasource.url=jdbc:h2:mem:managed" + System.nanoTime())
            .run((context) -> assertThat(context.getBean(LocalContainerEntityManagerFactoryBean.class)
                .getJpaPropertyMap()).doesNotContainKey("hibernate.hbm2ddl.auto"));
        // the contrast: H2 is embedded, so without migrate Boot defaults Hibernate to create-drop
        h2.withPropertyValues("spring.datasource.url=jdbc:h2:mem:unmanaged" + System.nanoTime(),
                "migrate.enabled=false")
            .run((context) -> assertThat(context.getBean(LocalContainerEntityManagerFactoryBean.class)
                .getJpaPropertyMap()).containsEntry("hibernate.hbm2ddl.auto", "create-drop"));
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage
    static class EntityPackage {

    }

}
