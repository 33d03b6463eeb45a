package dev.migrate.script;

import dev.migrate.MigrateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits the text of an SQL section into statements in one left-to-right pass.
 *
 * <p>A {@code ;} ends a statement unless it is inside a single-quoted string ({@code ''} escape),
 * a PostgreSQL {@code E'...'} string (backslash escapes), a double-quoted or backtick identifier,
 * a {@code --} or {@code /* *}{@code /} comment (block comments nest, as in PostgreSQL), a
 * dollar quote ({@code $$...$$}, {@code $tag$...$tag$}), parentheses, or the {@code BEGIN ... END}
 * body of a {@code CREATE TRIGGER/FUNCTION/PROCEDURE/EVENT} (with {@code CASE ... END} and nested
 * {@code BEGIN ... END} inside; {@code END IF/LOOP/WHILE/REPEAT} close nothing we count). A
 * standalone {@code BEGIN;} or {@code BEGIN TRANSACTION} opens no block. MariaDB's {@code BEGIN NOT
 * ATOMIC ... END} does.
 *
 * <p>A statement runs from its first token to its last one: comments before it (or after its
 * last token) are dropped, comments inside it are kept, and a statement that is nothing but
 * comments disappears. A MySQL executable comment {@code /*! ... *}{@code /} counts as a token.
 */
final class SqlStatementSplitter {

    /** What a {@code CREATE} statement with a {@code BEGIN ... END} body creates. */
    private static final Set<String> ROUTINES = Set.of("TRIGGER", "FUNCTION", "PROCEDURE", "EVENT");

    /** Object types that end the search for a routine word in a {@code CREATE} statement. */
    private static final Set<String> OTHER_OBJECTS = Set.of("TABLE", "VIEW", "INDEX", "UNIQUE", "SEQUENCE",
            "SCHEMA", "DATABASE", "TYPE", "DOMAIN", "EXTENSION", "ROLE", "USER", "RULE", "POLICY", "MATERIALIZED",
            "ALIAS", "SYNONYM", "TABLESPACE", "SERVER", "COLLATION", "CAST", "OPERATOR", "PUBLICATION",
            "SUBSCRIPTION", "STATISTICS", "LANGUAGE", "CONSTANT", "LINKED");

    private final String text;
    private final int length;
    private final String source;

    private int pos;
    private int line;

    private final List<SqlStatement> statements = new ArrayList<>();

    // the statement being read
    private int start = -1;
    private int startLine;
    private int end;
    private int words;
    private boolean startsWithCreate;
    private boolean kindDecided;
    private boolean routine;
    private int blockDepth;
    private int blockLine;
    private int parenDepth;
    private int parenLine;

    private SqlStatementSplitter(String text, int firstLine, String source) {
        this.text = text;
        this.length = text.length();
        this.line = firstLine;
        this.source = source;
    }

    /** Splits {@code sql}, whose first character is on line {@code firstLine} of its file. */
    static List<SqlStatement> split(String sql, int firstLine) {
        return split(sql, firstLine, "SQL");
    }

    /**
     * Splits {@code sql}; {@code source} names the file in error messages.
     *
     * @throws MigrateException for an unterminated string, identifier, comment, dollar quote,
     *     parenthesis or {@code BEGIN} block
     */
    static List<SqlStatement> split(String sql, int firstLine, String source) {
        return new SqlStatementSplitter(sql, firstLine, source).run();
    }

    private List<SqlStatement> run() {
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '-' && peek(1) == '-') {
                skipLineComment();
            } else if (c == '/' && peek(1) == '*') {
                int tokenStart = pos;
                int tokenLine = line;
                skipBlockComment();
                if (tokenStart + 2 < length && text.charAt(tokenStart + 2) == '!') {
                    significant(tokenStart, tokenLine);
                }
            } else if (c == ';' && blockDepth == 0 && parenDepth == 0) {
                finishStatement();
                pos++;
            } else {
                int tokenStart = pos;
                int tokenLine = line;
                token(c);
                significant(tokenStart, tokenLine);
            }
        }
        if (parenDepth > 0) {
            throw error(parenLine, "the parenthesis opened here is never closed", "add the missing ')'");
        }
        if (blockDepth > 0) {
            throw error(blockLine, "the BEGIN block starting here has no matching END",
                    "add the missing END (a trigger body ends with 'END;')");
        }
        finishStatement();
        return statements;
    }

    /** Reads one significant token starting at {@code c}; leaves {@code pos} after it. */
    private void token(char c) {
        switch (c) {
            case '\'' -> skipQuoted('\'', false, "string literal");
            case '"' -> skipQuoted('"', false, "quoted identifier");
            case '`' -> skipQuoted('`', false, "backtick identifier");
            case '(' -> {
                if (parenDepth++ == 0) {
                    parenLine = line;
                }
                pos++;
            }
            case ')' -> {
                if (parenDepth > 0) {
                    parenDepth--;
                }
                pos++;
            }
            case '$' -> {
                String tag = dollarTag();
                if (tag != null) {
                    skipDollarQuote(tag);
                } else {
                    pos++;
                }
            }
            default -> {
                if (isWordStart(c)) {
                    word();
                } else {
                    pos++;
                }
            }
        }
    }

    private void word() {
        int wordStart = pos;
        while (pos < length && isWordPart(text.charAt(pos))) {
            pos++;
        }
        if (pos - wordStart == 1 && peek(0) == '\'' && (text.charAt(wordStart) == 'E' || text.charAt(wordStart) == 'e')) {
            skipQuoted('\'', true, "escape string literal");
            return;
        }
        keyword(text.substring(wordStart, pos).toUpperCase(Locale.ROOT), line);
    }

    private void keyword(String word, int wordLine) {
        words++;
        if (words == 1) {
            startsWithCreate = word.equals("CREATE");
            if (word.equals("BEGIN") && "NOT".equals(nextWord())) {
                openBlock(wordLine);
            }
            return;
        }
        if (blockDepth == 0) {
            if (startsWithCreate && !kindDecided) {
                // the first object-type word decides: CREATE TABLE event (begin INT) is no routine
                if (ROUTINES.contains(word)) {
                    routine = true;
                    kindDecided = true;
                } else if (OTHER_OBJECTS.contains(word)) {
                    kindDecided = true;
                }
            } else if (routine && word.equals("BEGIN")) {
                openBlock(wordLine);
            }
            return;
        }
        switch (word) {
            case "BEGIN", "CASE" -> blockDepth++;
            case "END" -> {
                String next = nextWord();
                if (next == null) {
                    blockDepth--;
                } else {
                    switch (next) {
                        case "IF", "LOOP", "WHILE", "REPEAT" -> consumeNextWord();
                        case "CASE" -> {
                            consumeNextWord();
                            blockDepth--;
                        }
                        default -> blockDepth--;
                    }
                }
            }
            default -> {
                // any other word changes nothing
            }
        }
    }

    private void openBlock(int wordLine) {
        blockDepth = 1;
        blockLine = wordLine;
    }

    /** The upper-cased word after the whitespace following {@code pos}, without consuming it. */
    private String nextWord() {
        int i = skipWhitespace(pos);
        if (i >= length || !isWordStart(text.charAt(i))) {
            return null;
        }
        int j = i;
        while (j < length && isWordPart(text.charAt(j))) {
            j++;
        }
        return text.substring(i, j).toUpperCase(Locale.ROOT);
    }

    private void consumeNextWord() {
        int i = skipWhitespace(pos);
        countLines(pos, i);
        while (i < length && isWordPart(text.charAt(i))) {
            i++;
        }
        pos = i;
    }

    private int skipWhitespace(int from) {
        int i = from;
        while (i < length && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private void skipLineComment() {
        while (pos < length && text.charAt(pos) != '\n') {
            pos++;
        }
    }

    private void skipBlockComment() {
        int openLine = line;
        int depth = 0;
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '/' && peek(1) == '*') {
                depth++;
                pos += 2;
            } else if (c == '*' && peek(1) == '/') {
                pos += 2;
                if (--depth == 0) {
                    return;
                }
            } else {
                if (c == '\n') {
                    line++;
                }
                pos++;
            }
        }
        throw error(openLine, "the /* comment starting here is never closed",
                "close it with */ (comments nest, so every /* inside it needs its own */)");
    }

    private void skipQuoted(char quote, boolean backslashEscapes, String what) {
        int openLine = line;
        pos++;
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
            } else if (backslashEscapes && c == '\\') {
                if (peek(1) == '\n') {
                    line++;
                }
                pos += 2;
                continue;
            } else if (c == quote) {
                if (peek(1) == quote) {
                    pos += 2;
                    continue;
                }
                pos++;
                return;
            }
            pos++;
        }
        throw error(openLine, "the " + what + " starting here is never closed",
                "close it with " + quote + " (write " + quote + quote + " for a " + quote + " inside it)");
    }

    /** The dollar-quote delimiter starting at {@code pos} ({@code $$} or {@code $tag$}), or null. */
    private String dollarTag() {
        int i = pos + 1;
        if (i < length && Character.isDigit(text.charAt(i))) {
            return null; // $1 is a parameter, not a quote
        }
        while (i < length && isTagPart(text.charAt(i))) {
            i++;
        }
        return i < length && text.charAt(i) == '$' ? text.substring(pos, i + 1) : null;
    }

    private void skipDollarQuote(String tag) {
        int openLine = line;
        int close = text.indexOf(tag, pos + tag.length());
        if (close < 0) {
            throw error(openLine, "the dollar quote " + tag + " starting here is never closed",
                    "close it with " + tag);
        }
        int after = close + tag.length();
        countLines(pos, after);
        pos = after;
    }

    private void countLines(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
    }

    private void significant(int tokenStart, int tokenLine) {
        if (start < 0) {
            start = tokenStart;
            startLine = tokenLine;
        }
        end = pos;
    }

    private void finishStatement() {
        if (start >= 0) {
            statements.add(new SqlStatement(text.substring(start, end), startLine));
        }
        start = -1;
        words = 0;
        startsWithCreate = false;
        kindDecided = false;
        routine = false;
        blockDepth = 0;
        parenDepth = 0;
    }

    private char peek(int offset) {
        int i = pos + offset;
        return i < length ? text.charAt(i) : '\0';
    }

    private static boolean isWordStart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static boolean isTagPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private MigrateException error(int at, String what, String fix) {
        return new MigrateException(source + ", line " + at + ": " + what + "; " + fix);
    }
}
