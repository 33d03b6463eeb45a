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
public record JavaScript(Revision revision, String className, ClassLoader classLoader, boolean transactional,
        Migration instance) implements Script {

    /** A migration found under a location, instantiated through its no-argument constructor when it runs. */
    public JavaScript(Revision revision, String className, ClassLoader classLoader, boolean transactional) {
        this(revision, className, classLoader, transactional, null);
    }

    /**
     * A migration given as an instance (a Spring bean with injected collaborators): its revision
     * is read from the {@link dev.migrate.operations.Revision @Revision} annotation of its class or
     * of a superclass (so that subclassing proxies keep it), and it runs as it is.
     *
     * @throws MigrateException when no class in its hierarchy carries {@code @Revision} or the id is empty
     */
    public static JavaScript of(Migration instance) {
        return JavaMigrationReader.ofInstance(instance);
    }

    @Override
    public String path() {
        return "class " + className;
    }

    @Override
    public Optional<String> checksum() {
        return Optional.empty();
    }

    /** The given instance, or a new one created through the class's public no-argument constructor. */
    public Migration instantiate() {
        if (instance != null) {
            return instance;
        }
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
