package dev.migrate.autogenerate.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.schema.ColumnInfo;
import dev.migrate.schema.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The column types each dialect renders for the same Java attributes. */
class RenderedTypesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # dialect  | Long identity | Integer identity | String(100)  | BigDecimal(12,2) | boolean | Instant                     | LocalDateTime | LocalDate | UUID       | byte[]         | enum ORDINAL | double     | BigDecimal
        sqlite     | integer       | integer          | varchar(100) | numeric(12,2)    | boolean | timestamp                   | timestamp     | date      | blob       | blob           | tinyint      | float      | numeric(38,2)
        postgresql | bigint        | integer          | varchar(100) | numeric(12,2)    | boolean | timestamp(6) with time zone | timestamp(6)  | date      | uuid       | bytea          | smallint     | float(53)  | numeric(38,2)
        mysql      | bigint        | integer          | varchar(100) | decimal(12,2)    | bit     | datetime(6)                 | datetime(6)   | date      | binary(16) | varbinary(255) | tinyint      | float(53)  | decimal(38,2)
        mariadb    | bigint        | integer          | varchar(100) | decimal(12,2)    | bit     | datetime(6)                 | datetime(6)   | date      | uuid       | varbinary(255) | tinyint      | float(53)  | decimal(38,2)
        h2         | bigint        | integer          | varchar(100) | numeric(12,2)    | boolean | timestamp(6) with time zone | timestamp(6)  | date      | uuid       | varbinary(255) | tinyint      | float(53)  | numeric(38,2)
        """)
    void typesAsTheDialectRendersThem(String dialect, String longIdentity, String integerIdentity, String string100,
            String decimal, String bool, String instant, String localDateTime, String localDate, String uuid,
            String bytes, String ordinal, String dbl, String defaultDecimal) {
        Table customer = OfflineModels.schema(dialect).table("customer").orElseThrow();

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("id", longIdentity);
        expected.put("last_name", string100);
        expected.put("balance", decimal);
        expected.put("active", bool);
        expected.put("newsletter", bool);
        expected.put("created_at", instant);
        expected.put("updated_at", localDateTime);
        expected.put("birth_date", localDate);
        expected.put("external_id", uuid);
        expected.put("avatar", bytes);
        expected.put("tier", ordinal);
        expected.put("loyalty_points", "integer");
        Map<String, String> actual = new LinkedHashMap<>();
        expected.keySet().forEach(c -> actual.put(c, customer.column(c).map(ColumnInfo::type).orElse(null)));
        assertThat(actual).containsExactlyEntriesOf(expected);

        var schema = OfflineModels.schema(dialect);
        assertThat(schema.table("tag").orElseThrow().column("id").orElseThrow().type()).isEqualTo(integerIdentity);
        assertThat(schema.table("truck").orElseThrow().column("payload_tons").orElseThrow().type()).isEqualTo(dbl);
        assertThat(schema.table("payment").orElseThrow().column("amount").orElseThrow().type()).isEqualTo(defaultDecimal);
        assertThat(schema.table("purchase_order").orElseThrow().column("id").orElseThrow().type())
                .as("a sequence id keeps its type").isEqualTo("bigint");
    }
}
