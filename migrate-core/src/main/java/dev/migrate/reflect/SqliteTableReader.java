package dev.migrate.reflect;

import dev.migrate.reflect.SqliteDdl.ColumnDef;
import dev.migrate.reflect.SqliteDdl.Constraint;
import dev.migrate.reflect.SqliteDdl.CreateTable;
import dev.migrate.reflect.SqliteDdl.Kind;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.ColumnInfo;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Table;
import dev.migrate.schema.Trigger;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.schema.View;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one SQLite table completely into the neutral {@link Table} model.
 *
 * <p>Columns, keys and indexes come from SQLite's pragmas ({@code table_xinfo}, {@code index_list},
 * {@code index_xinfo}, {@code foreign_key_list}; called as table-valued functions, so any table
 * name works as a bound parameter). What SQLite keeps no catalog of — CHECK constraints, the names
 * of constraints, UNIQUE constraints, collations, generated-column expressions, DEFERRABLE, the
 * conditions and expressions of indexes — is read from the statements in {@code sqlite_master}
 * with {@link SqliteDdl}. Views and triggers that name the table are found by their tokens.
 *
 * <p>All methods only read; none opens or ends a transaction.
 */
public final class SqliteTableReader {

    private SqliteTableReader() {
    }

    /**
     * The table of this name (matched as SQLite matches names, ignoring ASCII case), or empty when
     * there is none. A virtual table is returned with its columns only.
     *
     * @throws IllegalArgumentException when the stored {@code CREATE TABLE} text cannot be parsed
     */
    public static Optional<Table> read(Connection connection, String table) throws SQLException {
        String[] row = schemaRow(connection, "table", table);
        if (row == null) {
            return Optional.empty();
        }
        String name = row[0];
        String sql = row[1];
        if (isVirtual(sql)) {
            return Optional.of(new Table(name, columns(connection, name, null), null, List.of(), List.of(), List.of(),
                    List.of(), triggers(connection, name), List.of(), sql));
        }
        CreateTable ast = SqliteDdl.parseCreateTable(sql);
        List<ColumnInfo> columns = columns(connection, name, ast);
        return Optional.of(new Table(name, columns, primaryKey(ast, columns), foreignKeys(connection, name, ast),
                uniqueConstraints(ast), checkConstraints(ast), indexes(connection, name), triggers(connection, name),
                ast.options(), sql));
    }

    /** Whether a stored {@code CREATE} statement makes a virtual table. */
    public static boolean isVirtual(String createSql) {
        List<Token> tokens = SqlTokenizer.tokenize(createSql);
        return tokens.size() > 1 && tokens.get(1).is("VIRTUAL");
    }

