package dev.migrate.autogenerate;

import dev.migrate.dialect.Dialect;
import dev.migrate.operations.SqlType;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column types between the schema model (type text) and the {@code op} API ({@link SqlType}):
 * a portable type wherever the dialect writes it as the same type, so that generated revisions
 * read as if written by hand ({@code SqlType.varchar(100)}, not {@code SqlType.sql("varchar(100)")}),
 * and how risky a change from one type to another is.
 */
final class SqlTypes {

    private static final List<SqlType> PORTABLE = List.of(SqlType.INTEGER, SqlType.BIGINT, SqlType.SMALLINT,
            SqlType.BOOLEAN, SqlType.DOUBLE, SqlType.REAL, SqlType.DATE, SqlType.TIME, SqlType.TIMESTAMP,
            SqlType.TIMESTAMP_TZ, SqlType.TEXT, SqlType.BLOB, SqlType.UUID, SqlType.JSON);
    private static final Pattern VARCHAR = Pattern.compile("varchar\\((\\d+)\\)");
    private static final Pattern NUMERIC = Pattern.compile("numeric\\((\\d+),(\\d+)\\)");
    private static final Pattern SIZED = Pattern.compile("([a-z ]+)\\((\\d+)\\)");
    private static final Map<String, Integer> INTEGER_WIDTH = Map.of("tinyint", 1, "smallint", 2, "integer", 4,
            "mediumint", 3, "bigint", 8);
    private static final List<String> UNBOUNDED_TEXT = List.of("text", "clob", "longtext", "mediumtext", "varchar");

    private SqlTypes() {
    }

    /** The type to write in an operation for a column whose type text is {@code typeText}. */
    static SqlType forColumn(String typeText, Dialect dialect) {
        String canonical = dialect.canonicalType(typeText);
        Matcher m = VARCHAR.matcher(canonical);
        if (m.matches() && same(SqlType.varchar(Integer.parseInt(m.group(1))), canonical, dialect)) {
            return SqlType.varchar(Integer.parseInt(m.group(1)));
        }
        m = NUMERIC.matcher(canonical);
        if (m.matches()) {
            int precision = Integer.parseInt(m.group(1));
            int scale = Integer.parseInt(m.group(2));
            if (precision > 0 && scale <= precision && same(SqlType.decimal(precision, scale), canonical, dialect)) {
                return SqlType.decimal(precision, scale);
            }
        }
        for (SqlType portable : PORTABLE) {
            if (same(portable, canonical, dialect)) {
                return portable;
            }
        }
        return SqlType.sql(typeText.isBlank() ? "TEXT" : typeText.strip());
    }

    private static boolean same(SqlType portable, String canonical, Dialect dialect) {
        return dialect.canonicalType(dialect.typeSql(portable)).equals(canonical);
    }

    /** The risk of changing a column from one canonical type to another. */
    static Risk risk(String from, String to) {
        Integer fromWidth = INTEGER_WIDTH.get(from);
        Integer toWidth = INTEGER_WIDTH.get(to);
        if (fromWidth != null && toWidth != null) {
            return toWidth >= fromWidth ? Risk.SAFE : Risk.DANGER;
        }
        if (from.equals("real") && to.equals("double")) {
            return Risk.SAFE;
        }
        if (from.equals("double") && to.equals("real")) {
            return Risk.DANGER;
        }
        Matcher fromNumeric = NUMERIC.matcher(from);
        Matcher toNumeric = NUMERIC.matcher(to);
        if (fromNumeric.matches() && toNumeric.matches()) {
            int p1 = Integer.parseInt(fromNumeric.group(1));
            int s1 = Integer.parseInt(fromNumeric.group(2));
            int p2 = Integer.parseInt(toNumeric.group(1));
            int s2 = Integer.parseInt(toNumeric.group(2));
            return s2 >= s1 && p2 - s2 >= p1 - s1 ? Risk.SAFE : Risk.DANGER;
        }
        Matcher fromSized = SIZED.matcher(from);
        Matcher toSized = SIZED.matcher(to);
        if (fromSized.matches() && toSized.matches() && fromSized.group(1).equals(toSized.group(1))) {
            return Integer.parseInt(toSized.group(2)) >= Integer.parseInt(fromSized.group(2)) ? Risk.SAFE : Risk.DANGER;
        }
        boolean fromText = isText(from);
        if (fromText && UNBOUNDED_TEXT.contains(to)) {
            return Risk.SAFE;
        }
        if (UNBOUNDED_TEXT.contains(from) && isText(to)) {
            return Risk.DANGER;
        }
        return Risk.CAUTION;
    }

    private static boolean isText(String type) {
        return VARCHAR.matcher(type).matches() || type.startsWith("char(") || UNBOUNDED_TEXT.contains(type);
    }
}
