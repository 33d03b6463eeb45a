package dev.migrate.operations;

/**
 * What {@link Operations#alterColumn} changes, built fluently from {@link #change()}:
 * {@code ColumnChange.change().type(SqlType.varchar(200)).notNull().rename("full_name")}. Fields
 * left unset are not changed.
 *
 * <p>{@link #existing} describes the column as it is now, for MySQL/MariaDB, which restate the
 * whole column ({@code MODIFY}/{@code CHANGE}) to change its type, nullability or comment and
 * reset whatever is not restated. Online it is read from the database when not given; offline SQL
 * for MySQL/MariaDB needs it (Alembic's {@code existing_type}, {@code existing_nullable},
 * {@code existing_server_default}, {@code existing_comment}). Other databases ignore it.
 *
 * @param type the new type, or {@code null} to keep it
 * @param nullable the new nullability, or {@code null} to keep it
 * @param changeDefault whether the server default changes
 * @param serverDefault the new default SQL expression; {@code null} with {@code changeDefault} drops it
 * @param newName the new column name, or {@code null} to keep it
 * @param changeComment whether the comment changes
 * @param comment the new comment; {@code null} with {@code changeComment} drops it
 * @param existing the column as it is now (its name is ignored), or {@code null} when not stated
 */
public record ColumnChange(SqlType type, Boolean nullable, boolean changeDefault, String serverDefault, String newName,
        boolean changeComment, String comment, Column existing) {

    /** A change that changes nothing yet. */
    public static ColumnChange change() {
        return new ColumnChange(null, null, false, null, null, false, null, null);
    }

    /** Changes the type. */
    public ColumnChange type(SqlType newType) {
        return new ColumnChange(newType, nullable, changeDefault, serverDefault, newName, changeComment, comment,
                existing);
    }

    /** Makes the column NOT NULL. */
    public ColumnChange notNull() {
        return nullable(false);
    }

    /** Sets whether NULL is allowed. */
    public ColumnChange nullable(boolean allowNull) {
        return new ColumnChange(type, allowNull, changeDefault, serverDefault, newName, changeComment, comment,
                existing);
    }

    /** Sets the server default (an SQL expression written as it is), or drops it with {@code null}. */
    public ColumnChange serverDefault(String sqlExpression) {
        return new ColumnChange(type, nullable, true, sqlExpression, newName, changeComment, comment, existing);
    }

    /** Renames the column. */
    public ColumnChange rename(String name) {
        return new ColumnChange(type, nullable, changeDefault, serverDefault, name, changeComment, comment, existing);
    }

    /** Sets the comment, or drops it with {@code null}. */
    public ColumnChange comment(String text) {
        return new ColumnChange(type, nullable, changeDefault, serverDefault, newName, true, text, existing);
    }

    /**
     * States the column as it is now: type, nullability, default, auto-increment and comment (needed
     * offline on MySQL/MariaDB).
     */
    public ColumnChange existing(Column current) {
        return new ColumnChange(type, nullable, changeDefault, serverDefault, newName, changeComment, comment,
                current);
    }

    /** States the column as it is now, without auto-increment or comment. */
    public ColumnChange existing(SqlType currentType, boolean currentNullable, String currentDefault) {
        return existing(Column.of("existing", currentType).nullable(currentNullable).serverDefault(currentDefault));
    }

    /** True when nothing would change. */
    public boolean isEmpty() {
        return type == null && nullable == null && !changeDefault && newName == null && !changeComment;
    }
}
