package dev.migrate.reflect;

/**
 * One token of SQLite SQL text, with its place in the source so that spans of the original text
 * (comments inside them included) can be cut out again.
 *
 * @param type what kind of token
 * @param text the token exactly as written
 * @param start offset of the first character in the source
 * @param end offset just after the last character
 */
record Token(Type type, String text, int start, int end) {

    enum Type {
        /** A bare word: keyword or unquoted identifier. */
        WORD,
        /** An identifier in {@code "..."}, {@code [...]} or {@code `...`}. */
        QUOTED,
        /** A string literal {@code '...'}. */
        STRING,
        /** A blob literal {@code X'...'}. */
        BLOB,
        /** A numeric literal. */
        NUMBER,
        /** A parameter such as {@code ?1} or {@code :name}. */
        VARIABLE,
        /** Punctuation or an operator. */
        PUNCT
    }

    /** Whether this is the bare word {@code keyword}, ignoring case. */
    boolean is(String keyword) {
        return type == Type.WORD && text.equalsIgnoreCase(keyword);
    }

    /** Whether this is the punctuation {@code symbol}. */
    boolean isPunct(String symbol) {
        return type == Type.PUNCT && text.equals(symbol);
    }

    /** Whether this token can name something: a bare word, a quoted identifier or (as SQLite allows) a string. */
    boolean isName() {
        return type == Type.WORD || type == Type.QUOTED || type == Type.STRING;
    }

    /** The name this token stands for: quotes removed and doubled quote characters undone. */
    String name() {
        switch (type) {
            case WORD:
                return text;
            case QUOTED:
                char open = text.charAt(0);
                String inner = text.substring(1, text.length() - 1);
                if (open == '[') {
                    return inner;
                }
                String quote = String.valueOf(open);
                return inner.replace(quote + quote, quote);
            case STRING:
                return text.substring(1, text.length() - 1).replace("''", "'");
            default:
                throw new IllegalStateException("Not a name: " + text);
        }
    }
}
