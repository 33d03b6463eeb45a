package dev.migrate.dialect;

import dev.migrate.MigrateException;
import dev.migrate.reflect.SqliteDdl;
import dev.migrate.reflect.SqliteTableReader;
import dev.migrate.schema.Index;
import dev.migrate.schema.Table;
import dev.migrate.schema.View;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one rebuild on a live connection: SQLite's 12-step procedure around a {@link RebuildPlan},
 * with the pragmas switched and restored and every failure rolled back. One instance per run.
 */
final class RebuildRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteTableRebuild.class);
    private static final String SAVEPOINT = "migrate_rebuild";
    private static final int MAX_LISTED = 20;

    private final Connection connection;
    private final Dialect dialect;
    private final List<String> statements = new ArrayList<>();
    private String step = "starting";

    RebuildRunner(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    RebuildResult run(String table, List<TableChange> changes) {
        try {
            return connection.getAutoCommit() ? ownTransaction(table, changes) : callerTransaction(table, changes);
        } catch (SQLException ex) {
            throw new MigrateException("Rebuilding table " + shown(table) + " failed while " + step + ": "
                    + ex.getMessage(),
                    ex);
        }
    }

    /** Autocommit: foreign keys off outside the transaction, BEGIN IMMEDIATE ... COMMIT, pragma restored. */
    private RebuildResult ownTransaction(String table, List<TableChange> changes) throws SQLException {
        boolean foreignKeys = pragma("foreign_keys") == 1;
        if (foreignKeys) {
            execute("PRAGMA foreign_keys = OFF");
            if (pragma("foreign_keys") == 1) {
                throw new MigrateException("Cannot rebuild table " + shown(table)
                        + ": PRAGMA foreign_keys = OFF had no "
                        + "effect, so a transaction is open on this connection although JDBC autocommit is on "
                        + "(a BEGIN run as a statement?). Commit or roll it back first.");
            }
        }
        RuntimeException failure = null;
        Done done = null;
        boolean began = false;
        try {
            step = "starting the transaction";
            execute("BEGIN IMMEDIATE");
            began = true;
            done = body(table, changes);
            step = "committing";
            execute("COMMIT");
        } catch (SQLException | RuntimeException ex) {
            String rolledBack = began ? rollback("ROLLBACK", ex) : "";
            failure = failure(table, ex, rolledBack, foreignKeys ? "; PRAGMA foreign_keys is ON again" : "");
        }
        if (foreignKeys) {
            try {
                execute("PRAGMA foreign_keys = ON");
            } catch (SQLException ex) {
                MigrateException restore = new MigrateException("Could not switch PRAGMA foreign_keys back ON after "
                        + "rebuilding table " + shown(table) + ": " + ex.getMessage(), ex);
                if (failure == null) {
                    throw restore;
                }
                failure.addSuppressed(restore);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return done.result(statements);
    }

    /**
     * Autocommit off: the caller owns the transaction, so foreign keys cannot be switched off.
     * Runs in a savepoint that is rolled back on failure and released (not committed) on success.
     */
    private RebuildResult callerTransaction(String table, List<TableChange> changes) throws SQLException {
        if (pragma("foreign_keys") == 1) {
            List<String> referencing = SqliteTableReader.tablesReferencing(connection, table);
            if (!referencing.isEmpty()) {
                throw new MigrateException("Cannot rebuild table " + shown(table) + " inside the caller's transaction: "
                        + "PRAGMA foreign_keys is ON and cannot be switched off inside a transaction, and table(s) "
                        + referencing + " refer to it, so DROP TABLE would delete or block their rows (ON DELETE "
                        + "CASCADE). Call the rebuild with autocommit on (it then runs its own transaction with "
                        + "foreign keys off), or run PRAGMA foreign_keys = OFF before opening the transaction.");
            }
        }
        execute("SAVEPOINT " + SAVEPOINT);
        try {
            Done done = body(table, changes);
            execute("RELEASE " + SAVEPOINT);
            return done.result(statements);
        } catch (SQLException | RuntimeException ex) {
            String rolledBack = rollback("ROLLBACK TO " + SAVEPOINT, ex);
            try {
                execute("RELEASE " + SAVEPOINT);
            } catch (SQLException release) {
                ex.addSuppressed(release);
            }
            throw failure(table, ex, rolledBack.replace("the transaction was", "the savepoint was"), "");
        }
    }

    private Done body(String table, List<TableChange> changes) throws SQLException {
        int legacy = pragma("legacy_alter_table");
        try {
            step = "reading the table";
            Table current = read(table);
            List<String> views = compilingViews();
            List<TableChange> rest = renameColumns(current, changes, legacy);
            if (changes.stream().anyMatch(c -> c instanceof TableChange.AlterColumn a && a.newName() != null)) {
                current = read(current.name());
            }
            RebuildPlan plan = plan(current, rest);
            plan.warnings().forEach(LOG::warn);

            long rows = count(current.name());
            LOG.debug("sqlite rebuild: {} holds {} rows; {} view(s) compile before the rebuild", shown(current.name()),
                    rows, views.size());
            step = "creating the new table";
            execute(plan.createTable());
            step = "copying the rows";
            long copied = update(plan.copyRows());
            if (copied != rows) {
                throw new MigrateException("the copy wrote " + copied + " rows but the table holds " + rows);
            }
            step = "keeping the AUTOINCREMENT sequence";
            for (String sql : plan.keepSequence()) {
                execute(sql);
            }
            step = "dropping the old table";
            execute(plan.dropTable());
            step = "renaming the new table";
            execute("PRAGMA legacy_alter_table = ON");
            execute(plan.renameTable());
            execute("PRAGMA legacy_alter_table = " + onOff(legacy));
            for (String index : plan.indexes()) {
                step = "re-creating an index";
                execute(index);
            }
            for (String trigger : plan.triggers()) {
                step = "re-creating a trigger";
                execute(trigger);
            }
            step = "checking the views";
            checkViews(views);
            step = "checking foreign keys (PRAGMA foreign_key_check)";
            checkForeignKeys(current.name());
            return new Done(current.name(), plan.warnings(), copied);
        } finally {
            restoreLegacy(legacy);
        }
    }

    private Table read(String table) throws SQLException {
        Table current = SqliteTableReader.read(connection, table)
                .orElseThrow(() -> new MigrateException("No such table: " + shown(table)));
        if (current.sql() == null || SqliteTableReader.isVirtual(current.sql())
                || current.name().toLowerCase(Locale.ROOT).startsWith("sqlite_")) {
            throw new MigrateException("Table " + shown(current.name())
                    + " cannot be rebuilt: it is a virtual table or "
                    + "one of SQLite's own.");
        }
        return current;
    }

    /** Runs the column renames natively and returns the other changes, under the new names. */
    private List<TableChange> renameColumns(Table table, List<TableChange> changes, int legacy) throws SQLException {
        List<TableChange> rest = new ArrayList<>();
        boolean first = true;
        for (TableChange change : changes) {
            if (!(change instanceof TableChange.AlterColumn alter) || alter.newName() == null) {
                rest.add(change);
                continue;
            }
            if (first && legacy != 0) {
                execute("PRAGMA legacy_alter_table = OFF");
            }
            first = false;
            step = "renaming column " + shown(alter.name()) + " to " + shown(alter.newName());
            execute("ALTER TABLE " + q(table.name()) + " RENAME COLUMN " + q(alter.name()) + " TO "
                    + q(alter.newName()));
            if (alter.changesDefinition()) {
                rest.add(new TableChange.AlterColumn(alter.newName(), null, alter.newTypeSql(), alter.nullable(),
                        alter.defaultChange(), alter.usingSql()));
            }
        }
        return rest;
    }

    private RebuildPlan plan(Table table, List<TableChange> changes) throws SQLException {
        step = "planning the rebuild";
        List<SqliteDdl.CreateIndex> explicit = new ArrayList<>();
        List<String> automatic = new ArrayList<>();
        for (Index index : table.indexes()) {
            if (index.origin() == Index.Origin.CREATE_INDEX && index.sql() != null) {
                explicit.add(SqliteDdl.parseCreateIndex(index.sql()));
            } else {
                automatic.add(index.name());
            }
        }
        return new RebuildPlanner(dialect, SqliteDdl.parseCreateTable(table.sql()), explicit, automatic,
                table.triggers(), SqliteTableReader.triggersReferencing(connection, table.name()))
                .plan(changes, temporaryName(table.name()));
    }

    private String temporaryName(String table) throws SQLException {
        String base = "_migrate_tmp_" + table;
        String name = base;
        for (int i = 2; exists(name); i++) {
            name = base + "_" + i;
        }
        return name;
    }

    private boolean exists(String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE name = ? COLLATE NOCASE")) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    private long count(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + q(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The names of the views that compile now. */
    private List<String> compilingViews() throws SQLException {
        List<String> names = new ArrayList<>();
        for (View view : SqliteTableReader.views(connection)) {
            if (compileError(view.name()) == null) {
                names.add(view.name());
            }
        }
        return names;
    }

    private void checkViews(List<String> views) throws SQLException {
        List<String> broken = new ArrayList<>();
        for (String view : views) {
            String error = compileError(view);
            if (error != null) {
                broken.add(shown(view) + ": " + error);
            }
        }
        LOG.debug("sqlite rebuild: {} of {} view(s) still compile", views.size() - broken.size(), views.size());
        if (!broken.isEmpty()) {
            throw new MigrateException("view(s) that worked before would be broken by the rebuild: "
                    + String.join("; ", broken) + ". Drop them before the rebuild and create them again, changed, "
                    + "after it");
        }
    }

    private String compileError(String view) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM " + q(view))) {
            return null;
        } catch (SQLException ex) {
            return ex.getMessage();
        }
    }

    private void checkForeignKeys(String table) throws SQLException {
        List<String> violations;
        try {
            violations = ForeignKeyCheck.violations(connection, table);
        } catch (SQLException ex) {
            throw new MigrateException("a foreign key no longer matches after the rebuild (" + ex.getMessage()
                    + "): a referenced column was dropped, renamed or lost its PRIMARY KEY or UNIQUE constraint", ex);
        }
        LOG.debug("sqlite rebuild: PRAGMA foreign_key_check for {} and the tables referring to it: {} violation(s)",
                shown(table), violations.size());
        if (!violations.isEmpty()) {
            throw new ForeignKeyViolations(violations);
        }
    }

    /** Rolls back and says what happened, for the failure message. */
    private String rollback(String sql, Exception cause) {
        try {
            execute(sql);
            return "the transaction was rolled back";
        } catch (SQLException ex) {
            cause.addSuppressed(ex);
            return "the ROLLBACK failed too (" + ex.getMessage() + ")";
        }
    }

    private MigrateException failure(String table, Exception ex, String rolledBack, String pragma) {
        String what = ex.getMessage();
        if (ex instanceof ForeignKeyViolations violations) {
            what = violations.describe(preExisting(table, violations.rows));
        }
        boolean clean = rolledBack.endsWith("rolled back");
        String outcome = clean
                ? " Nothing was changed: " + rolledBack + ", so the table, its rows, indexes and triggers are as they "
                        + "were and no temporary table is left" + pragma + "."
                : " " + rolledBack + pragma + ".";
        return new MigrateException("Rebuilding table " + shown(table) + " failed while " + step + ": " + what + "."
                + outcome, ex);
    }

    /** How many of these violations the table already had, measured after the rollback. */
    private int preExisting(String table, List<String> after) {
        try {
            List<String> before = ForeignKeyCheck.violations(connection, table);
            return (int) after.stream().filter(before::contains).count();
        } catch (SQLException ex) {
            return -1;
        }
    }

    private void restoreLegacy(int legacy) {
        try {
            if (pragma("legacy_alter_table") != legacy) {
                execute("PRAGMA legacy_alter_table = " + onOff(legacy));
            }
        } catch (SQLException ex) {
            LOG.error("Could not restore PRAGMA legacy_alter_table = {}: {}", legacy, ex.getMessage());
        }
    }

    private int pragma(String name) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private void execute(String sql) throws SQLException {
        LOG.debug("sqlite rebuild: {}", sql);
        statements.add(sql);
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long update(String sql) throws SQLException {
        LOG.debug("sqlite rebuild: {}", sql);
        statements.add(sql);
        try (Statement statement = connection.createStatement()) {
            return statement.executeLargeUpdate(sql);
        }
    }

    private static String onOff(int flag) {
        return flag == 0 ? "OFF" : "ON";
    }

    private static String shown(String name) {
        return RebuildPlanner.shown(name);
    }

    private String q(String name) {
        return dialect.quoteIdentifier(name);
    }

    /** What the body of a successful rebuild reports, before the transaction ends. */
    private record Done(String table, List<String> warnings, long copied) {

        RebuildResult result(List<String> statements) {
            return new RebuildResult(table, statements, warnings, copied);
        }
    }

    /** Rows that violate a foreign key after the copy. */
    private static final class ForeignKeyViolations extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient List<String> rows;

        ForeignKeyViolations(List<String> rows) {
            super(rows.size() + " foreign key violation(s)");
            this.rows = List.copyOf(rows);
        }

        String describe(int preExisting) {
            String listed = String.join(", ", rows.subList(0, Math.min(MAX_LISTED, rows.size())))
                    + (rows.size() > MAX_LISTED ? ", ..." : "");
            String before = preExisting < 0 ? ""
                    : preExisting == rows.size() ? " (all of them were there before the rebuild: fix the data first)"
                    : preExisting > 0 ? " (" + preExisting + " of them were there before the rebuild)" : "";
            return rows.size() + " row(s) violate a foreign key" + before + ": " + listed;
        }
    }
}
