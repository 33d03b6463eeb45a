package dev.migrate.dialect;

import dev.migrate.MigrateException;
import dev.migrate.operations.Column;
import dev.migrate.operations.Constraint;
import dev.migrate.operations.Index;
import dev.migrate.operations.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes operations as SQL in the shape all four databases share, asking the dialect for what
 * differs: type names, column definitions, column alterations, comments, dropping indexes and
 * constraints.
 */
final class DdlWriter {

    private final AbstractDialect dialect;
    private final RenderContext context;

    DdlWriter(AbstractDialect dialect, RenderContext context) {
        this.dialect = dialect;
        this.context = context;
    }

    List<String> render(Operation operation) {
        if (operation instanceof Operation.CreateTable create) {
            return createTable(create);
        } else if (operation instanceof Operation.DropTable drop) {
            return List.of("DROP TABLE " + q(drop.name()));
        } else if (operation instanceof Operation.RenameTable rename) {
            return List.of("ALTER TABLE " + q(rename.from()) + " RENAME TO " + q(rename.to()));
        } else if (operation instanceof Operation.AddColumn add) {
            return addColumn(add);
        } else if (operation instanceof Operation.DropColumn drop) {
            return List.of("ALTER TABLE " + q(drop.table()) + " DROP COLUMN " + q(drop.column()));
        } else if (operation instanceof Operation.AlterColumn alter) {
            if (alter.change().isEmpty()) {
                return List.of();
            }
            return dialect.alterColumn(alter, context);
        } else if (operation instanceof Operation.CreateIndex create) {
            return List.of(createIndex(create.index()));
        } else if (operation instanceof Operation.DropIndex drop) {
            return List.of(dialect.dropIndex(drop));
        } else if (operation instanceof Operation.AddConstraint add) {
            return List.of("ALTER TABLE " + q(add.table()) + " ADD " + constraint(add.constraint()));
        } else if (operation instanceof Operation.DropConstraint drop) {
            return List.of(dialect.dropConstraint(drop));
        } else if (operation instanceof Operation.CreateSequence create) {
            return List.of(dialect.createSequence(create));
        } else if (operation instanceof Operation.DropSequence drop) {
            return List.of(dialect.dropSequence(drop));
        } else if (operation instanceof Operation.ExecuteSql execute) {
            return List.of(execute.sql());
        } else if (operation instanceof Operation.BulkInsert insert) {
            return bulkInsert(insert);
        } else if (operation instanceof Operation.BatchAlterTable batch) {
            List<String> statements = new ArrayList<>();
            batch.operations().forEach(each -> statements.addAll(render(each)));
            return statements;
        }
        throw new IllegalArgumentException("Unknown operation " + operation);
    }

    private List<String> createTable(Operation.CreateTable create) {
        List<Column> keyColumns = create.columns().stream().filter(Column::isPrimaryKey).toList();
        boolean explicitKey = create.constraints().stream().anyMatch(c -> c instanceof Constraint.PrimaryKey);
        if (explicitKey && !keyColumns.isEmpty()) {
            throw new MigrateException("Table " + create.name() + " has both primary-key columns ("
                    + keyColumns.stream().map(Column::name).collect(Collectors.joining(", "))
                    + ") and a PrimaryKey constraint; use one of them");
        }
        boolean inlineKey = keyColumns.size() == 1 && dialect.inlinesPrimaryKey(keyColumns.get(0));
        List<String> parts = new ArrayList<>();
        for (Column column : create.columns()) {
            parts.add(dialect.columnDefinition(create.name(), column, inlineKey && column.isPrimaryKey()));
        }
        if (!keyColumns.isEmpty() && !inlineKey) {
            parts.add("PRIMARY KEY (" + names(keyColumns.stream().map(Column::name).toList()) + ")");
        }
        for (Constraint constraint : create.constraints()) {
            parts.add(constraint(constraint));
        }
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TABLE " + q(create.name()) + " (\n    " + String.join(",\n    ", parts) + "\n)");
        for (Column column : create.columns()) {
            statements.addAll(dialect.separateComment(create.name(), column.name(), column.comment(), false));
        }
        return statements;
    }

    private List<String> addColumn(Operation.AddColumn add) {
        List<String> statements = new ArrayList<>();
        statements.add("ALTER TABLE " + q(add.table()) + " ADD COLUMN "
                + dialect.columnDefinition(add.table(), add.column(), add.column().isPrimaryKey()));
        statements.addAll(dialect.separateComment(add.table(), add.column().name(), add.column().comment(), false));
        return statements;
    }

    private String createIndex(Index index) {
        Capabilities caps = context.capabilities();
        if (index.where() != null && !caps.partialIndexes()) {
            throw unsupported("partial indexes (CREATE INDEX ... WHERE)", index.name());
        }
        List<String> parts = new ArrayList<>();
        for (Index.IndexColumn column : index.columns()) {
            if (column.expression() && !caps.expressionIndexes()) {
                throw unsupported("indexes on expressions", index.name());
            }
            if (column.descending() && !caps.descendingIndexes()) {
                throw unsupported("descending index columns", index.name());
            }
            String part = column.expression() ? "(" + column.text() + ")" : q(column.text());
            parts.add(column.descending() ? part + " DESC" : part);
        }
        return "CREATE " + (index.isUnique() ? "UNIQUE " : "") + "INDEX " + q(index.name()) + " ON "
                + q(index.table()) + " (" + String.join(", ", parts) + ")"
                + (index.where() == null ? "" : " WHERE " + index.where());
    }

    private MigrateException unsupported(String feature, String index) {
        Capabilities caps = context.capabilities();
        return new MigrateException(caps.product() + " " + caps.version() + " has no " + feature + ", which index "
                + index + " uses; write the index for this database with op.execute, or keep a separate revision "
                + "chain per dialect ({dialect} in the location)");
    }

    String constraint(Constraint constraint) {
        String head = constraint.name() == null ? "" : "CONSTRAINT " + q(constraint.name()) + " ";
        if (constraint instanceof Constraint.PrimaryKey key) {
            return head + "PRIMARY KEY (" + names(key.columns()) + ")";
        } else if (constraint instanceof Constraint.Unique unique) {
            return head + "UNIQUE (" + names(unique.columns()) + ")";
        } else if (constraint instanceof Constraint.Check check) {
            return head + "CHECK (" + check.condition() + ")";
        }
        Constraint.ForeignKey key = (Constraint.ForeignKey) constraint;
        return head + "FOREIGN KEY (" + names(key.columns()) + ") REFERENCES " + q(key.referredTable()) + " ("
                + names(key.referredColumns()) + ")"
                + (key.onDelete() == null ? "" : " ON DELETE " + key.onDelete().sql())
                + (key.onUpdate() == null ? "" : " ON UPDATE " + key.onUpdate().sql());
    }

    private List<String> bulkInsert(Operation.BulkInsert insert) {
        List<String> statements = new ArrayList<>();
        for (Map<String, Object> row : insert.rows()) {
            List<String> columns = Operation.BulkInsert.columnsOf(row);
            String values = columns.stream().map(row::get).map(dialect::literal).collect(Collectors.joining(", "));
            statements.add("INSERT INTO " + q(insert.table()) + " (" + names(columns) + ") VALUES (" + values + ")");
        }
        return statements;
    }

    private String names(List<String> names) {
        return names.stream().map(this::q).collect(Collectors.joining(", "));
    }

    private String q(String identifier) {
        return dialect.quoteIdentifier(identifier);
    }
}
