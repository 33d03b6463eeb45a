package dev.migrate.script;

import java.util.List;

/** Renders a new, empty SQL revision script in the format {@link SqlScriptParser} reads. */
final class SqlScriptRenderer {

    private SqlScriptRenderer() {
    }

    static String render(NewScript script) {
        return render(script, ScriptBody.EMPTY);
    }

    static String render(NewScript script, ScriptBody body) {
        StringBuilder out = new StringBuilder();
        header(out, SqlScriptParser.REVISION, script.id());
        list(out, SqlScriptParser.REVISES, script.revises());
        header(out, SqlScriptParser.MESSAGE, oneLine(script.message()));
        header(out, SqlScriptParser.CREATED, ScriptWriter.createdText(script.created()));
        list(out, SqlScriptParser.BRANCH_LABELS, script.branchLabels());
        list(out, SqlScriptParser.DEPENDS_ON, script.dependsOn());
        out.append('\n');
        out.append("-- migrate:upgrade\n");
        if (body.isEmpty()) {
            out.append("-- write the upgrade statements here, each ending with ;\n");
        } else {
            body.upgrade().forEach(line -> out.append(line).append('\n'));
        }
        out.append('\n');
        out.append("-- migrate:downgrade\n");
        if (body.isEmpty()) {
            out.append("-- write the statements that undo the upgrade here\n");
        } else {
            body.downgrade().forEach(line -> out.append(line).append('\n'));
        }
        return out.toString();
    }

    private static void header(StringBuilder out, String key, String value) {
        out.append("-- ").append(SqlScriptParser.PREFIX).append(key);
        if (!value.isEmpty()) {
            out.append(' ').append(value);
        }
        out.append('\n');
    }

    private static void list(StringBuilder out, String key, List<String> values) {
        if (!values.isEmpty()) {
            header(out, key, String.join(", ", values));
        }
    }

    /**
     * The message on one header line: every run of line breaks (and the blanks around it) becomes
     * one space, so nothing after a newline can turn into SQL or another header.
     */
    static String oneLine(String message) {
        StringBuilder line = new StringBuilder(message.length());
        boolean pendingSpace = false;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (isLineBreak(c)) {
                pendingSpace = true;
                while (line.length() > 0 && Character.isWhitespace(line.charAt(line.length() - 1))) {
                    line.setLength(line.length() - 1);
                }
            } else if (pendingSpace && Character.isWhitespace(c)) {
                continue;
            } else {
                if (pendingSpace && line.length() > 0) {
                    line.append(' ');
                }
                pendingSpace = false;
                line.append(c);
            }
        }
        return line.toString().strip();
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085'
                || c == '\u2028' || c == '\u2029';
    }
}
