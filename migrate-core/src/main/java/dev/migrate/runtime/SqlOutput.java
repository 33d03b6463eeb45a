package dev.migrate.runtime;

import java.io.IOException;

/** Offline SQL text: statements ending with {@code ;}, comments, separated by blank lines. */
final class SqlOutput {

    private final Appendable out;

    SqlOutput(Appendable out) {
        this.out = out;
    }

    /** Writes one statement, adding its semicolon. */
    void statement(String sql) throws IOException {
        String text = sql.strip();
        if (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        out.append(text).append(";\n\n");
    }

    /** Writes a one-line comment; line breaks in the text cannot end the comment early. */
    void comment(String text) throws IOException {
        out.append("-- ").append(text.replaceAll("[\\r\\n]+", " ")).append("\n\n");
    }

    void statements(Iterable<String> sql) throws IOException {
        for (String statement : sql) {
            statement(statement);
        }
    }
}
