package dev.migrate.dialect;

import dev.migrate.MigrateException;
import dev.migrate.operations.Column;
import dev.migrate.operations.ColumnChange;
import dev.migrate.operations.Constraint;
import dev.migrate.operations.Operation;
import dev.migrate.operations.SqlType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * MySQL and MariaDB. DDL is not transactional: every DDL statement commits implicitly. Names are
 * quoted with backticks and never folded. String literals escape backslashes too, as the default
 * SQL mode (without {@code NO_BACKSLASH_ESCAPES}) requires. {@code started_at} is a UTC
 * {@code DATETIME(3)}, since {@code TIMESTAMP} stops in 2038.
 *
 * <p>Every alteration is native, but changing a column's type, nullability or comment restates the
 * whole column ({@code MODIFY}/{@code CHANGE}), so the column's current definition is needed
 * ({@link MysqlColumns}). Indexes may be descending; expression indexes exist on MySQL 8.0.13+
 * and not on MariaDB; none may be partial. Comments are part of the column definition.
 */
final class MysqlDialect extends AbstractDialect {

    MysqlDialect() {
        super("mysql", false, '`', Keywords.MYSQL, false, true, false);
    }

    @Override
    public String stringLiteral(String value) {
        return super.stringLiteral(value.replace("\\", "\\\\"));
    }

    @Override
    String generatedPrimaryKey() {
        return "BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY";
    }

    @Override
    String textType() {
        return "TEXT";
    }

    @Override
    String timestampType() {
        return "DATETIME(3)";
    }

    @Override
    public boolean tableExists(Connection connection, String table) throws SQLException {
        return anyRow(connection,
                "SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?", table);
    }

    @Override
    public String currentTimestampSql() {
        return "UTC_TIMESTAMP(3)";
    }

    @Override
    public String currentUserSql() {
        return "CURRENT_USER()";
    }

