package dev.migrate.autogenerate;

import dev.migrate.schema.Schema;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/**
 * Where autogenerate takes the schema the application's model declares from: in a Spring
 * application, the JPA/Hibernate mapping read by
 * {@link dev.migrate.autogenerate.hibernate.HibernateModelSource}.
 */
@FunctionalInterface
public interface ModelSource {

    /**
     * The schema the model declares for the database it is about to be compared with.
     *
     * @param database the metadata of that database's connection: its product and version
     *     decide how the model renders types (Hibernate's dialect)
     */
    Schema read(DatabaseMetaData database) throws SQLException;
}
