package dev.migrate.dialect;

import dev.migrate.MigrateException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.UUID;

/**
 * Bulk-insert values as SQL literals (offline) and as the objects bound for them (online), so that
 * both store the same thing. Dates and times are written {@code 2024-01-31 10:15:30.5}; databases
 * with typed literals get {@code DATE '...'}, {@code TIME '...'}, {@code TIMESTAMP '...'} and
 * {@code TIMESTAMP WITH TIME ZONE '...'}; SQLite, which has no date types, gets the text alone.
 */
final class Literals {

    static final DateTimeFormatter LOCAL_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter();
    static final DateTimeFormatter OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
            .append(LOCAL_DATE_TIME).appendOffset("+HH:MM", "+00:00").toFormatter();

    private final AbstractDialect dialect;
    private final boolean typed;
    private final boolean zoned;

    /**
     * @param typed whether the database has typed date/time literals
     * @param zoned whether it stores a time zone; without one, instants are written in UTC
     */
    Literals(AbstractDialect dialect, boolean typed, boolean zoned) {
        this.dialect = dialect;
        this.typed = typed;
        this.zoned = zoned;
    }

    String literal(Object value) {
        if (value == null) {
            return "NULL";
        } else if (value instanceof String text) {
            return dialect.stringLiteral(text);
        } else if (value instanceof Boolean bool) {
            return bool ? "TRUE" : "FALSE";
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            return value.toString();
        } else if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                throw new MigrateException("bulkInsert cannot write " + value + " as an SQL literal");
            }
            return value.toString();
        } else if (value instanceof UUID uuid) {
            return dialect.stringLiteral(uuid.toString());
        } else if (value instanceof LocalDate date) {
            return typed("DATE", date.toString());
        } else if (value instanceof LocalTime time) {
            return typed("TIME", DateTimeFormatter.ISO_LOCAL_TIME.format(time));
        } else if (value instanceof LocalDateTime dateTime) {
            return typed("TIMESTAMP", LOCAL_DATE_TIME.format(dateTime));
        } else if (value instanceof OffsetDateTime || value instanceof Instant) {
            OffsetDateTime instant = offset(value);
            return zoned ? typed("TIMESTAMP WITH TIME ZONE", OFFSET_DATE_TIME.format(instant))
                    : typed("TIMESTAMP", LOCAL_DATE_TIME.format(instant.withOffsetSameInstant(ZoneOffset.UTC)
                            .toLocalDateTime()));
        }
        throw new MigrateException("bulkInsert cannot write a value of type " + value.getClass().getName()
                + " as an SQL literal in offline SQL; offline it supports strings, numbers, booleans, null, "
                + "java.time dates and times (LocalDate, LocalTime, LocalDateTime, OffsetDateTime, Instant) "
                + "and UUID. Insert this value online, or convert it to one of those");
    }

    /** The object to bind for a value: what the database stores for its literal. */
    Object bindable(Object value) {
        if (value instanceof UUID uuid) {
            return uuid.toString();
        }
        if (value instanceof OffsetDateTime || value instanceof Instant) {
            OffsetDateTime instant = offset(value);
            if (!typed) {
                return OFFSET_DATE_TIME.format(instant);
            }
            return zoned ? instant : instant.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        if (!typed) {
            if (value instanceof LocalDate date) {
                return date.toString();
            } else if (value instanceof LocalTime time) {
                return DateTimeFormatter.ISO_LOCAL_TIME.format(time);
            } else if (value instanceof LocalDateTime dateTime) {
                return LOCAL_DATE_TIME.format(dateTime);
            }
        }
        return value;
    }

    private static OffsetDateTime offset(Object value) {
        return value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : (OffsetDateTime) value;
    }

    private String typed(String keyword, String text) {
        return typed ? keyword + " '" + text + "'" : "'" + text + "'";
    }
}
