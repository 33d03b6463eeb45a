package dev.migrate.autogenerate;

import dev.migrate.schema.Schema;

/**
 * Where autogenerate takes the schema the application's model declares from: in a Spring
 * application, the JPA/Hibernate mapping read by
 * {@link dev.migrate.autogenerate.hibernate.HibernateModelReader}.
 */
@FunctionalInterface
public interface ModelSource {

    /** The schema the model declares, for the database autogenerate compares it with. */
    Schema read();
}
