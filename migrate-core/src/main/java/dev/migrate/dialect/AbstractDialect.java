package dev.migrate.dialect;

import dev.migrate.operations.ColumnChange;

import dev.migrate.MigrateException;
import dev.migrate.operations.Column;
import dev.migrate.operations.Operation;
import dev.migrate.operations.SqlType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the four dialects share: quoting rules parameterised by quote character, reserved words and
 * case folding, the bookkeeping DDL assembled from a few per-dialect column types, and operation
 * rendering ({@link DdlWriter}) with hooks for what each database writes its own way.
 */
abstract class AbstractDialect implements Dialect {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String name;
    private final boolean transactionalDdl;
    private final char quote;
    private final Set<String> reserved;
    private final boolean foldsCase;
    private final Literals literals;

    /**
     * @param typedLiterals whether the database has typed date/time literals ({@code DATE '...'})
     * @param zonedTimestamps whether it has a timestamp type that keeps the offset
     */
    AbstractDialect(String name, boolean transactionalDdl, char quote, Set<String> reserved, boolean foldsCase,
            boolean typedLiterals, boolean zonedTimestamps) {
        this.name = name;
        this.transactionalDdl = transactionalDdl;
        this.quote = quote;
        this.reserved = reserved;
        this.foldsCase = foldsCase;
        this.literals = new Literals(this, typedLiterals, zonedTimestamps);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final boolean transactionalDdl() {
        return transactionalDdl;
    }

    @Override
    public final String quoteIdentifier(String identifier) {
        if (identifier == null || identifier.isEmpty()) {
            throw new IllegalArgumentException("An identifier must not be empty");
        }
        if (identifier.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("An identifier must not contain a NUL character: " + identifier);
        }
        if (!needsQuoting(identifier)) {
            return identifier;
        }
        String q = String.valueOf(quote);
        return q + identifier.replace(q, q + q) + q;
    }

    /** True when the identifier, written plain, would be a syntax error or name another table. */
    final boolean needsQuoting(String identifier) {
        return !PLAIN.matcher(identifier).matches()
                || reserved.contains(identifier.toUpperCase(Locale.ROOT))
                || foldsCase && !identifier.equals(identifier.toLowerCase(Locale.ROOT));
    }

    @Override
    public String stringLiteral(String value) {
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("A string literal must not contain a NUL character");
        }
        return "'" + value.replace("'", "''") + "'";
    }

    @Override
    public final String createVersionTable(String table) {
        return "CREATE TABLE " + quoteIdentifier(table) + " (\n"
                + "    version_num VARCHAR(255) NOT NULL,\n"
                + "    CONSTRAINT " + quoteIdentifier(table + "_pkc") + " PRIMARY KEY (version_num)\n"
                + ")";
    }

    @Override
    public final String createHistoryTable(String table) {
        String text = textType();
        return "CREATE TABLE IF NOT EXISTS " + quoteIdentifier(table) + " (\n"
                + "    id " + generatedPrimaryKey() + ",\n"
                + "    revision VARCHAR(255),\n"
                + "    direction VARCHAR(16) NOT NULL,\n"
                + "    from_revisions " + text + ",\n"
                + "    to_revisions " + text + ",\n"
                + "    message " + text + ",\n"
                + "    started_at " + timestampType() + " NOT NULL,\n"
                + "    duration_ms BIGINT,\n"
                + "    checksum VARCHAR(128),\n"
                + "    applied_by VARCHAR(255),\n"
                + "    db_user VARCHAR(255),\n"
                + "    success BOOLEAN NOT NULL\n"
                + ")";
    }

    /** The column definition of an ascending generated primary key. */
    abstract String generatedPrimaryKey();

    /** A type for unbounded text. */
    abstract String textType();

    /** The type of {@code started_at}; it must match {@link #setTimestamp} and {@link #getTimestamp}. */
    String timestampType() {
        return "TIMESTAMP WITH TIME ZONE";
    }

    @Override
    public final List<String> offlineBegin() {
        return transactionalDdl ? List.of("BEGIN") : List.of();
    }

    @Override
    public final List<String> offlineCommit() {
        return transactionalDdl ? List.of("COMMIT") : List.of();
    }

    @Override
    public String currentTimestampSql() {
        return "CURRENT_TIMESTAMP";
    }

    @Override
    public String currentUserSql() {
        return "CURRENT_USER";
    }

