package dev.migrate.script;

import java.util.ArrayList;
import java.util.List;

/** Splits SQL text into statements. (Provisional: splits on semicolons only.) */
final class SqlStatementSplitter {

    private SqlStatementSplitter() {
    }

    static List<SqlStatement> split(String sql, int firstLine) {
        List<SqlStatement> out = new ArrayList<>();
        int line = firstLine;
        for (String part : sql.split(";")) {
            if (!part.isBlank()) {
                out.add(new SqlStatement(part.strip(), line));
            }
            line += (int) part.chars().filter(c -> c == '\n').count();
        }
        return out;
    }
}
