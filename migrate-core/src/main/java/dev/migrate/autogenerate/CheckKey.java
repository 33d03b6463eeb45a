package dev.migrate.autogenerate;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a CHECK constraint is compared by: its literals and the columns of its table it names.
 * Databases rewrite a condition when they store it (PostgreSQL turns {@code status in ('A','B')}
 * into {@code ((status)::text = ANY ((ARRAY['A'::character varying, ...])::text[]))}, H2 quotes
 * and upper-cases names), but keep its literals and columns, so two conditions with the same
 * literals on the same columns are taken as the same check. A new enum value changes the
 * literals, and so the key.
 *
 * @param columns the table's columns the condition names, lower case, sorted
 * @param literals the string and number literals, sorted (numbers without trailing zeros)
 */
record CheckKey(List<String> columns, List<String> literals) {

    private static final Pattern CAST_SUFFIX = Pattern.compile("::[A-Za-z_ ]+(\\(\\s*\\d+(\\s*,\\s*\\d+)?\\s*\\))?(\\[\\])?");
    private static final Pattern CAST_AS = Pattern.compile("(?i)\\bAS\\s+[A-Za-z_ ]+(\\(\\s*\\d+(\\s*,\\s*\\d+)?\\s*\\))?\\s*\\)");

    static CheckKey of(Table table, CheckConstraint check) {
        String sql = CAST_AS.matcher(CAST_SUFFIX.matcher(check.sql()).replaceAll("")).replaceAll(")");
        Set<String> tableColumns = new TreeSet<>();
        table.columns().forEach(c -> tableColumns.add(c.name().toLowerCase(Locale.ROOT)));
        Set<String> columns = new TreeSet<>();
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'') {
                StringBuilder literal = new StringBuilder();
                i++;
                while (i < sql.length()) {
                    if (sql.charAt(i) == '\'') {
                        if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                            literal.append('\'');
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    literal.append(sql.charAt(i++));
                }
                i++;
                literals.add("'" + literal + "'");
            } else if (c == '"' || c == '`') {
                int end = sql.indexOf(c, i + 1);
                end = end < 0 ? sql.length() : end;
                addColumn(sql.substring(i + 1, end), tableColumns, columns);
                i = end + 1;
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < sql.length() && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
                    i++;
                }
                literals.add(number(sql.substring(start, i)));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
                    i++;
                }
                addColumn(sql.substring(start, i), tableColumns, columns);
            } else {
                i++;
            }
        }
        literals.sort(null);
        return new CheckKey(List.copyOf(columns), List.copyOf(literals));
    }

    private static void addColumn(String name, Set<String> tableColumns, Set<String> columns) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (tableColumns.contains(lower)) {
            columns.add(lower);
        }
    }

    private static String number(String text) {
        try {
            return new BigDecimal(text).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException ex) {
            return text;
        }
    }
}
