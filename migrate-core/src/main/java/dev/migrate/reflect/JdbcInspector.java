package dev.migrate.reflect;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link Inspector} of a live connection: tables, columns and indexes from
 * {@link DatabaseMetaData} in the connection's current catalog and schema, constraint names from
 * the dialect's catalog query. Names are matched the way the dialect stores them
 * ({@link Dialect#sameName}): a plain name folds to upper case on H2 and lower case on PostgreSQL,
 * and matches regardless of case on SQLite and MySQL/MariaDB.
 */
final class JdbcInspector implements Inspector {

    private static final Set<String> TABLE_TYPES = Set.of("TABLE", "BASE TABLE", "PARTITIONED TABLE");

    private final Connection connection;
    private final Dialect dialect;

    JdbcInspector(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    @Override
    public List<String> tables() {
        return read(() -> {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = meta().getTables(connection.getCatalog(), connection.getSchema(), null, null)) {
                while (rows.next()) {
                    if (TABLE_TYPES.contains(rows.getString("TABLE_TYPE"))) {
                        names.add(rows.getString("TABLE_NAME"));
                    }
                }
            }
            return names;
        });
    }

    @Override
    public boolean hasTable(String table) {
        return stored(table).isPresent();
    }

    @Override
    public List<String> columns(String table) {
        Optional<String> stored = stored(table);
        if (stored.isEmpty()) {
            return List.of();
        }
        return read(() -> {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = meta().getColumns(connection.getCatalog(), connection.getSchema(), stored.get(),
                    null)) {
                while (rows.next()) {
                    if (rows.getString("TABLE_NAME").equals(stored.get())) {
                        names.add(rows.getString("COLUMN_NAME"));
                    }
                }
            }
            return names;
        });
    }

    @Override
    public boolean hasColumn(String table, String column) {
        return columns(table).stream().anyMatch(name -> dialect.sameName(name, column));
    }

    @Override
    public boolean hasIndex(String table, String index) {
        Optional<String> stored = stored(table);
        if (stored.isEmpty()) {
            return false;
        }
        return read(() -> {
            try (ResultSet rows = meta().getIndexInfo(connection.getCatalog(), connection.getSchema(), stored.get(),
                    false, true)) {
                while (rows.next()) {
                    String name = rows.getString("INDEX_NAME");
                    if (name != null && dialect.sameName(name, index)) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    @Override
    public boolean hasConstraint(String table, String constraint) {
        Optional<String> stored = stored(table);
        if (stored.isEmpty()) {
            return false;
        }
        return read(() -> dialect.constraintNames(connection, table).stream()
                .anyMatch(name -> dialect.sameName(name, constraint)));
    }

    /** The table's name as the catalog holds it. */
    private Optional<String> stored(String table) {
        return tables().stream().filter(name -> dialect.sameName(name, table)).findFirst();
    }

    private DatabaseMetaData meta() throws SQLException {
        return connection.getMetaData();
    }

    private <T> T read(Read<T> read) {
        try {
            return read.get();
        } catch (SQLException ex) {
            throw new MigrateException("Cannot read the database schema: " + ex.getMessage(), ex);
        }
    }

    @FunctionalInterface
    private interface Read<T> {
        T get() throws SQLException;
    }
}
