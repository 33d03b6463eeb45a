package dev.migrate.reflect;

import dev.migrate.schema.ColumnInfo;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * MariaDB and MySQL, from {@code information_schema} of the current database. Types are
 * {@code COLUMN_TYPE} verbatim ({@code varchar(100)}, {@code decimal(10,2)}, {@code tinyint(1)} for
 * BOOLEAN, {@code bigint(20)}); {@code auto_increment} makes a column {@code autoincrement}.
 * MariaDB's {@code COLUMN_DEFAULT} is SQL text in which the text {@code NULL} means no default;
 * MySQL's holds string defaults unquoted, so they are quoted here. The primary key is reported
 * without a name (MySQL calls every one {@code PRIMARY}). Every unique key is a
 * {@link dev.migrate.schema.UniqueConstraint}: the catalog does not tell {@code CREATE UNIQUE
 * INDEX} from a UNIQUE constraint. Left out of the indexes: {@code PRIMARY}, the unique keys, and
 * the index InnoDB made for a foreign key (named after the constraint, or after its first column
 * when the constraint is unnamed, on exactly the key's columns).
 */
final class MysqlCatalogReader implements CatalogReader {

    private static final String TABLES = "SELECT TABLE_NAME FROM information_schema.TABLES"
            + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME";

    private static final String COLUMNS = "SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA,"
            + " GENERATION_EXPRESSION, COLLATION_NAME, DATA_TYPE"
            + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"
            + " ORDER BY ORDINAL_POSITION";

    private static final String FOREIGN_KEYS = "SELECT rc.CONSTRAINT_NAME, rc.UPDATE_RULE, rc.DELETE_RULE,"
            + " k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME FROM information_schema.REFERENTIAL_CONSTRAINTS rc"
            + " JOIN information_schema.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA"
            + " AND k.CONSTRAINT_NAME = rc.CONSTRAINT_NAME AND k.TABLE_NAME = rc.TABLE_NAME"
            + " WHERE rc.CONSTRAINT_SCHEMA = DATABASE() AND rc.TABLE_NAME = ?"
            + " ORDER BY rc.CONSTRAINT_NAME, k.ORDINAL_POSITION";

    private static final String CHECKS = "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
            + " WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY CONSTRAINT_NAME";

    private static final String INDEXES = "SELECT INDEX_NAME, NON_UNIQUE, COLUMN_NAME, COLLATION"
            + " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"
            + " ORDER BY INDEX_NAME, SEQ_IN_INDEX";

    private static final String SEQUENCES = "SELECT TABLE_NAME FROM information_schema.TABLES"
            + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'SEQUENCE' ORDER BY TABLE_NAME";

    private final Connection connection;
    private final StandardConstraints constraints;
    private final boolean mariadb;

    MysqlCatalogReader(Connection connection) throws SQLException {
        this.connection = connection;
        this.constraints = new StandardConstraints(connection, "DATABASE()", FOREIGN_KEYS, CHECKS);
        this.mariadb = connection.getMetaData().getDatabaseProductVersion().toLowerCase(Locale.ROOT)
                .contains("mariadb");
    }

    @Override
    public Schema read(ReflectOptions options) throws SQLException {
        List<Table> tables = new ArrayList<>();
        for (String name : CatalogQuery.list(connection, TABLES, r -> r.getString(1))) {
            if (options.reports(name)) {
                StandardConstraints.Keys keys = constraints.read(name);
                List<ColumnInfo> columns = CatalogQuery.list(connection, COLUMNS, r -> column(r, keys), name);
                Table table = new Table(name, columns,
                        keys.primaryKey() == null ? null : new dev.migrate.schema.PrimaryKey(null,
                                keys.primaryKey().columns()),
                        keys.foreignKeys(), keys.uniques(), keys.checks(), List.of(), List.of(), List.of(), null);
                tables.add(withIndexes(table));
            }
        }
        return new Schema(tables, sequences());
    }

    private ColumnInfo column(ResultSet r, StandardConstraints.Keys keys) throws SQLException {
        String name = r.getString(1);
        String extra = r.getString(5) == null ? "" : r.getString(5).toLowerCase(Locale.ROOT);
        String generation = r.getString(6);
        ColumnInfo.Generated generated = generation == null || generation.isEmpty() ? null
                : new ColumnInfo.Generated(generation, extra.contains("stored") || extra.contains("persistent"));
        return new ColumnInfo(name, r.getString(2), "YES".equals(r.getString(3)),
                generated == null ? defaultSql(r.getString(4), extra, r.getString(8)) : null, keys.position(name),
                extra.contains("auto_increment"), null, generated, false);
    }

    /** The default as SQL text: MariaDB's is already (the text NULL meaning none); MySQL's strings get quoted. */
    private String defaultSql(String reported, String extra, String dataType) {
        if (reported == null || (mariadb && reported.equals("NULL"))) {
            return null;
        }
        String type = dataType.toLowerCase(Locale.ROOT);
        boolean text = type.contains("char") || type.contains("text") || type.equals("enum") || type.equals("set");
        if (!mariadb && text && !extra.contains("default_generated")) {
            return "'" + reported.replace("'", "''") + "'";
        }
        return reported;
    }

    private Table withIndexes(Table table) throws SQLException {
        Map<String, List<Index.Column>> terms = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        for (Object[] row : CatalogQuery.list(connection, INDEXES,
                r -> new Object[] {r.getString(1), r.getInt(2) == 0, r.getString(3), "D".equals(r.getString(4))},
                table.name())) {
            String name = (String) row[0];
            unique.put(name, (Boolean) row[1]);
            terms.computeIfAbsent(name, k -> new ArrayList<>())
                    .add(new Index.Column((String) row[2], null, (Boolean) row[3], null));
        }
        List<Index> indexes = new ArrayList<>();
        for (Map.Entry<String, List<Index.Column>> index : terms.entrySet()) {
            String name = index.getKey();
            List<String> columns = index.getValue().stream().map(Index.Column::name).toList();
            if (!unique.get(name) && !madeForForeignKey(table, name, columns)) {
                indexes.add(new Index(name, index.getValue(), false, null, Index.Origin.CREATE_INDEX, null));
            }
        }
        return new Table(table.name(), table.columns(), table.primaryKey(), table.foreignKeys(),
                table.uniqueConstraints(), table.checkConstraints(), indexes, List.of(), List.of(), null);
    }

    private static boolean madeForForeignKey(Table table, String index, List<String> columns) {
        for (ForeignKey key : table.foreignKeys()) {
            if (key.columns().equals(columns)
                    && (index.equals(key.name()) || index.equals(key.columns().get(0)))) {
                return true;
            }
        }
        return false;
    }

    private List<Sequence> sequences() throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        for (String name : CatalogQuery.list(connection, SEQUENCES, r -> r.getString(1))) {
            String quoted = "`" + name.replace("`", "``") + "`";
            sequences.addAll(CatalogQuery.list(connection, "SELECT start_value, increment FROM " + quoted,
                    r -> new Sequence(name, r.getLong(1), r.getLong(2))));
        }
        return sequences;
    }
}
