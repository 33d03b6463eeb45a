package dev.migrate.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Type texts each database reports for the model's types compare as the same type. */
class CanonicalTypeTest {

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "postgresql | int8                           | bigint",
        "postgresql | character varying(255)         | varchar(255)",
        "postgresql | float(53)                      | double precision",
        "postgresql | timestamp(6) without time zone | timestamp(6)",
        "postgresql | timestamp(6) with time zone    | timestamptz(6)",
        "postgresql | numeric(12,2)                  | NUMERIC(12, 2)",
        "postgresql | character(1)                   | bpchar(1)",
        "h2         | CHARACTER VARYING(255)         | varchar(255)",
        "h2         | TIMESTAMP WITH TIME ZONE       | timestamp(6) with time zone",
        "h2         | TIMESTAMP                      | timestamp(6)",
        "h2         | DOUBLE PRECISION               | float(53)",
        "h2         | BINARY VARYING(255)            | varbinary(255)",
        "h2         | CHARACTER LARGE OBJECT         | clob",
        "h2         | ENUM('A', 'B')                 | enum ('A','B')",
        "mysql      | bigint(20)                     | bigint",
        "mysql      | int(11)                        | integer",
        "mysql      | bit(1)                         | bit",
        "mysql      | tinyint(1)                     | boolean",
        "mysql      | double                         | float(53)",
        "mysql      | enum('ACTIVE','CLOSED')        | enum ('ACTIVE','CLOSED')",
        "mysql      | decimal(12,2)                  | numeric(12,2)",
        "sqlite     | VARCHAR(100)                   | varchar(100)",
        "sqlite     | NUMERIC(10, 2)                 | numeric(10,2)"})
    void sameType(String dialect, String reported, String model) {
        Dialect d = Dialects.forName(dialect);
        assertThat(d.canonicalType(reported)).isEqualTo(d.canonicalType(model));
    }

    @ParameterizedTest(name = "{0}: {1} != {2}")
    @CsvSource(delimiter = '|', value = {
        "postgresql | varchar(100)  | varchar(200)",
        "postgresql | timestamp(6)  | timestamp(6) with time zone",
        "postgresql | integer       | bigint",
        "h2         | ENUM('A')     | enum ('A','B')",
        "mysql      | tinyint(4)    | boolean",
        "mysql      | enum('a')     | enum('A')",
        "sqlite     | numeric(10,2) | numeric(12,2)"})
    void differentType(String dialect, String reported, String model) {
        Dialect d = Dialects.forName(dialect);
        assertThat(d.canonicalType(reported)).isNotEqualTo(d.canonicalType(model));
    }
}
