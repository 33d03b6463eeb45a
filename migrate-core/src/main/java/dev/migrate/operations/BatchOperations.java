package dev.migrate.operations;

/**
 * The alterations allowed inside {@link Operations#batchAlterTable}: all on one table, applied
 * together when the batch ends (with one table rebuild on SQLite when ALTER cannot do them).
 */
public interface BatchOperations {

    void addColumn(Column column);

    void dropColumn(String column);

    void alterColumn(String column, ColumnChange change);

    void createIndex(Index index);

    void dropIndex(String name);

    void createUniqueConstraint(String name, String... columns);

    void createForeignKey(Constraint.ForeignKey foreignKey);

    void createCheckConstraint(String name, String condition);

    void createPrimaryKey(String name, String... columns);

    void dropConstraint(String name, Constraint.Type type);
}
