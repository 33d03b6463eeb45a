package dev.migrate.runtime;

import static dev.migrate.runtime.Fixtures.sql;

import dev.migrate.script.SqlScript;
import java.util.List;

/**
 * The revisions most tests use, each creating a table that holds data:
 * {@code a -> b -> c} in a line, {@code b1} and {@code b2} branching from {@code a}, and the merge
 * {@code m} of {@code b1} and {@code b2}.
 */
final class Chain {

    static final SqlScript A = sql("a", List.of(), "create t_a",
            "CREATE TABLE t_a (id INTEGER PRIMARY KEY, name VARCHAR(50));\nINSERT INTO t_a VALUES (1, 'first');",
            "DROP TABLE t_a;");
    static final SqlScript B = sql("b", List.of("a"), "create t_b",
            "CREATE TABLE t_b (id INTEGER PRIMARY KEY, a_id INTEGER);\nINSERT INTO t_b VALUES (10, 1);",
            "DROP TABLE t_b;");
    static final SqlScript C = sql("c", List.of("b"), "add t_a.note",
            "ALTER TABLE t_a ADD COLUMN note VARCHAR(20);\nUPDATE t_a SET note = 'noted';",
            "ALTER TABLE t_a DROP COLUMN note;");
    static final SqlScript B1 = sql("b1", List.of("a"), "branch one",
            "CREATE TABLE t_b1 (id INTEGER PRIMARY KEY);\nINSERT INTO t_b1 VALUES (1);", "DROP TABLE t_b1;");
    static final SqlScript B2 = sql("b2", List.of("a"), "branch two",
            "CREATE TABLE t_b2 (id INTEGER PRIMARY KEY);\nINSERT INTO t_b2 VALUES (2);", "DROP TABLE t_b2;");
    static final SqlScript M = sql("m", List.of("b1", "b2"), "merge branches",
            "CREATE TABLE t_m (id INTEGER PRIMARY KEY);", "DROP TABLE t_m;");

    /** {@code b} whose third statement fails. */
    static final SqlScript B_FAILING = sql("b", List.of("a"), "create t_b",
            "CREATE TABLE t_b (id INTEGER PRIMARY KEY, a_id INTEGER);\nINSERT INTO t_b VALUES (10, 1);\n"
                    + "INSERT INTO no_such_table VALUES (1);",
            "DROP TABLE t_b;");

    private Chain() {
    }
}
