package dev.migrate.script;

import dev.migrate.MigrateException;
import dev.migrate.operations.Migration;
import dev.migrate.revision.Revision;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

/**
 * A revision written as a Java class implementing {@link Migration} and annotated with
 * {@link dev.migrate.operations.Revision}. The class is loaded without being initialised while the
 * graph is built; it is instantiated only when its revision runs.
 *
 * @param revision the declared revision
 * @param className the fully qualified class name
 * @param classLoader the loader that found it
 * @param transactional the annotation's {@code transactional} flag
 */
public record JavaScript(Revision revision, String className, ClassLoader classLoader, boolean transactional)
        implements Script {

    @Override
    public String path() {
        return "class " + className;
    }

    @Override
    public Optional<String> checksum() {
        return Optional.empty();
    }

    /** Creates the migration through its public no-argument constructor. */
    public Migration instantiate() {
        try {
            Class<?> type = Class.forName(className, true, classLoader);
            return (Migration) type.getDeclaredConstructor().newInstance();
        } catch (ExceptionInInitializerError ex) {
            throw new MigrateException("Revision " + revision.id() + ": the static initialiser of " + className
                    + " failed: " + ex.getCause(), ex.getCause());
        } catch (InvocationTargetException ex) {
            throw new MigrateException("Revision " + revision.id() + ": constructing " + className
                    + " failed: " + ex.getCause(), ex.getCause());
        } catch (ReflectiveOperationException | LinkageError ex) {
            throw new MigrateException("Revision " + revision.id() + ": cannot instantiate " + className
                    + " (" + ex + "); a Java migration needs a public no-argument constructor", ex);
        }
    }
}
