package dev.migrate.reflect;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQLite SQL into {@link Token tokens}, skipping white space and comments: {@code --} to the
 * end of the line and {@code /* ... *}{@code /} (an unterminated block comment runs to the end, as in
 * SQLite). Knows SQLite's quoting: {@code '...'} strings, {@code "..."}, {@code [...]} and
 * {@code `...`} identifiers with doubled quote characters as escapes, {@code X'..'} blobs.
 */
final class SqlTokenizer {

    private final String sql;
    private int pos;

    private SqlTokenizer(String sql) {
        this.sql = sql;
    }

    /**
     * The tokens of {@code sql}.
     *
     * @throws IllegalArgumentException for an unterminated string or quoted identifier
     */
    static List<Token> tokenize(String sql) {
        return new SqlTokenizer(sql).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipSpaceAndComments();
            if (pos >= sql.length()) {
                return tokens;
            }
            tokens.add(next());
        }
    }

    private void skipSpaceAndComments() {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '-' && peek(1) == '-') {
                int eol = sql.indexOf('\n', pos);
                pos = eol < 0 ? sql.length() : eol + 1;
            } else if (c == '/' && peek(1) == '*') {
                int close = sql.indexOf("*/", pos + 2);
                pos = close < 0 ? sql.length() : close + 2;
            } else {
                return;
            }
        }
    }

    private Token next() {
        int start = pos;
        char c = sql.charAt(pos);
        if ((c == 'x' || c == 'X') && peek(1) == '\'') {
            pos++;
            quoted('\'', "blob literal");
            return token(Token.Type.BLOB, start);
        }
        if (c == '\'') {
            quoted('\'', "string literal");
            return token(Token.Type.STRING, start);
        }
        if (c == '"' || c == '`') {
            quoted(c, "quoted identifier");
            return token(Token.Type.QUOTED, start);
        }
        if (c == '[') {
            int close = sql.indexOf(']', pos);
            if (close < 0) {
                throw unterminated("quoted identifier", start);
            }
            pos = close + 1;
            return token(Token.Type.QUOTED, start);
        }
        if (Character.isDigit(c) || c == '.' && Character.isDigit(peek(1))) {
            number();
            return token(Token.Type.NUMBER, start);
        }
        if (isWordStart(c)) {
            while (pos < sql.length() && isWordPart(sql.charAt(pos))) {
                pos++;
            }
            return token(Token.Type.WORD, start);
        }
        if (c == '?' || c == ':' || c == '@' || c == '$') {
            pos++;
            while (pos < sql.length() && isWordPart(sql.charAt(pos))) {
                pos++;
            }
            return token(Token.Type.VARIABLE, start);
        }
        pos += operatorLength(c);
        return token(Token.Type.PUNCT, start);
    }

    private int operatorLength(char c) {
        char n = peek(1);
        switch (c) {
            case '|':
                return n == '|' ? 2 : 1;
            case '<':
                return n == '=' || n == '>' || n == '<' ? 2 : 1;
            case '>':
                return n == '=' || n == '>' ? 2 : 1;
            case '=':
                return n == '=' ? 2 : 1;
            case '!':
                return n == '=' ? 2 : 1;
            case '-':
                return n == '>' ? (peek(2) == '>' ? 3 : 2) : 1;
            default:
                return 1;
        }
    }

    private void quoted(char quote, String what) {
        int start = pos;
        pos++;
        while (true) {
            int close = sql.indexOf(quote, pos);
            if (close < 0) {
                throw unterminated(what, start);
            }
            if (close + 1 < sql.length() && sql.charAt(close + 1) == quote) {
                pos = close + 2;
            } else {
                pos = close + 1;
                return;
            }
        }
    }

    private void number() {
        if (sql.charAt(pos) == '0' && (peek(1) == 'x' || peek(1) == 'X')) {
            pos += 2;
            while (pos < sql.length() && Character.digit(sql.charAt(pos), 16) >= 0) {
                pos++;
            }
            return;
        }
        while (pos < sql.length() && (Character.isDigit(sql.charAt(pos)) || sql.charAt(pos) == '_')) {
            pos++;
        }
        if (pos < sql.length() && sql.charAt(pos) == '.') {
            pos++;
            while (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
                pos++;
            }
        }
        if (pos < sql.length() && (sql.charAt(pos) == 'e' || sql.charAt(pos) == 'E')) {
            int mark = pos;
            pos++;
            if (pos < sql.length() && (sql.charAt(pos) == '+' || sql.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
                while (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = mark;
            }
        }
    }

    private static boolean isWordStart(char c) {
        return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c > 127;
    }

    private static boolean isWordPart(char c) {
        return isWordStart(c) || c >= '0' && c <= '9' || c == '$';
    }

    private char peek(int ahead) {
        int at = pos + ahead;
        return at < sql.length() ? sql.charAt(at) : '\0';
    }

    private Token token(Token.Type type, int start) {
        return new Token(type, sql.substring(start, pos), start, pos);
    }

    private IllegalArgumentException unterminated(String what, int start) {
        return new IllegalArgumentException("Unterminated " + what + " at offset " + start + " in: " + sql);
    }
}
