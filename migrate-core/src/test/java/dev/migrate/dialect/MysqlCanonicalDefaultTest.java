package dev.migrate.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How MySQL/MariaDB defaults are compared: booleans are integers there, and bit defaults come back as bit literals. */
class MysqlCanonicalDefaultTest {

    private final Dialect mysql = Dialects.forName("mysql");

    @Test
    void aBitColumnsReportedDefaultMatchesTheBooleanItWasCreatedWith() {
        // Hibernate maps Boolean to bit on MariaDB; @ColumnDefault("false") is read back as b'0'
        assertThat(mysql.canonicalDefault("b'0'")).isEqualTo(mysql.canonicalDefault("false")).isEqualTo("0");
        assertThat(mysql.canonicalDefault("b'1'")).isEqualTo(mysql.canonicalDefault("TRUE")).isEqualTo("1");
        assertThat(mysql.canonicalDefault("b'101'")).isEqualTo("5");
    }

    @Test
    void otherDefaultsStayDistinct() {
        assertThat(mysql.canonicalDefault("b'1'")).isNotEqualTo(mysql.canonicalDefault("false"));
        assertThat(mysql.canonicalDefault("'false'")).isEqualTo("'false'");
        assertThat(mysql.canonicalDefault("NULL")).isNull();
        assertThat(mysql.canonicalDefault(null)).isNull();
        assertThat(mysql.canonicalDefault("0")).isEqualTo("0");
    }
}
