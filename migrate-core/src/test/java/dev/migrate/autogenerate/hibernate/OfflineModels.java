package dev.migrate.autogenerate.hibernate;

import dev.migrate.autogenerate.hibernate.model.TestModel;
import dev.migrate.schema.Schema;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.boot.Metadata;

/** The test model built offline once per dialect: Hibernate's bootstrap is the slow part. */
final class OfflineModels {

    private static final Map<String, Metadata> METADATA = new ConcurrentHashMap<>();

    private OfflineModels() {
    }

    static Metadata metadata(String dialect) {
        return METADATA.computeIfAbsent(dialect, d ->
                HibernateModelReader.buildOffline(d, TestModel.classNames(), OfflineModels.class.getClassLoader()));
    }

    static Schema schema(String dialect) {
        return HibernateModelReader.read(metadata(dialect));
    }
}
