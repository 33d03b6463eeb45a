package dev.migrate.script;

import dev.migrate.MigrateException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A file-name template such as {@code {rev}_{slug}}: literal text and the tokens {@code rev slug
 * year month day hour minute second}. Times are in UTC; month to second are two digits.
 *
 * @param pattern the template text
 */
record FileNameTemplate(String pattern) {

    /** Alembic's default, {@code %(rev)s_%(slug)s}. */
    static final String DEFAULT = "{rev}_{slug}";

    static final List<String> TOKENS = List.of("rev", "slug", "year", "month", "day", "hour", "minute", "second");

    /** Alembic's {@code truncate_slug_length}. */
    static final int SLUG_LENGTH = 40;

    FileNameTemplate {
        if (pattern == null || pattern.isBlank()) {
            throw new MigrateException("The file template is empty; use for example " + DEFAULT);
        }
        if (pattern.indexOf('/') >= 0 || pattern.indexOf('\\') >= 0) {
            throw new MigrateException("File template '" + pattern + "' contains a path separator;"
                    + " a template names a file, the directory is configured separately");
        }
        parts(pattern);
    }

    /** Whether the template puts the revision id into the name. */
    boolean usesRevision() {
        return pattern.contains("{rev}");
    }

    /**
     * The file name (without extension) for a revision.
     *
     * @param created the creation time; when {@code null} time tokens stay as they are
     */
    String render(String revision, String message, Instant created) {
        ZonedDateTime time = created == null ? null : created.atZone(ZoneOffset.UTC);
        StringBuilder name = new StringBuilder();
        for (String part : parts(pattern)) {
            if (!part.startsWith("{")) {
                name.append(part);
                continue;
            }
            String token = part.substring(1, part.length() - 1);
            switch (token) {
                case "rev" -> name.append(revision);
                case "slug" -> name.append(slug(message));
                default -> name.append(time == null ? part : timeToken(token, time));
            }
        }
        return name.toString();
    }

    private static String timeToken(String token, ZonedDateTime time) {
        return switch (token) {
            case "year" -> Integer.toString(time.getYear());
            case "month" -> twoDigits(time.getMonthValue());
            case "day" -> twoDigits(time.getDayOfMonth());
            case "hour" -> twoDigits(time.getHour());
            case "minute" -> twoDigits(time.getMinute());
            case "second" -> twoDigits(time.getSecond());
            default -> throw new IllegalStateException(token);
        };
    }

    private static String twoDigits(int value) {
        return String.format(Locale.ROOT, "%02d", value);
    }

    /**
     * Alembic's slug: the {@code \w+} words of the message (ASCII letters, digits, underscore),
     * joined by {@code _} and lower-cased; longer than 40 characters, it is cut at 40, back to the
     * last {@code _}, and ends with {@code _}.
     */
    static String slug(String message) {
        List<String> words = new ArrayList<>();
        int i = 0;
        String text = message == null ? "" : message;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isWordChar(text.charAt(i))) {
                i++;
            }
            words.add(text.substring(start, i));
        }
        String slug = String.join("_", words).toLowerCase(Locale.ROOT);
        if (slug.length() > SLUG_LENGTH) {
            String cut = slug.substring(0, SLUG_LENGTH);
            int lastSeparator = cut.lastIndexOf('_');
            slug = (lastSeparator < 0 ? cut : cut.substring(0, lastSeparator)) + "_";
        }
        return slug;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /** Literal runs and {@code {token}} parts, validated. */
    private static List<String> parts(String pattern) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('{', i);
            if (open < 0) {
                parts.add(pattern.substring(i));
                break;
            }
            if (open > i) {
                parts.add(pattern.substring(i, open));
            }
            int close = pattern.indexOf('}', open);
            if (close < 0) {
                throw new MigrateException("File template '" + pattern + "' has a '{' without '}'; "
                        + validTokens());
            }
            String token = pattern.substring(open + 1, close);
            if (!TOKENS.contains(token)) {
                throw new MigrateException("File template '" + pattern + "' has an unknown token {" + token + "}; "
                        + validTokens());
            }
            parts.add(pattern.substring(open, close + 1));
            i = close + 1;
        }
        return parts;
    }

    private static String validTokens() {
        return "valid tokens are " + TOKENS.stream().map(t -> "{" + t + "}").collect(Collectors.joining(" "));
    }
}