    @Override
    public void setTimestamp(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    @Override
    public Instant getTimestamp(ResultSet resultSet, String column) throws SQLException {
        OffsetDateTime value = resultSet.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Runs a catalog query with one parameter and reports whether it returned a row. */
    static boolean anyRow(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    // ------------------------------------------------------------------ operations

    @Override
    public final List<String> render(Operation operation, RenderContext context) {
        if (needsRebuild(operation, context)) {
            throw new MigrateException(context.capabilities().product() + " " + context.capabilities().version()
                    + " cannot " + operation.describe() + " with ALTER TABLE; it needs a table rebuild "
                    + "(batchAlterTable)");
        }
        return new DdlWriter(this, context).render(operation);
    }

    @Override
    public boolean needsRebuild(Operation operation, RenderContext context) {
        return false;
    }

    @Override
    public TableRebuilder tableRebuilder() {
        return (connection, table, operations) -> {
            throw new MigrateException(name + " does not rebuild tables (move and copy): it alters them in place. "
                    + "batchAlterTable on table " + table + " asked for Recreate.ALWAYS, which only SQLite supports; "
                    + "use Recreate.AUTO. Nothing was changed");
        };
    }

    @Override
    public String insertSql(String table, List<String> columns) {
        List<String> quoted = new ArrayList<>();
        columns.forEach(column -> quoted.add(quoteIdentifier(column)));
        return "INSERT INTO " + quoteIdentifier(table) + " (" + String.join(", ", quoted) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
    }

    @Override
    public final String literal(Object value) {
        return literals.literal(value);
    }

    @Override
    public void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        statement.setObject(index, literals.bindable(value));
    }

    @Override
    public boolean sameName(String catalogName, String identifier) {
        return catalogName.equalsIgnoreCase(identifier);
    }

    /** The type as this database writes it. */
    abstract String typeName(SqlType type);

    @Override
    public final String typeSql(SqlType type) {
        return typeName(type);
    }

    @Override
    public String canonicalType(String typeText) {
        return TypeText.synonyms(TypeText.normalize(typeText));
    }

    /** {@code DROP SEQUENCE}; a database without sequences refuses it. */
    String dropSequence(Operation.DropSequence drop) {
        return "DROP SEQUENCE " + quoteIdentifier(drop.name());
    }

    /** {@code CREATE SEQUENCE}; a database without sequences refuses it. */
    String createSequence(Operation.CreateSequence create) {
        return "CREATE SEQUENCE " + quoteIdentifier(create.name()) + " START WITH " + create.start() + " INCREMENT BY "
                + create.increment();
    }

    /**
     * A column definition for CREATE TABLE and ADD COLUMN: name, type, identity, default,
     * NOT NULL, and {@code PRIMARY KEY} when {@code inlinePrimaryKey}.
     */
    String columnDefinition(String table, Column column, boolean inlinePrimaryKey) {
        StringBuilder out = new StringBuilder(quoteIdentifier(column.name())).append(' ')
                .append(typeName(column.type()));
        if (column.isAutoIncrement()) {
            out.append(" GENERATED BY DEFAULT AS IDENTITY");
        }
        if (column.serverDefault() != null) {
            out.append(" DEFAULT ").append(column.serverDefault());
        }
        if (!column.nullable()) {
            out.append(" NOT NULL");
        }
        if (inlinePrimaryKey) {
            out.append(" PRIMARY KEY");
        }
        return out.toString();
    }

    /** Whether CREATE TABLE declares this single primary-key column inline rather than as a table constraint. */
    boolean inlinesPrimaryKey(Column column) {
        return false;
    }

    /**
     * The statements that set a column comment where it is not part of the column definition
     * ({@code COMMENT ON COLUMN}); empty when {@code comment} is null and not {@code changing}.
     */
    List<String> separateComment(String table, String column, String comment, boolean changing) {
        if (comment == null && !changing) {
            return List.of();
        }
        return List.of("COMMENT ON COLUMN " + quoteIdentifier(table) + "." + quoteIdentifier(column) + " IS "
                + (comment == null ? "NULL" : stringLiteral(comment)));
    }

    /** The statements of a non-empty column change. */
    /**
     * The SQL-standard {@code ALTER TABLE ... ALTER COLUMN} statements PostgreSQL and H2 share: one
     * statement per changed property, the type written after {@code typeClause} ({@code TYPE} or
     * {@code SET DATA TYPE}), comments as separate {@code COMMENT ON} statements, the rename last.
     */
    final List<String> standardAlterColumn(Operation.AlterColumn alter, String typeClause, boolean renameColumnSyntax) {
        ColumnChange change = alter.change();
        String table = quoteIdentifier(alter.table());
        String head = "ALTER TABLE " + table + " ALTER COLUMN " + quoteIdentifier(alter.column());
        List<String> out = new ArrayList<>();
        if (change.type() != null) {
            out.add(head + " " + typeClause + " " + typeName(change.type()));
        }
        if (change.nullable() != null) {
            out.add(head + (change.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
        }
        if (change.changeDefault()) {
            out.add(head + (change.serverDefault() == null ? " DROP DEFAULT" : " SET DEFAULT " + change.serverDefault()));
        }
        if (change.changeComment()) {
            out.addAll(separateComment(alter.table(), alter.column(), change.comment(), true));
        }
        if (change.newName() != null) {
            out.add(renameColumnSyntax
                    ? "ALTER TABLE " + table + " RENAME COLUMN " + quoteIdentifier(alter.column()) + " TO "
                            + quoteIdentifier(change.newName())
                    : head + " RENAME TO " + quoteIdentifier(change.newName()));
        }
        return out;
    }

    abstract List<String> alterColumn(Operation.AlterColumn alter, RenderContext context);

    /** {@code DROP INDEX}. */
    String dropIndex(Operation.DropIndex drop) {
        return "DROP INDEX " + quoteIdentifier(drop.name());
    }

    /** {@code ALTER TABLE ... DROP CONSTRAINT}. */
    String dropConstraint(Operation.DropConstraint drop) {
        return "ALTER TABLE " + quoteIdentifier(drop.table()) + " DROP CONSTRAINT " + quoteIdentifier(drop.name());
    }

    /** Runs a catalog query with parameters and collects the first column. */
    static List<String> strings(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    out.add(rows.getString(1));
                }
            }
            return out;
        }
    }

    /** Runs a query returning one string. */
    static String string(Connection connection, String sql) throws SQLException {
        List<String> values = strings(connection, sql);
        return values.isEmpty() ? null : values.get(0);
    }

    @Override
    public String toString() {
        return name;
    }
}
