package dev.migrate.dialect;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Type and default texts put into the canonical form autogenerate compares. {@link #normalize}
 * is the spelling-only part every database shares; {@link #synonyms} folds the type names the
 * four databases use for one type (standard SQL names, PostgreSQL's internal names, H2's long
 * names); each dialect adds its own quirks on top.
 */
final class TypeText {

    private static final Pattern VARCHAR = Pattern.compile("(?:character varying|varchar|varchar2)(\\(\\d+\\))?");
    private static final Pattern CHAR = Pattern.compile("(?:character|char|bpchar)(\\(\\d+\\))?");
    private static final Pattern NUMERIC = Pattern.compile("(?:numeric|decimal|dec)(?:\\((\\d+)(?:,(\\d+))?\\))?");
    private static final Pattern FLOAT = Pattern.compile("float\\((\\d+)\\)");
    private static final Pattern TIMESTAMP = Pattern.compile("timestamp(\\(\\d\\))?( without time zone)?");
    private static final Pattern TIMESTAMP_TZ = Pattern.compile("(?:timestamp(\\(\\d\\))? with time zone|timestamptz(\\(\\d\\))?)");
    private static final Pattern TIME = Pattern.compile("time(\\(\\d\\))?( without time zone)?");
    private static final Pattern VARBINARY = Pattern.compile("(?:binary varying|varbinary)(\\(\\d+\\))?");
    private static final Pattern CAST = Pattern.compile("::[a-z_ ]+(?:\\(\\d+(?:,\\d+)?\\))?(?:\\[\\])?");

    private TypeText() {
    }

    /**
     * Lower case outside quotes, runs of blanks as one space, no blanks next to parentheses and
     * commas: {@code NUMERIC(10, 2)} and {@code numeric (10,2)} are both {@code numeric(10,2)}.
     */
    static String normalize(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                out.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
                out.append(c);
            } else if (Character.isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (c == '(' || c == ')' || c == ',') {
                trimSpace(out);
                out.append(c);
                while (c != ')' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
                    i++;
                }
            } else {
                out.append(Character.toLowerCase(c));
            }
        }
        trimSpace(out);
        return out.toString();
    }

    private static void trimSpace(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    /** One name per type for the names the databases share (after {@link #normalize}). */
    static String synonyms(String type) {
        Matcher m;
        switch (type) {
            case "int", "int4", "integer", "serial", "serial4":
                return "integer";
            case "int8", "bigint", "bigserial", "serial8":
                return "bigint";
            case "int2", "smallint", "smallserial":
                return "smallint";
            case "bool", "boolean":
                return "boolean";
            case "double", "double precision", "float8":
                return "double";
            case "real", "float4":
                return "real";
            case "character large object", "clob":
                return "clob";
            case "binary large object", "blob":
                return "blob";
            default:
                break;
        }
        if ((m = VARCHAR.matcher(type)).matches()) {
            return "varchar" + (m.group(1) == null ? "" : m.group(1));
        }
        if ((m = CHAR.matcher(type)).matches()) {
            return "char" + (m.group(1) == null ? "(1)" : m.group(1));
        }
        if ((m = NUMERIC.matcher(type)).matches()) {
            return m.group(1) == null ? "numeric" : "numeric(" + m.group(1) + "," + (m.group(2) == null ? "0" : m.group(2)) + ")";
        }
        if ((m = FLOAT.matcher(type)).matches()) {
            return Integer.parseInt(m.group(1)) > 24 ? "double" : "real";
        }
        if ((m = TIMESTAMP_TZ.matcher(type)).matches()) {
            String precision = m.group(1) != null ? m.group(1) : m.group(2);
            return "timestamp" + (precision == null ? "" : precision) + " with time zone";
        }
        if ((m = TIMESTAMP.matcher(type)).matches()) {
            return "timestamp" + (m.group(1) == null ? "" : m.group(1));
        }
        if ((m = TIME.matcher(type)).matches()) {
            return "time" + (m.group(1) == null ? "" : m.group(1));
        }
        if ((m = VARBINARY.matcher(type)).matches()) {
            return "varbinary" + (m.group(1) == null ? "" : m.group(1));
        }
        return type;
    }

    /**
     * A default without casts ({@code 'x'::character varying}), enclosing parentheses or keyword
     * case; {@code null} for none and for the text {@code NULL}.
     */
    static String canonicalDefault(String defaultSql) {
        if (defaultSql == null) {
            return null;
        }
        String text = normalize(defaultSql);
        String previous;
        do {
            previous = text;
            text = CAST.matcher(text).replaceAll("");
            if (text.startsWith("(") && text.endsWith(")") && balanced(text.substring(1, text.length() - 1))) {
                text = text.substring(1, text.length() - 1);
            }
        } while (!text.equals(previous));
        if (text.equals("current_timestamp()") || text.equals("now()") || text.equals("current_timestamp(6)")) {
            return "current_timestamp";
        }
        return text.isEmpty() || text.equals("null") ? null : text;
    }

    private static boolean balanced(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** Locale-independent lower case. */
    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