    /** The views whose SQL names the table, in creation order. */
    public static List<View> viewsReferencing(Connection connection, String table) throws SQLException {
        List<View> views = new ArrayList<>();
        String wanted = SqliteDdl.lower(table);
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT name, sql FROM sqlite_master WHERE type = 'view' ORDER BY rowid");
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                String sql = rs.getString(2);
                if (sql != null && SqliteDdl.referencedNames(sql).contains(wanted)) {
                    views.add(new View(rs.getString(1), sql));
                }
            }
        }
        return views;
    }

    /** Every view of the database, in creation order. */
    public static List<View> views(Connection connection) throws SQLException {
        List<View> views = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT name, sql FROM sqlite_master WHERE type = 'view' ORDER BY rowid");
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                views.add(new View(rs.getString(1), rs.getString(2)));
            }
        }
        return views;
    }

    /** The triggers defined on <em>other</em> tables whose SQL names the table, in creation order. */
    public static List<Trigger> triggersReferencing(Connection connection, String table) throws SQLException {
        List<Trigger> triggers = new ArrayList<>();
        String wanted = SqliteDdl.lower(table);
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name <> ? COLLATE NOCASE"
                        + " ORDER BY rowid")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String sql = rs.getString(3);
                    if (sql != null && SqliteDdl.referencedNames(sql).contains(wanted)) {
                        triggers.add(new Trigger(rs.getString(1), rs.getString(2), sql));
                    }
                }
            }
        }
        return triggers;
    }

    /** The tables with a foreign key to the table, the table itself included when it refers to itself. */
    public static List<String> tablesReferencing(Connection connection, String table) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT DISTINCT m.name FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f"
                        + " WHERE m.type = 'table' AND f.\"table\" = ? COLLATE NOCASE ORDER BY m.name")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
        }
        return tables;
    }

    /** {@code [name, sql]} of the schema object of this type and name, or {@code null}. */
    static String[] schemaRow(Connection connection, String type, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT name, sql FROM sqlite_master WHERE type = ? AND name = ? COLLATE NOCASE")) {
            statement.setString(1, type);
            statement.setString(2, name);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : null;
            }
        }
    }

    private static List<ColumnInfo> columns(Connection connection, String table, CreateTable ast) throws SQLException {
        List<ColumnInfo> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?) ORDER BY cid")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    int hidden = rs.getInt(6);
                    ColumnDef def = ast == null ? null : ast.column(name);
                    columns.add(new ColumnInfo(name, rs.getString(2) == null ? "" : rs.getString(2), rs.getInt(3) == 0,
                            rs.getString(4), rs.getInt(5), autoincrement(ast, def), collation(def),
                            generated(def, hidden), hidden == 1));
                }
            }
        }
        return columns;
    }

    private static boolean autoincrement(CreateTable ast, ColumnDef def) {
        if (def == null) {
            return false;
        }
        Constraint pk = def.constraint(Kind.PRIMARY_KEY);
        if (pk != null) {
            return pk.autoincrement();
        }
        return ast.constraints().stream().anyMatch(c -> c.kind() == Kind.PRIMARY_KEY && c.autoincrement()
                && c.columns().size() == 1 && c.columns().get(0).equalsIgnoreCase(def.name()));
    }

    private static String collation(ColumnDef def) {
        Constraint collate = def == null ? null : def.constraint(Kind.COLLATE);
        return collate == null ? null : collate.expression();
    }

    private static ColumnInfo.Generated generated(ColumnDef def, int hidden) {
        if (hidden != 2 && hidden != 3) {
            return null;
        }
        Constraint generated = def == null ? null : def.constraint(Kind.GENERATED);
        return new ColumnInfo.Generated(generated == null ? "" : generated.expression(), hidden == 3);
    }

    private static PrimaryKey primaryKey(CreateTable ast, List<ColumnInfo> columns) {
        List<String> keyColumns = columns.stream()
                .filter(c -> c.primaryKeyPosition() > 0)
                .sorted(Comparator.comparingInt(ColumnInfo::primaryKeyPosition))
                .map(ColumnInfo::name)
                .toList();
        if (keyColumns.isEmpty()) {
            return null;
        }
        String name = null;
        for (Constraint constraint : ast.constraints()) {
            if (constraint.kind() == Kind.PRIMARY_KEY) {
                name = constraint.name();
            }
        }
        for (ColumnDef column : ast.columns()) {
            Constraint pk = column.constraint(Kind.PRIMARY_KEY);
            if (pk != null) {
                name = pk.name();
            }
        }
        return new PrimaryKey(name, keyColumns);
    }

    private static List<UniqueConstraint> uniqueConstraints(CreateTable ast) {
        List<UniqueConstraint> out = new ArrayList<>();
        for (ColumnDef column : ast.columns()) {
            for (Constraint constraint : column.constraints()) {
                if (constraint.kind() == Kind.UNIQUE) {
                    out.add(new UniqueConstraint(constraint.name(), List.of(column.name())));
                }
            }
        }
        for (Constraint constraint : ast.constraints()) {
            if (constraint.kind() == Kind.UNIQUE) {
                out.add(new UniqueConstraint(constraint.name(), constraint.columns()));
            }
        }
        return out;
    }

    private static List<CheckConstraint> checkConstraints(CreateTable ast) {
        List<CheckConstraint> out = new ArrayList<>();
        for (ColumnDef column : ast.columns()) {
            for (Constraint constraint : column.constraints()) {
                if (constraint.kind() == Kind.CHECK) {
                    out.add(new CheckConstraint(constraint.name(), constraint.expression()));
                }
            }
        }
        for (Constraint constraint : ast.constraints()) {
            if (constraint.kind() == Kind.CHECK) {
                out.add(new CheckConstraint(constraint.name(), constraint.expression()));
            }
        }
        return out;
    }

    /**
     * Foreign keys in declaration order: structure and actions from {@code foreign_key_list},
     * name and DEFERRABLE from the parsed statement.
     */
    private static List<ForeignKey> foreignKeys(Connection connection, String table, CreateTable ast)
            throws SQLException {
        Map<Integer, PragmaKey> pragma = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(?)"
                        + " ORDER BY id, seq")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    PragmaKey key = pragma.computeIfAbsent(rs.getInt(1),
                            id -> new PragmaKey(new ArrayList<>(), new ArrayList<>(), new String[3]));
                    key.parent()[0] = rs.getString(2);
                    key.parent()[1] = rs.getString(5);
                    key.parent()[2] = rs.getString(6);
                    key.from().add(rs.getString(3));
                    key.to().add(rs.getString(4));
                }
            }
        }
        List<ForeignKey> out = new ArrayList<>();
        List<PragmaKey> unmatched = new ArrayList<>(pragma.values());
        for (DeclaredKey declared : declaredKeys(ast)) {
            PragmaKey match = unmatched.stream().filter(p -> p.matches(declared)).findFirst().orElse(null);
            if (match == null) {
                continue;
            }
            unmatched.remove(match);
            out.add(match.toForeignKey(declared.constraint()));
        }
        for (PragmaKey rest : unmatched) {
            out.add(rest.toForeignKey(null));
        }
        return out;
    }

    private static List<DeclaredKey> declaredKeys(CreateTable ast) {
        List<DeclaredKey> keys = new ArrayList<>();
        for (ColumnDef column : ast.columns()) {
            for (Constraint constraint : column.constraints()) {
                if (constraint.kind() == Kind.FOREIGN_KEY) {
                    keys.add(new DeclaredKey(List.of(column.name()), constraint));
                }
            }
        }
        for (Constraint constraint : ast.constraints()) {
            if (constraint.kind() == Kind.FOREIGN_KEY) {
                keys.add(new DeclaredKey(constraint.columns(), constraint));
            }
        }
        return keys;
    }

    private static List<Index> indexes(Connection connection, String table) throws SQLException {
        List<Index> indexes = new ArrayList<>();
        List<Object[]> list = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT name, \"unique\", origin FROM pragma_index_list(?) ORDER BY name")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    list.add(new Object[] {rs.getString(1), rs.getInt(2) != 0, rs.getString(3)});
                }
            }
        }
        for (Object[] entry : list) {
            String name = (String) entry[0];
            String[] row = schemaRow(connection, "index", name);
            String sql = row == null ? null : row[1];
            SqliteDdl.CreateIndex parsed = sql == null ? null : SqliteDdl.parseCreateIndex(sql);
            indexes.add(new Index(name, indexColumns(connection, name, parsed), (Boolean) entry[1],
                    parsed == null ? null : parsed.where(), origin((String) entry[2]), sql));
        }
        return indexes;
    }

    private static List<Index.Column> indexColumns(Connection connection, String index, SqliteDdl.CreateIndex parsed)
            throws SQLException {
        List<Index.Column> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT seqno, cid, name, \"desc\", coll FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno")) {
            statement.setString(1, index);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    int seqno = rs.getInt(1);
                    int cid = rs.getInt(2);
                    String name = rs.getString(3);
                    String expression = null;
                    if (cid == -2 || name == null) {
                        expression = parsed != null && seqno < parsed.terms().size()
                                ? parsed.terms().get(seqno).expression() : (cid == -1 ? "rowid" : "?");
                        name = null;
                    }
                    columns.add(new Index.Column(name, expression, rs.getInt(4) != 0, rs.getString(5)));
                }
            }
        }
        return columns;
    }

    private static Index.Origin origin(String origin) {
        switch (origin == null ? "" : origin.toLowerCase(Locale.ROOT)) {
            case "u":
                return Index.Origin.UNIQUE_CONSTRAINT;
            case "pk":
                return Index.Origin.PRIMARY_KEY;
            default:
                return Index.Origin.CREATE_INDEX;
        }
    }

    private static List<Trigger> triggers(Connection connection, String table) throws SQLException {
        List<Trigger> triggers = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? COLLATE NOCASE"
                        + " ORDER BY rowid")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    triggers.add(new Trigger(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return triggers;
    }

    /** A foreign key as declared in the statement: its local columns and its clause. */
    private record DeclaredKey(List<String> columns, Constraint constraint) {
    }

    /** A foreign key as {@code foreign_key_list} reports it; {@code parent} holds table, on update, on delete. */
    private record PragmaKey(List<String> from, List<String> to, String[] parent) {

        boolean matches(DeclaredKey declared) {
            return parent[0].equalsIgnoreCase(declared.constraint().reference().table())
                    && from.size() == declared.columns().size()
                    && java.util.stream.IntStream.range(0, from.size())
                            .allMatch(i -> from.get(i).equalsIgnoreCase(declared.columns().get(i)));
        }

        ForeignKey toForeignKey(Constraint declared) {
            List<String> referred = to.stream().allMatch(t -> t == null) ? List.of() : to;
            boolean deferrable = declared != null && declared.reference().deferrable();
            String initially = declared == null ? null : declared.reference().initially();
            return new ForeignKey(declared == null ? null : declared.name(), from, parent[0], referred, parent[2],
                    parent[1], deferrable, initially);
        }
    }
}
