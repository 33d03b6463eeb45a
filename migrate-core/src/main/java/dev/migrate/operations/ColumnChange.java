package dev.migrate.operations;

/**
 * What {@link Operations#alterColumn} changes, built fluently from {@link #change()}:
 * {@code ColumnChange.change().type(SqlType.varchar(200)).notNull().rename("full_name")}. Fields
 * left unset are not changed. The {@code existing*} values describe the column as it is, for
 * databases that restate the whole column (MySQL/MariaDB {@code MODIFY}); online they are read
 * from the database when not given.
 *
 * @param type the new type, or {@code null} to keep it
 * @param nullable the new nullability, or {@code null} to keep it
 * @param changeDefault whether the server default changes
 * @param serverDefault the new default SQL expression; {@code null} with {@code changeDefault} drops it
 * @param newName the new column name, or {@code null} to keep it
 * @param changeComment whether the comment changes
 * @param comment the new comment; {@code null} with {@code changeComment} drops it
 * @param existingType the current type, if known
 * @param existingNullable the current nullability, if known
 * @param existingServerDefault the current default, if known
 */
public record ColumnChange(SqlType type, Boolean nullable, boolean changeDefault, String serverDefault, String newName,
        boolean changeComment, String comment, SqlType existingType, Boolean existingNullable,
        String existingServerDefault) {

    /** A change that changes nothing yet. */
    public static ColumnChange change() {
        return new ColumnChange(null, null, false, null, null, false, null, null, null, null);
    }

    /** Changes the type. */
    public ColumnChange type(SqlType newType) {
        return new ColumnChange(newType, nullable, changeDefault, serverDefault, newName, changeComment, comment,
                existingType, existingNullable, existingServerDefault);
    }

    /** Makes the column NOT NULL. */
    public ColumnChange notNull() {
        return nullable(false);
    }

    /** Sets whether NULL is allowed. */
    public ColumnChange nullable(boolean allowNull) {
        return new ColumnChange(type, allowNull, changeDefault, serverDefault, newName, changeComment, comment,
                existingType, existingNullable, existingServerDefault);
    }

    /** Sets the server default (an SQL expression), or drops it with {@code null}. */
    public ColumnChange serverDefault(String sqlExpression) {
        return new ColumnChange(type, nullable, true, sqlExpression, newName, changeComment, comment, existingType,
                existingNullable, existingServerDefault);
    }

    /** Renames the column. */
    public ColumnChange rename(String name) {
        return new ColumnChange(type, nullable, changeDefault, serverDefault, name, changeComment, comment,
                existingType, existingNullable, existingServerDefault);
    }

    /** Sets the comment, or drops it with {@code null}. */
    public ColumnChange comment(String text) {
        return new ColumnChange(type, nullable, changeDefault, serverDefault, newName, true, text, existingType,
                existingNullable, existingServerDefault);
    }

    /** States the column as it is now (needed offline on MySQL/MariaDB). */
    public ColumnChange existing(SqlType currentType, boolean currentNullable, String currentDefault) {
        return new ColumnChange(type, nullable, changeDefault, serverDefault, newName, changeComment, comment,
                currentType, currentNullable, currentDefault);
    }

    /** True when nothing would change. */
    public boolean isEmpty() {
        return type == null && nullable == null && !changeDefault && newName == null && !changeComment;
    }
}
