package dev.migrate.autoconfigure.actuate;

import dev.migrate.Migrate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import javax.sql.DataSource;
import org.sqlite.SQLiteDataSource;

/**
 * A real revision graph on an SQLite file, for the endpoint and health tests.
 *
 * <pre>
 *          b1 ─┐
 *   a1 ─┬─     ├─ m1 ── d1 (depends on x1)      x1 (audit)
 *       └─ c1 ─┘ (reports)
 * </pre>
 *
 * A second location holds {@code zz9}, a revision of a newer release: applying it and then
 * loading only the first location leaves a version row no script declares.
 */
final class RevisionScripts {

    final Path scripts;

    final Path newer;

    final Path database;

    RevisionScripts(Path directory) {
        this.scripts = directory.resolve("migrations");
        this.newer = directory.resolve("newer");
        this.database = directory.resolve("app.db");
        write(scripts, "01_a1.sql", "a1", "", "", "", "create account",
                "CREATE TABLE account (id INTEGER PRIMARY KEY);", "DROP TABLE account;");
        write(scripts, "02_b1.sql", "b1", "a1", "", "", "add email",
                "ALTER TABLE account ADD COLUMN email VARCHAR(255);", "ALTER TABLE account DROP COLUMN email;");
        write(scripts, "03_c1.sql", "c1", "a1", "reports", "", "create report",
                "CREATE TABLE report (id INTEGER PRIMARY KEY);", "DROP TABLE report;");
        write(scripts, "04_m1.sql", "m1", "b1 c1", "", "", "merge email and reports", "-- nothing", "-- nothing");
        write(scripts, "05_x1.sql", "x1", "", "audit", "", "create audit log",
                "CREATE TABLE audit_log (id INTEGER PRIMARY KEY);", "DROP TABLE audit_log;");
        write(scripts, "06_d1.sql", "d1", "m1", "", "x1", "audit accounts",
                "CREATE TABLE account_audit (id INTEGER PRIMARY KEY);", "DROP TABLE account_audit;");
        write(newer, "01_zz9.sql", "zz9", "", "", "", "from a newer release",
                "CREATE TABLE newer (id INTEGER PRIMARY KEY);", "DROP TABLE newer;");
    }

    /** A data source on the database file. */
    DataSource dataSource() {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + database);
        return dataSource;
    }

    /** A migrator of the first location only, on the data source: what the application has. */
    Migrate migrate() {
        return Migrate.configure().dataSource(dataSource()).locations(List.of("filesystem:" + scripts)).load();
    }

    /** A migrator of both locations: the newer release. */
    Migrate newerRelease() {
        return Migrate.configure().dataSource(dataSource())
                .locations(List.of("filesystem:" + scripts, "filesystem:" + newer)).load();
    }

    /**
     * Applies a1, b1, c1 and m1, then the newer release's zz9, then edits b1's script: the
     * database is behind the heads (x1 and d1 pending), ahead of the scripts (zz9), and one
     * applied script changed.
     */
    RevisionScripts appliedEditedAndAhead() {
        Migrate release = newerRelease();
        release.upgrade("m1");
        release.upgrade("zz9");
        append(scripts.resolve("02_b1.sql"), "-- reformatted after it was applied\n");
        return this;
    }

    private static void write(Path directory, String file, String id, String revises, String labels,
            String dependsOn, String message, String upgrade, String downgrade) {
        StringBuilder text = new StringBuilder("-- migrate:revision ").append(id).append('\n');
        if (!revises.isEmpty()) {
            text.append("-- migrate:revises ").append(revises).append('\n');
        }
        if (!labels.isEmpty()) {
            text.append("-- migrate:branch-labels ").append(labels).append('\n');
        }
        if (!dependsOn.isEmpty()) {
            text.append("-- migrate:depends-on ").append(dependsOn).append('\n');
        }
        text.append("-- migrate:message ").append(message).append("\n\n-- migrate:upgrade\n").append(upgrade)
                .append("\n\n-- migrate:downgrade\n").append(downgrade).append('\n');
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(file), text);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardOpenOption.APPEND);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
