package dev.migrate.runtime;

import dev.migrate.dialect.Dialect;
import dev.migrate.revision.Plan;
import dev.migrate.revision.Revision;
import dev.migrate.revision.Step;
import dev.migrate.revision.VersionChange;
import dev.migrate.script.JavaScript;
import dev.migrate.script.Script;
import dev.migrate.script.SqlScript;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scripts, steps and plans built by hand, the way the revision graph will build them. */
final class Fixtures {

    private Fixtures() {
    }

    /** An SQL script laid out as a file: headers, then the upgrade section, then the downgrade section. */
    static SqlScript sql(String id, List<String> revises, String message, String upgrade, String downgrade) {
        return sql(id, revises, message, upgrade, downgrade, true);
    }

    static SqlScript sql(String id, List<String> revises, String message, String upgrade, String downgrade,
            boolean transactional) {
        String header = "-- migrate:revision " + id + "\n"
                + "-- migrate:revises " + String.join(" ", revises) + "\n"
                + "-- migrate:message " + message + "\n"
                + (transactional ? "" : "-- migrate:transactional false\n")
                + "\n-- migrate:upgrade\n";
        int upgradeLine = lines(header) + 1;
        String middle = "\n\n-- migrate:downgrade\n";
        int downgradeLine = upgradeLine + lines(upgrade + middle);
        String file = header + upgrade + middle + downgrade;
        Revision revision = new Revision(id, revises, List.of(), List.of(), message, null, id + ".sql");
        return new SqlScript(revision, id + ".sql", upgrade, downgrade, upgradeLine, downgradeLine, transactional,
                sha256(file));
    }

    /** The same script with its upgrade section edited. */
    static SqlScript edited(SqlScript script, String upgrade) {
        return sql(script.revision().id(), script.revision().revises(), script.revision().message(), upgrade,
                script.downgradeSql(), script.transactional());
    }

    static JavaScript java(Class<?> type, String id, String message, String... revises) {
        Revision revision = new Revision(id, List.of(revises), List.of(), List.of(), message, null, type.getName());
        return new JavaScript(revision, type.getName(), type.getClassLoader(), true);
    }

    static Map<String, Script> byId(Script... scripts) {
        Map<String, Script> map = new LinkedHashMap<>();
        for (Script script : scripts) {
            map.put(script.revision().id(), script);
        }
        return map;
    }

    static Step upgrade(Script script, List<String> from, VersionChange... changes) {
        return new Step(Step.Direction.UPGRADE, script.revision(), from, List.of(script.revision().id()),
                List.of(changes));
    }

    static Step downgrade(Script script, List<String> to, VersionChange... changes) {
        return new Step(Step.Direction.DOWNGRADE, script.revision(), List.of(script.revision().id()), to,
                List.of(changes));
    }

    static Step stamp(Revision target, List<String> from, List<String> to, VersionChange... changes) {
        return new Step(Step.Direction.STAMP, target, from, to, List.of(changes));
    }

    static VersionChange.Insert insert(String revision) {
        return new VersionChange.Insert(revision);
    }

    static VersionChange.Update update(String from, String to) {
        return new VersionChange.Update(from, to);
    }

    static VersionChange.Delete delete(String revision) {
        return new VersionChange.Delete(revision);
    }

    /** A plan from the given rows; its end rows follow from the steps' version changes. */
    static Plan plan(List<String> startHeads, Step... steps) {
        List<String> rows = new ArrayList<>(startHeads);
        for (Step step : steps) {
            for (VersionChange change : step.versionChanges()) {
                if (change instanceof VersionChange.Insert insert) {
                    rows.add(insert.revision());
                } else if (change instanceof VersionChange.Update update) {
                    rows.set(rows.indexOf(update.from()), update.to());
                } else {
                    rows.remove(((VersionChange.Delete) change).revision());
                }
            }
        }
        return new Plan(Arrays.asList(steps), startHeads, rows, List.of());
    }

    static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static boolean exists(Connection connection, Dialect dialect, String table) throws SQLException {
        return dialect.tableExists(connection, table);
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static int lines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }
}
