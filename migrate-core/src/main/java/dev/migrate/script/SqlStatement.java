package dev.migrate.script;

/**
 * One statement of an SQL script, without its terminating semicolon.
 *
 * @param sql the statement text
 * @param line the 1-based line of the script file on which the statement starts
 */
public record SqlStatement(String sql, int line) {
}
