package dev.migrate.reflect;

/** Small text helpers for SQL that catalogs hand back. */
final class SqlText {

    private SqlText() {
    }

    /**
     * The text without one pair of parentheses enclosing all of it ({@code (a > 0)} becomes
     * {@code a > 0}; {@code (a) + (b)} stays). Quotes are honoured.
     */
    static String unwrapParentheses(String sql) {
        if (sql == null) {
            return null;
        }
        String text = sql.strip();
        if (text.length() < 2 || text.charAt(0) != '(' || text.charAt(text.length() - 1) != ')') {
            return text;
        }
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0 && i < text.length() - 1) {
                    return text;
                }
            }
        }
        return text.substring(1, text.length() - 1).strip();
    }
}
