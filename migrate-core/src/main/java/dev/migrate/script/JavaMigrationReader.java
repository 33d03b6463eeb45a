package dev.migrate.script;

import dev.migrate.MigrateException;
import dev.migrate.operations.Migration;
import dev.migrate.revision.Revision;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@link dev.migrate.operations.Revision @Revision} annotation of a class found under a
 * classpath location. The class is loaded with {@code Class.forName(name, false, loader)}: its
 * static initialiser does not run and nothing is instantiated.
 */
final class JavaMigrationReader {

    private JavaMigrationReader() {
    }

    /**
     * The migration a class declares, or empty when the class carries no {@code @Revision}.
     *
     * @throws MigrateException when the class cannot be loaded, or carries {@code @Revision}
     *     without being a public concrete {@link Migration} with a public no-argument constructor,
     *     or declares an empty id
     */
    static Optional<JavaScript> read(String className, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError ex) {
            throw new MigrateException("Cannot load class " + className + " found under a script location: " + ex
                    + "; remove the class file or make its dependencies available", ex);
        }
        dev.migrate.operations.Revision annotation = type.getAnnotation(dev.migrate.operations.Revision.class);
        if (annotation == null) {
            return Optional.empty();
        }
        String declared = "Class " + className + " is annotated @Revision(id = \"" + annotation.id() + "\")";
        if (!Migration.class.isAssignableFrom(type)) {
            throw new MigrateException(declared + " but does not implement " + Migration.class.getName()
                    + "; add 'implements Migration' or remove the annotation");
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
            throw new MigrateException(declared + " but is not a public concrete class;"
                    + " make it a public, non-abstract class");
        }
        if (!hasPublicNoArgConstructor(type)) {
            throw new MigrateException(declared + " but has no public no-argument constructor; add one");
        }
        if (annotation.id().isBlank()) {
            throw new MigrateException("Class " + className + " is annotated @Revision with an empty id;"
                    + " set @Revision(id = \"...\") to the revision id");
        }
        return Optional.of(new JavaScript(revision(annotation, className), className, loader, annotation.transactional()));
    }

    static JavaScript ofInstance(Migration instance) {
        Class<?> type = instance.getClass();
        dev.migrate.operations.Revision annotation = null;
        for (Class<?> c = type; c != null && annotation == null; c = c.getSuperclass()) {
            annotation = c.getAnnotation(dev.migrate.operations.Revision.class);
            if (annotation != null) {
                type = c;
            }
        }
        if (annotation == null) {
            throw new MigrateException("Migration " + instance.getClass().getName() + " is not annotated @Revision;"
                    + " add @Revision(id = \"...\", revises = ...) to its class");
        }
        if (annotation.id().isBlank()) {
            throw new MigrateException("Class " + type.getName() + " is annotated @Revision with an empty id;"
                    + " set @Revision(id = \"...\") to the revision id");
        }
        return new JavaScript(revision(annotation, type.getName()), type.getName(), type.getClassLoader(),
                annotation.transactional(), instance);
    }

    private static Revision revision(dev.migrate.operations.Revision annotation, String className) {
        String path = "class " + className;
        return new Revision(
                annotation.id(),
                List.of(annotation.revises()),
                List.of(annotation.branchLabels()),
                List.of(annotation.dependsOn()),
                annotation.message(),
                annotation.created().isEmpty() ? null : annotation.created(),
                path);
    }

    private static boolean hasPublicNoArgConstructor(Class<?> type) {
        try {
            type.getConstructor();
            return true;
        } catch (NoSuchMethodException ex) {
            return false;
        } catch (LinkageError ex) {
            throw new MigrateException("Cannot inspect class " + type.getName() + ": " + ex
                    + "; make its dependencies available", ex);
        }
    }
}
