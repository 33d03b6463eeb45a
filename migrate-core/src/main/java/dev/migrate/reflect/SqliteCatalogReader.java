package dev.migrate.reflect;

import dev.migrate.schema.Index;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite: every table of {@code sqlite_master} except {@code sqlite_*} ones, each read by
 * {@link SqliteTableReader}, keeping only the indexes made by {@code CREATE INDEX} (the
 * {@code sqlite_autoindex_*} ones back UNIQUE and PRIMARY KEY constraints, which are reported as
 * such). SQLite has no sequences.
 */
final class SqliteCatalogReader implements CatalogReader {

    private final Connection connection;

    SqliteCatalogReader(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Schema read(ReflectOptions options) throws SQLException {
        List<String> names = CatalogQuery.list(connection,
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                        + " ORDER BY name",
                row -> row.getString(1));
        List<Table> tables = new ArrayList<>();
        for (String name : names) {
            if (options.reports(name)) {
                SqliteTableReader.read(connection, name).map(SqliteCatalogReader::withoutConstraintIndexes)
                        .ifPresent(tables::add);
            }
        }
        return new Schema(tables, List.of());
    }

    private static Table withoutConstraintIndexes(Table table) {
        List<Index> created = table.indexes().stream().filter(i -> i.origin() == Index.Origin.CREATE_INDEX).toList();
        return new Table(table.name(), table.columns(), table.primaryKey(), table.foreignKeys(),
                table.uniqueConstraints(), table.checkConstraints(), created, table.triggers(), table.options(),
                table.sql());
    }
}
