package dev.migrate.operations;

import java.util.Objects;

/**
 * A column type: one of the portable types each dialect renders in its own way, or a type given as
 * SQL text for anything else ({@link #sql(String)}).
 *
 * @param kind the portable kind, or {@link Kind#SQL} for a type given as text
 * @param length the length of {@code VARCHAR(n)}, else 0
 * @param precision the precision of {@code DECIMAL(p,s)}, else 0
 * @param scale the scale of {@code DECIMAL(p,s)}, else 0
 * @param sql the type text when {@code kind} is {@link Kind#SQL}, else {@code null}
 */
public record SqlType(Kind kind, int length, int precision, int scale, String sql) {

    /** The portable kinds. */
    public enum Kind {
        INTEGER, BIGINT, SMALLINT, BOOLEAN, VARCHAR, TEXT, DECIMAL, REAL, DOUBLE, DATE, TIME, TIMESTAMP,
        TIMESTAMP_TZ, BLOB, UUID, JSON, SQL
    }

    public static final SqlType INTEGER = of(Kind.INTEGER);
    public static final SqlType BIGINT = of(Kind.BIGINT);
    public static final SqlType SMALLINT = of(Kind.SMALLINT);
    public static final SqlType BOOLEAN = of(Kind.BOOLEAN);
    public static final SqlType TEXT = of(Kind.TEXT);
    public static final SqlType REAL = of(Kind.REAL);
    public static final SqlType DOUBLE = of(Kind.DOUBLE);
    public static final SqlType DATE = of(Kind.DATE);
    public static final SqlType TIME = of(Kind.TIME);
    public static final SqlType TIMESTAMP = of(Kind.TIMESTAMP);
    /** A timestamp with time zone (an instant). */
    public static final SqlType TIMESTAMP_TZ = of(Kind.TIMESTAMP_TZ);
    public static final SqlType BLOB = of(Kind.BLOB);
    public static final SqlType UUID = of(Kind.UUID);
    public static final SqlType JSON = of(Kind.JSON);

    public SqlType {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.VARCHAR && length <= 0) {
            throw new IllegalArgumentException("varchar needs a positive length, not " + length);
        }
        if (kind == Kind.DECIMAL && (precision <= 0 || scale < 0 || scale > precision)) {
            throw new IllegalArgumentException("decimal(" + precision + "," + scale + ") is not a valid precision/scale");
        }
        if (kind == Kind.SQL && (sql == null || sql.isBlank())) {
            throw new IllegalArgumentException("a type given as SQL text needs the text");
        }
    }

    private static SqlType of(Kind kind) {
        return new SqlType(kind, 0, 0, 0, null);
    }

    /** {@code VARCHAR(length)}. */
    public static SqlType varchar(int length) {
        return new SqlType(Kind.VARCHAR, length, 0, 0, null);
    }

    /** {@code DECIMAL(precision, scale)}. */
    public static SqlType decimal(int precision, int scale) {
        return new SqlType(Kind.DECIMAL, 0, precision, scale, null);
    }

    /** A type written as it is, for anything the portable types do not cover ({@code citext}, {@code ENUM(...)}). */
    public static SqlType sql(String typeText) {
        return new SqlType(Kind.SQL, 0, 0, 0, typeText);
    }
}