    @Override
    public void setTimestamp(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setObject(index, LocalDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    @Override
    public Instant getTimestamp(ResultSet resultSet, String column) throws SQLException {
        LocalDateTime value = resultSet.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    @Override
    public Capabilities capabilities() {
        return capabilities("MySQL", "8.4");
    }

    @Override
    public Capabilities capabilities(Connection connection) throws SQLException {
        String version = connection.getMetaData().getDatabaseProductVersion();
        String product = connection.getMetaData().getDatabaseProductName();
        boolean mariaDb = version.contains("MariaDB") || product.contains("MariaDB");
        return capabilities(mariaDb ? "MariaDB" : "MySQL", version);
    }

    private static Capabilities capabilities(String product, String version) {
        boolean mariaDb = product.equals("MariaDB");
        boolean expressions = !mariaDb && Versions.atLeast(version, 8, 0, 13);
        boolean descending = mariaDb ? Versions.atLeast(version, 10, 8, 0) : Versions.atLeast(version, 8, 0, 0);
        return new Capabilities(product, version, false, EnumSet.allOf(Capabilities.Alter.class), false, expressions,
                descending, true);
    }

    /**
     * {@code TEXT} is {@code LONGTEXT} and {@code BLOB} is {@code LONGBLOB} (unbounded, as elsewhere);
     * {@code REAL} is {@code FLOAT} (MySQL's {@code REAL} means double); times and timestamps keep
     * microseconds; {@code TIMESTAMP_TZ} is a {@code DATETIME(6)} holding UTC, as MySQL has no
     * type that keeps an offset; {@code UUID} is {@code CHAR(36)}.
     */
    @Override
    String typeName(SqlType type) {
        return switch (type.kind()) {
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case SMALLINT -> "SMALLINT";
            case BOOLEAN -> "BOOLEAN";
            case VARCHAR -> "VARCHAR(" + type.length() + ")";
            case TEXT -> "LONGTEXT";
            case DECIMAL -> "DECIMAL(" + type.precision() + ", " + type.scale() + ")";
            case REAL -> "FLOAT";
            case DOUBLE -> "DOUBLE";
            case DATE -> "DATE";
            case TIME -> "TIME(6)";
            case TIMESTAMP, TIMESTAMP_TZ -> "DATETIME(6)";
            case BLOB -> "LONGBLOB";
            case UUID -> "CHAR(36)";
            case JSON -> "JSON";
            case SQL -> type.sql();
        };
    }

    /**
     * Integer display widths do not count ({@code bigint(20)} is {@code bigint}) except
     * {@code tinyint(1)}, MySQL's boolean; {@code bit} is {@code bit(1)}; MariaDB keeps
     * {@code json} as {@code longtext}.
     */
    @Override
    public String canonicalType(String typeText) {
        String type = TypeText.normalize(typeText);
        if (type.equals("tinyint(1)") || type.equals("bool") || type.equals("boolean")) {
            return "boolean";
        }
        if (type.equals("bit")) {
            return "bit(1)";
        }
        if (type.equals("json")) {
            return "longtext";
        }
        java.util.regex.Matcher integer = DISPLAY_WIDTH.matcher(type);
        if (integer.matches()) {
            type = integer.group(1) + (integer.group(2) == null ? "" : integer.group(2));
        }
        return TypeText.synonyms(type);
    }

    private static final java.util.regex.Pattern DISPLAY_WIDTH = java.util.regex.Pattern.compile("(tinyint|smallint|mediumint|int|integer|bigint)\\(\\d+\\)( unsigned)?");

    /**
     * {@code TRUE} and {@code FALSE} are the integers 1 and 0 here, and a {@code bit} column's
     * default is reported as a bit literal ({@code b'0'} for {@code DEFAULT false}): all count as
     * the number they are.
     */
    @Override
    public String canonicalDefault(String defaultSql) {
        String text = TypeText.canonicalDefault(defaultSql);
        if (text == null) {
            return null;
        }
        if (text.equals("true") || text.equals("false")) {
            return text.equals("true") ? "1" : "0";
        }
        java.util.regex.Matcher bits = BIT_LITERAL.matcher(text);
        return bits.matches() ? new java.math.BigInteger(bits.group(1), 2).toString() : text;
    }

    private static final java.util.regex.Pattern BIT_LITERAL = java.util.regex.Pattern.compile("b'([01]+)'");

    /** RESTRICT and NO ACTION are the same on MySQL and MariaDB, which report RESTRICT for both. */
    @Override
    public String canonicalAction(String action) {
        String canonical = super.canonicalAction(action);
        return canonical.equals("RESTRICT") ? "NO ACTION" : canonical;
    }

    @Override
    String columnDefinition(String table, Column column, boolean inlinePrimaryKey) {
        StringBuilder out = new StringBuilder(quoteIdentifier(column.name())).append(' ')
                .append(typeName(column.type()));
        if (!column.nullable()) {
            out.append(" NOT NULL");
        }
        if (column.serverDefault() != null) {
            out.append(" DEFAULT ").append(column.serverDefault());
        }
        if (column.isAutoIncrement()) {
            out.append(" AUTO_INCREMENT");
        }
        if (inlinePrimaryKey) {
            out.append(" PRIMARY KEY");
        }
        if (column.comment() != null) {
            out.append(" COMMENT ").append(stringLiteral(column.comment()));
        }
        return out.toString();
    }

    @Override
    List<String> separateComment(String table, String column, String comment, boolean changing) {
        return List.of();
    }

    /**
     * A default-only change is {@code ALTER COLUMN ... SET/DROP DEFAULT} and a rename alone
     * {@code RENAME COLUMN} (MySQL 8.0, MariaDB 10.5). A change of type, nullability or comment
     * restates the column: its current definition, with the changes applied, in one
     * {@code MODIFY COLUMN} (or {@code CHANGE COLUMN} when it is also renamed).
     */
    @Override
    List<String> alterColumn(Operation.AlterColumn alter, RenderContext context) {
        ColumnChange change = alter.change();
        String table = quoteIdentifier(alter.table());
        List<String> out = new ArrayList<>();
        if (change.type() != null || change.nullable() != null || change.changeComment()) {
            Column now = existing(alter, context);
            Column after = new Column(change.newName() == null ? alter.column() : change.newName(),
                    change.type() == null ? now.type() : change.type(),
                    change.nullable() == null ? now.nullable() : change.nullable(),
                    change.changeDefault() ? change.serverDefault() : now.serverDefault(), false,
                    now.isAutoIncrement(), change.changeComment() ? change.comment() : now.comment());
            out.add(change.newName() == null
                    ? "ALTER TABLE " + table + " MODIFY COLUMN " + columnDefinition(alter.table(), after, false)
                    : "ALTER TABLE " + table + " CHANGE COLUMN " + quoteIdentifier(alter.column()) + " "
                            + columnDefinition(alter.table(), after, false));
            return out;
        }
        if (change.changeDefault()) {
            out.add("ALTER TABLE " + table + " ALTER COLUMN " + quoteIdentifier(alter.column())
                    + (change.serverDefault() == null ? " DROP DEFAULT" : " SET DEFAULT " + change.serverDefault()));
        }
        if (change.newName() != null) {
            out.add("ALTER TABLE " + table + " RENAME COLUMN " + quoteIdentifier(alter.column()) + " TO "
                    + quoteIdentifier(change.newName()));
        }
        return out;
    }

    private Column existing(Operation.AlterColumn alter, RenderContext context) {
        if (alter.change().existing() != null) {
            return alter.change().existing();
        }
        String what = alter.describe();
        if (!context.isOnline()) {
            throw new MigrateException(context.source() + ": " + what + " on MySQL/MariaDB restates the whole column "
                    + "(MODIFY), so it needs the column's current type, nullability, default and comment. Offline SQL "
                    + "(--sql) has no database to read them from: state them with "
                    + "ColumnChange.existing(Column.of(...)), as Alembic needs existing_type");
        }
        try {
            return MysqlColumns.read(context.connectionOrNull(), alter.table(), alter.column(), this);
        } catch (SQLException ex) {
            throw new MigrateException("Cannot read the current definition of " + alter.table() + "." + alter.column()
                    + " for " + what + ": " + ex.getMessage(), ex);
        }
    }

    @Override
    String dropIndex(Operation.DropIndex drop) {
        if (drop.table() == null) {
            throw new MigrateException("MySQL/MariaDB drop an index from its table: give the table of index "
                    + drop.name() + " (op.dropIndex(name, table))");
        }
        return "DROP INDEX " + quoteIdentifier(drop.name()) + " ON " + quoteIdentifier(drop.table());
    }

    /**
     * Foreign keys go with {@code DROP FOREIGN KEY}, unique constraints with {@code DROP INDEX},
     * primary keys with {@code DROP PRIMARY KEY}, checks with {@code DROP CONSTRAINT} (MariaDB
     * 10.2+, MySQL 8.0.19+).
     */
    @Override
    String dropConstraint(Operation.DropConstraint drop) {
        String head = "ALTER TABLE " + quoteIdentifier(drop.table()) + " DROP ";
        if (drop.type() == null) {
            throw new MigrateException("MySQL/MariaDB drop each kind of constraint with its own statement: give the "
                    + "type of constraint " + drop.name() + " on " + drop.table()
                    + " (op.dropConstraint(name, table, Constraint.Type.FOREIGN_KEY | UNIQUE | CHECK | PRIMARY_KEY))");
        }
        return switch (drop.type()) {
            case FOREIGN_KEY -> head + "FOREIGN KEY " + quoteIdentifier(drop.name());
            case UNIQUE -> head + "INDEX " + quoteIdentifier(drop.name());
            case PRIMARY_KEY -> head + "PRIMARY KEY";
            case CHECK -> head + "CONSTRAINT " + quoteIdentifier(drop.name());
        };
    }

    /**
     * A foreign key goes together with the index MySQL/MariaDB made for it when it was added (named
     * like the constraint, on exactly its columns). Reflection counts that index as part of the
     * foreign key, so left behind it would turn up as an index the model lacks, and a downgrade
     * of {@code createForeignKey} would not give back the schema before it. The index is kept when
     * another foreign key of the table starts with the same column, which may need it; offline
     * SQL, which cannot look, drops the constraint alone.
     */
    @Override
    List<String> dropConstraint(Operation.DropConstraint drop, RenderContext context) {
        String statement = dropConstraint(drop);
        if (drop.type() != Constraint.Type.FOREIGN_KEY || !context.isOnline()) {
            return List.of(statement);
        }
        try {
            if (indexMadeForForeignKey(context.connectionOrNull(), drop.table(), drop.name())) {
                return List.of(statement, dropIndex(new Operation.DropIndex(drop.name(), drop.table())));
            }
            return List.of(statement);
        } catch (SQLException ex) {
            throw new MigrateException("Cannot read the indexes of table " + drop.table() + " to drop foreign key "
                    + drop.name() + ": " + ex.getMessage(), ex);
        }
    }

    private static boolean indexMadeForForeignKey(Connection connection, String table, String foreignKey)
            throws SQLException {
        List<String> indexColumns = strings(connection, "SELECT column_name FROM information_schema.statistics "
                + "WHERE table_schema = DATABASE() AND table_name = ? AND index_name = ? AND non_unique = 1 "
                + "ORDER BY seq_in_index", table, foreignKey);
        List<String> keyColumns = strings(connection, "SELECT column_name FROM information_schema.key_column_usage "
                + "WHERE constraint_schema = DATABASE() AND table_name = ? AND constraint_name = ? "
                + "AND referenced_table_name IS NOT NULL ORDER BY ordinal_position", table, foreignKey);
        if (indexColumns.isEmpty() || !lower(indexColumns).equals(lower(keyColumns))) {
            return false;
        }
        return strings(connection, "SELECT constraint_name FROM information_schema.key_column_usage "
                + "WHERE constraint_schema = DATABASE() AND table_name = ? AND constraint_name <> ? "
                + "AND referenced_table_name IS NOT NULL AND ordinal_position = 1 AND column_name = ?",
                table, foreignKey, indexColumns.get(0)).isEmpty();
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    @Override
    public List<String> constraintNames(Connection connection, String table) throws SQLException {
        return strings(connection, "SELECT constraint_name FROM information_schema.table_constraints "
                + "WHERE constraint_schema = DATABASE() AND table_name = ?", table);
    }
}
