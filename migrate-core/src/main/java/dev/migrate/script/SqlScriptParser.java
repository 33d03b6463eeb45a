package dev.migrate.script;

import dev.migrate.MigrateException;
import dev.migrate.revision.Revision;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an SQL revision script: {@code -- migrate:<key> <value>} header lines, then a
 * {@code -- migrate:upgrade} section and an optional {@code -- migrate:downgrade} section.
 *
 * <p>Headers come before {@code -- migrate:upgrade}; blank lines, other {@code --} comments and
 * {@code /* *}{@code /} comments may sit among them (a header inside a block comment is commented
 * out). The {@code migrate:} prefix and the keys are read case-insensitively. Lists
 * ({@code revises}, {@code branch-labels}, {@code depends-on}) are separated by spaces and/or
 * commas. The revision id's characters are the graph's business, not checked here.
 */
final class SqlScriptParser {

    static final String PREFIX = "migrate:";

    static final String REVISION = "revision";
    static final String REVISES = "revises";
    static final String MESSAGE = "message";
    static final String CREATED = "created";
    static final String BRANCH_LABELS = "branch-labels";
    static final String DEPENDS_ON = "depends-on";
    static final String TRANSACTIONAL = "transactional";
    static final String UPGRADE = "upgrade";
    static final String DOWNGRADE = "downgrade";

    static final List<String> HEADERS =
            List.of(REVISION, REVISES, MESSAGE, CREATED, BRANCH_LABELS, DEPENDS_ON, TRANSACTIONAL);

    private final String path;
    private final String text;

    private final Map<String, Header> headers = new LinkedHashMap<>();
    private int upgradeMarker;
    private int upgradeStart;
    private int upgradeEnd;
    private int downgradeMarker;
    private int downgradeStart;

    private SqlScriptParser(String path, String text) {
        this.path = path;
        this.text = text;
    }

    /**
     * Parses the bytes of a script file.
     *
     * @param path where the file was found, used in messages and as the revision's path
     * @throws MigrateException saying what is wrong, on which line, and how to fix it
     */
    static SqlScript parse(String path, byte[] content) {
        return parseNormalized(path, ScriptContent.decode(content, path));
    }

    /** Parses script text as read from a file (a BOM and CRLF line ends are allowed). */
    static SqlScript parse(String path, String content) {
        return parseNormalized(path, ScriptContent.normalize(content));
    }

    private static SqlScript parseNormalized(String path, String text) {
        return new SqlScriptParser(path, text).parse();
    }

    private record Header(String value, int line) {
    }

    private SqlScript parse() {
        int lineNumber = 0;
        int offset = 0;
        boolean inBlockComment = false;
        while (true) {
            int newline = text.indexOf('\n', offset);
            int lineEnd = newline < 0 ? text.length() : newline;
            int next = newline < 0 ? text.length() : newline + 1;
            String line = text.substring(offset, lineEnd).strip();
            lineNumber++;
            if (upgradeMarker == 0 && inBlockComment) {
                inBlockComment = !endsBlockComment(line, lineNumber);
            } else if (isDirective(line)) {
                directive(line, lineNumber, offset, next);
            } else if (upgradeMarker == 0 && line.startsWith("/*")) {
                inBlockComment = !endsBlockComment(line.substring(2), lineNumber);
            } else if (upgradeMarker == 0 && !line.isEmpty() && !line.startsWith("--")) {
                throw error(lineNumber, "SQL before '-- migrate:upgrade'",
                        "put statements under '-- migrate:upgrade' or '-- migrate:downgrade'; only"
                                + " '-- migrate:' headers and comments may come before them");
            }
            if (newline < 0) {
                break;
            }
            offset = next;
        }
        if (upgradeMarker == 0) {
            throw error(lineNumber, "the file ends without a '-- migrate:upgrade' line",
                    "add '-- migrate:upgrade' after the headers, followed by the upgrade statements");
        }
        Header revision = headers.get(REVISION);
        if (revision == null) {
            throw error(upgradeMarker, "no '-- migrate:revision' header before '-- migrate:upgrade'",
                    "add '-- migrate:revision <id>' with this script's revision id");
        }
        if (revision.value().isEmpty()) {
            throw error(revision.line(), "'migrate:revision' has no value",
                    "write the revision id after it, as in '-- migrate:revision 3f2a9c1b7d4e'");
        }
        String upgradeSql;
        String downgradeSql = "";
        int downgradeLine = 0;
        if (downgradeMarker == 0) {
            upgradeSql = text.substring(upgradeStart);
        } else {
            upgradeSql = text.substring(upgradeStart, upgradeEnd);
            downgradeSql = text.substring(downgradeStart);
            downgradeLine = downgradeMarker + 1;
        }
        Revision parsed = new Revision(
                revision.value(),
                list(REVISES),
                list(BRANCH_LABELS),
                list(DEPENDS_ON),
                value(MESSAGE, ""),
                emptyToNull(value(CREATED, "")),
                path);
        return new SqlScript(parsed, path, upgradeSql, downgradeSql, upgradeMarker + 1, downgradeLine,
                transactional(), ScriptContent.sha256(text));
    }

    private boolean endsBlockComment(String rest, int lineNumber) {
        int close = rest.indexOf("*/");
        if (close < 0) {
            return false;
        }
        if (!rest.substring(close + 2).isBlank()) {
            throw error(lineNumber, "text after '*/' before '-- migrate:upgrade'",
                    "put statements under '-- migrate:upgrade' and keep only headers and comments above it");
        }
        return true;
    }

    static boolean isDirective(String strippedLine) {
        if (!strippedLine.startsWith("--")) {
            return false;
        }
        String rest = strippedLine.substring(2).stripLeading();
        return rest.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    private void directive(String line, int lineNumber, int lineOffset, int nextLineOffset) {
        String rest = line.substring(2).stripLeading().substring(PREFIX.length());
        int space = 0;
        while (space < rest.length() && !Character.isWhitespace(rest.charAt(space))) {
            space++;
        }
        String key = rest.substring(0, space).toLowerCase(Locale.ROOT);
        String value = rest.substring(space).strip();
        switch (key) {
            case UPGRADE -> {
                noValue(key, value, lineNumber);
                if (upgradeMarker != 0) {
                    throw error(lineNumber, "'-- migrate:upgrade' appears twice (first on line " + upgradeMarker + ")",
                            "a script has one upgrade section; merge the two or remove one");
                }
                if (downgradeMarker != 0) {
                    throw error(lineNumber, "'-- migrate:upgrade' comes after '-- migrate:downgrade' (line "
                            + downgradeMarker + ")", "put the upgrade section first");
                }
                upgradeMarker = lineNumber;
                upgradeStart = nextLineOffset;
            }
            case DOWNGRADE -> {
                noValue(key, value, lineNumber);
                if (downgradeMarker != 0) {
                    throw error(lineNumber, "'-- migrate:downgrade' appears twice (first on line "
                            + downgradeMarker + ")", "a script has one downgrade section; merge the two or remove one");
                }
                if (upgradeMarker == 0) {
                    throw error(lineNumber, "'-- migrate:downgrade' comes before '-- migrate:upgrade'",
                            "put the headers first, then '-- migrate:upgrade', then '-- migrate:downgrade'");
                }
                downgradeMarker = lineNumber;
                upgradeEnd = lineOffset;
                downgradeStart = nextLineOffset;
            }
            default -> {
                if (!HEADERS.contains(key)) {
                    throw error(lineNumber, "unknown header '" + PREFIX + key + "'", suggestion(key));
                }
                if (upgradeMarker != 0) {
                    throw error(lineNumber, "header '" + PREFIX + key + "' after '-- migrate:upgrade' (line "
                            + upgradeMarker + ")", "move it above '-- migrate:upgrade' with the other headers");
                }
                Header first = headers.putIfAbsent(key, new Header(value, lineNumber));
                if (first != null) {
                    throw error(lineNumber, "header '" + PREFIX + key + "' given twice (first on line "
                            + first.line() + ")", "keep only one");
                }
            }
        }
    }

    private void noValue(String key, String value, int lineNumber) {
        if (!value.isEmpty()) {
            throw error(lineNumber, "'-- " + PREFIX + key + "' is followed by '" + value + "'",
                    "leave the marker alone on its line and put the SQL on the lines below it");
        }
    }

    private static String suggestion(String key) {
        String closest = null;
        int best = 3;
        for (String candidate : allKeys()) {
            int distance = distance(key, candidate);
            if (distance < best) {
                best = distance;
                closest = candidate;
            }
        }
        String valid = "valid headers are " + String.join(", ",
                HEADERS.stream().map(h -> PREFIX + h).toList())
                + ", followed by the sections '-- migrate:upgrade' and '-- migrate:downgrade'";
        return closest == null ? valid : "did you mean '" + PREFIX + closest + "'? " + valid;
    }

    private static List<String> allKeys() {
        List<String> keys = new java.util.ArrayList<>(HEADERS);
        keys.add(UPGRADE);
        keys.add(DOWNGRADE);
        return keys;
    }

    /** Levenshtein distance, for "did you mean". */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private boolean transactional() {
        Header header = headers.get(TRANSACTIONAL);
        if (header == null) {
            return true;
        }
        return switch (header.value().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error(header.line(), "'migrate:transactional' must be true or false, not '"
                    + header.value() + "'", "write '-- migrate:transactional false' to run the script outside a"
                    + " transaction, or remove the header");
        };
    }

    private String value(String key, String otherwise) {
        Header header = headers.get(key);
        return header == null ? otherwise : header.value();
    }

    private List<String> list(String key) {
        return splitList(value(key, ""));
    }

    /** Splits a header list on spaces and/or commas. */
    static List<String> splitList(String value) {
        return Arrays.stream(value.split("[\\s,]+")).filter(s -> !s.isEmpty()).toList();
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private MigrateException error(int lineNumber, String what, String fix) {
        return new MigrateException(path + ", line " + lineNumber + ": " + what + "; " + fix);
    }
}
