package dev.migrate.runtime;

import dev.migrate.script.SqlStatement;
import java.sql.SQLException;

/** A statement the database refused, carried out of a migration to the runner. */
final class StatementFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SqlStatement statement;

    StatementFailure(SqlStatement statement, SQLException cause) {
        super(cause.getMessage(), cause);
        this.statement = statement;
    }

    SqlStatement statement() {
        return statement;
    }

    @Override
    public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
    }
}
