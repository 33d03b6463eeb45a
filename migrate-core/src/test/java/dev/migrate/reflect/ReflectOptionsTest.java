package dev.migrate.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReflectOptionsTest {

    private final ReflectOptions options = ReflectOptions.skipping("migrate_version", "migrate_history");

    @Test
    void skipsMigrateTablesAndHibernateHelperTablesIgnoringCase() {
        assertThat(options.reports("MIGRATE_VERSION")).isFalse();
        assertThat(options.reports("migrate_version_lock")).isFalse();
        assertThat(options.reports("migrate_history")).isFalse();
        assertThat(options.reports("HTE_customer")).isFalse();
        // Hibernate 7's id table of a JOINED/TABLE_PER_CLASS hierarchy (TemporaryTable.ID_TABLE_PREFIX)
        assertThat(options.reports("HT_asset")).isFalse();
        assertThat(options.reports("ht_asset")).isFalse();
        assertThat(options.reports("height")).isTrue();
        assertThat(options.reports("customer")).isTrue();
        assertThat(options.reports("migrate_versions")).isTrue();
    }

    @Test
    void includePatternsSelectAndExcludePatternsWin() {
        ReflectOptions filtered = options.including("shop_*", "audit").excluding("*_tmp");

        assertThat(filtered.reports("shop_order")).isTrue();
        assertThat(filtered.reports("SHOP_ORDER")).isTrue();
        assertThat(filtered.reports("audit")).isTrue();
        assertThat(filtered.reports("audit_log")).isFalse();
        assertThat(filtered.reports("shop_order_tmp")).isFalse();
        assertThat(filtered.reports("customer")).isFalse();
    }

    @Test
    void patternCharactersOtherThanTheStarAreLiteral() {
        ReflectOptions filtered = options.including("a.c");

        assertThat(filtered.reports("a.c")).isTrue();
        assertThat(filtered.reports("abc")).isFalse();
    }
}
