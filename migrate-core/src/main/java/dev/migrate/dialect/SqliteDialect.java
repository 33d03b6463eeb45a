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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SQLite (through sqlite-jdbc). DDL is transactional. Names are matched case-insensitively and never
 * folded, so case alone does not call for quotes. There is no date type: {@code started_at} is
 * UTC text in the format of SQLite's own {@code strftime('%Y-%m-%d %H:%M:%f')}.
 *
 * <p>Native alterations depend on {@code sqlite_version()}: ADD COLUMN (not a primary key, and
 * with a constant default) and RENAME TABLE always; RENAME COLUMN from 3.25; DROP COLUMN from 3.35
 * (not of an indexed or constrained column, see {@link SqliteDropColumn}); SET/DROP NOT NULL and
 * ADD/DROP CONSTRAINT ... CHECK from 3.53 (measured on 3.53.4). Everything else needs a table
 * rebuild ({@link #tableRebuilder()}). Indexes may be partial, descending and on expressions.
 * SQLite has no column comments: a comment is left out with a warning.
 */
final class SqliteDialect extends AbstractDialect {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteDialect.class);
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    /** The SQLite that sqlite-jdbc 3.53.4.0 bundles, assumed for offline SQL. */
    static final String BUNDLED_VERSION = "3.53.4";
    private static final Pattern CONSTANT = Pattern.compile(
            "[+-]?[0-9]+(\\.[0-9]*)?([eE][+-]?[0-9]+)?|'([^']|'')*'|(?i:NULL|TRUE|FALSE)|[xX]'[0-9A-Fa-f]*'");
    private static final Pattern CONSTRAINT_NAME = Pattern.compile(
            "(?i)\\bCONSTRAINT\\s+(\"((?:[^\"]|\"\")*)\"|`((?:[^`]|``)*)`|\\[([^\\]]*)]|([^\\s(]+))");

    SqliteDialect() {
        super("sqlite", true, '"', Keywords.SQLITE, false, false, true);
    }

    @Override
    String generatedPrimaryKey() {
        return "INTEGER PRIMARY KEY AUTOINCREMENT";
    }

    @Override
    String textType() {
        return "TEXT";
    }

    @Override
    String timestampType() {
        return "TEXT";
    }

    @Override
    public boolean tableExists(Connection connection, String table) throws SQLException {
        return anyRow(connection,
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE", table);
    }

    @Override
    public String currentTimestampSql() {
        return "strftime('%Y-%m-%d %H:%M:%f', 'now')";
    }

    @Override
    public String currentUserSql() {
        return "NULL";
    }

    @Override
    public void setTimestamp(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setString(index, TIMESTAMP.format(LocalDateTime.ofInstant(value, ZoneOffset.UTC)));
    }

    @Override
    public Instant getTimestamp(ResultSet resultSet, String column) throws SQLException {
        String value = resultSet.getString(column);
        return value == null ? null : LocalDateTime.parse(value, TIMESTAMP).toInstant(ZoneOffset.UTC);
    }

    @Override
    public Capabilities capabilities() {
        return capabilities(BUNDLED_VERSION);
    }

    @Override
    public Capabilities capabilities(Connection connection) throws SQLException {
        return capabilities(string(connection, "SELECT sqlite_version()"));
    }

    static Capabilities capabilities(String version) {
        Set<Capabilities.Alter> alters = EnumSet.of(Capabilities.Alter.ADD_COLUMN, Capabilities.Alter.RENAME_TABLE);
        if (Versions.atLeast(version, 3, 25, 0)) {
            alters.add(Capabilities.Alter.RENAME_COLUMN);
        }
        if (Versions.atLeast(version, 3, 35, 0)) {
            alters.add(Capabilities.Alter.DROP_COLUMN);
        }
        if (Versions.atLeast(version, 3, 53, 0)) {
            alters.addAll(Set.of(Capabilities.Alter.ALTER_NULLABILITY, Capabilities.Alter.ADD_CHECK,
                    Capabilities.Alter.DROP_CHECK));
        }
        return new Capabilities("SQLite", version, true, alters, true, true, true, false);
    }

    /** {@code UUID} is {@code VARCHAR(36)}, {@code JSON} is {@code TEXT}; the rest keep their names (SQLite takes any). */
    @Override
    String typeName(SqlType type) {
        return switch (type.kind()) {
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case SMALLINT -> "SMALLINT";
            case BOOLEAN -> "BOOLEAN";
            case VARCHAR -> "VARCHAR(" + type.length() + ")";
            case TEXT, JSON -> "TEXT";
            case DECIMAL -> "NUMERIC(" + type.precision() + ", " + type.scale() + ")";
            case REAL -> "REAL";
            case DOUBLE -> "DOUBLE PRECISION";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case TIMESTAMP -> "TIMESTAMP";
            case TIMESTAMP_TZ -> "TIMESTAMP WITH TIME ZONE";
            case BLOB -> "BLOB";
            case UUID -> "VARCHAR(36)";
            case SQL -> type.sql();
        };
    }

    /**
     * An auto-increment column must be the table's only primary-key column and is written
     * {@code INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT} (SQLite generates values only for an
     * {@code INTEGER} rowid alias, whatever integer type was asked for).
     */
    @Override
    String columnDefinition(String table, Column column, boolean inlinePrimaryKey) {
        if (column.isAutoIncrement()) {
            if (!inlinePrimaryKey) {
                throw new MigrateException("SQLite generates values only for a table's single INTEGER PRIMARY KEY "
                        + "column; " + table + "." + column.name() + " is auto-increment without being the only "
                        + "primary-key column");
            }
            return quoteIdentifier(column.name()) + " INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT";
        }
        if (column.comment() != null) {
            warnComment(table, column.name());
        }
        return super.columnDefinition(table, column, inlinePrimaryKey);
    }

    @Override
    String createSequence(Operation.CreateSequence create) {
        throw new MigrateException("SQLite has no sequences; sequence " + create.name() + " cannot be created. "
                + "Hibernate keeps a @SequenceGenerator in a table on SQLite: map the generator for this database, "
                + "or keep a separate revision chain per dialect ({dialect} in the location)");
    }

    @Override
    String dropSequence(Operation.DropSequence drop) {
        throw new MigrateException("SQLite has no sequences; sequence " + drop.name() + " cannot be dropped");
    }

    @Override
    boolean inlinesPrimaryKey(Column column) {
        return column.isAutoIncrement();
    }

    @Override
    List<String> separateComment(String table, String column, String comment, boolean changing) {
        if (changing) {
            warnComment(table, column);
        }
        return List.of();
    }

    private static void warnComment(String table, String column) {
        LOG.warn("SQLite has no column comments: the comment of {}.{} is not stored", table, column);
    }

    @Override
    public boolean needsRebuild(Operation operation, RenderContext context) {
        Capabilities caps = context.capabilities();
        if (operation instanceof Operation.AddColumn add) {
            Column column = add.column();
            return column.isPrimaryKey() || column.isAutoIncrement()
                    || column.serverDefault() != null && !CONSTANT.matcher(column.serverDefault().strip()).matches();
        } else if (operation instanceof Operation.DropColumn drop) {
            return !caps.can(Capabilities.Alter.DROP_COLUMN) || context.isOnline() && dropBlocked(drop, context);
        } else if (operation instanceof Operation.AlterColumn alter) {
            ColumnChange change = alter.change();
            return change.type() != null || change.changeDefault()
                    || change.nullable() != null && !caps.can(Capabilities.Alter.ALTER_NULLABILITY)
                    || change.newName() != null && !caps.can(Capabilities.Alter.RENAME_COLUMN);
        } else if (operation instanceof Operation.AddConstraint add) {
            return !(add.constraint() instanceof Constraint.Check check && caps.can(Capabilities.Alter.ADD_CHECK))
                    || context.isOnline() && hasUnknownRows(add.table(), check.condition(), context);
        } else if (operation instanceof Operation.DropConstraint drop) {
            return !(drop.type() == Constraint.Type.CHECK && caps.can(Capabilities.Alter.DROP_CHECK));
        }
        return false;
    }

    /**
     * Whether a row makes the check condition NULL. SQLite 3.53.4's {@code ADD CONSTRAINT ... CHECK}
     * refuses such rows although a CHECK passes on NULL (and does when the same row is inserted
     * later), so the constraint is then added by a rebuild.
     */
    private boolean hasUnknownRows(String table, String condition, RenderContext context) {
        try {
            return string(context.connectionOrNull(), "SELECT 1 FROM " + quoteIdentifier(table) + " WHERE (" + condition
                    + ") IS NULL LIMIT 1") != null;
        } catch (SQLException ex) {
            throw new MigrateException("Cannot check the rows of table " + table + " against CHECK (" + condition + "): "
                    + ex.getMessage(), ex);
        }
    }

    private boolean dropBlocked(Operation.DropColumn drop, RenderContext context) {
        try {
            return SqliteDropColumn.blocked(context.connectionOrNull(), drop.table(), drop.column(), this);
        } catch (SQLException ex) {
            throw new MigrateException("Cannot read the schema of table " + drop.table() + " to drop column "
                    + drop.column() + ": " + ex.getMessage(), ex);
        }
    }

    @Override
    List<String> alterColumn(Operation.AlterColumn alter, RenderContext context) {
        ColumnChange change = alter.change();
        String table = quoteIdentifier(alter.table());
        List<String> out = new ArrayList<>();
        if (change.nullable() != null) {
            out.add("ALTER TABLE " + table + " ALTER COLUMN " + quoteIdentifier(alter.column())
                    + (change.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
        }
        if (change.changeComment()) {
            warnComment(alter.table(), alter.column());
        }
        if (change.newName() != null) {
            out.add("ALTER TABLE " + table + " RENAME COLUMN " + quoteIdentifier(alter.column()) + " TO "
                    + quoteIdentifier(change.newName()));
        }
        return out;
    }

    @Override
    public TableRebuilder tableRebuilder() {
        return new SqliteTableRebuilder(this);
    }

    /** Foreign keys off for the transaction when they are on, checked before COMMIT: {@link SqliteForeignKeyGuard}. */
    @Override
    public TransactionGuard guardTransaction(Connection connection) throws SQLException {
        return SqliteForeignKeyGuard.open(connection);
    }

    /** Names from {@code CONSTRAINT name} clauses of the table's {@code CREATE TABLE}; unnamed ones have none. */
    @Override
    public List<String> constraintNames(Connection connection, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        for (String sql : strings(connection,
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE", table)) {
            Matcher matcher = CONSTRAINT_NAME.matcher(sql);
            while (matcher.find()) {
                if (matcher.group(2) != null) {
                    names.add(matcher.group(2).replace("\"\"", "\""));
                } else if (matcher.group(3) != null) {
                    names.add(matcher.group(3).replace("``", "`"));
                } else {
                    names.add(matcher.group(4) != null ? matcher.group(4) : matcher.group(5));
                }
            }
        }
        return names;
    }
}
