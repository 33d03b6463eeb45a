package dev.migrate.autogenerate.hibernate;

import dev.migrate.schema.ColumnInfo;
import org.hibernate.boot.Metadata;
import org.hibernate.dialect.identity.IdentityColumnSupport;
import org.hibernate.mapping.Column;

/** Turns one mapped column into a {@link ColumnInfo}, with the type the dialect renders. */
final class ColumnReader {

    private ColumnReader() {
    }

    static ColumnInfo read(Column column, int primaryKeyPosition, Metadata metadata) {
        return new ColumnInfo(
                column.getName(),
                type(column, metadata),
                column.isNullable() && primaryKeyPosition == 0,
                column.getDefaultValue(),
                primaryKeyPosition,
                column.isIdentity(),
                column.getCollation(),
                generated(column),
                false);
    }

    /**
     * The type as the dialect's DDL declares it. An identity column is declared with the
     * dialect's identity clause, which on some dialects replaces the type: SQLite declares a
     * {@code Long} identity id {@code integer}, the rowid alias.
     */
    static String type(Column column, Metadata metadata) {
        IdentityColumnSupport identity = metadata.getDatabase().getDialect().getIdentityColumnSupport();
        if (column.isIdentity() && !identity.hasDataTypeInIdentityColumn()) {
            return identity.getIdentityColumnString(column.getSqlTypeCode(metadata)).trim();
        }
        return column.getSqlType(metadata);
    }

    private static ColumnInfo.Generated generated(Column column) {
        String expression = column.getGeneratedAs();
        // @GeneratedColumn: whether the dialect stores the value is not read here (the test model
        // has no generated column yet), so it is reported as virtual
        return expression == null ? null : new ColumnInfo.Generated(expression, false);
    }
}
