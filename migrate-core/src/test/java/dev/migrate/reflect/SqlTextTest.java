package dev.migrate.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlTextTest {

    @Test
    void removesOnlyParenthesesThatEncloseTheWholeText() {
        assertThat(SqlText.unwrapParentheses("(a > 0)")).isEqualTo("a > 0");
        assertThat(SqlText.unwrapParentheses(" ((a > 0)) ")).isEqualTo("(a > 0)");
        assertThat(SqlText.unwrapParentheses("(a) + (b)")).isEqualTo("(a) + (b)");
        assertThat(SqlText.unwrapParentheses("a > 0")).isEqualTo("a > 0");
        assertThat(SqlText.unwrapParentheses(null)).isNull();
    }

    @Test
    void parenthesesInsideQuotesDoNotCount() {
        assertThat(SqlText.unwrapParentheses("(a = ')' OR b = '(')")).isEqualTo("a = ')' OR b = '('");
        assertThat(SqlText.unwrapParentheses("(a = ')') AND (b)")).isEqualTo("(a = ')') AND (b)");
    }
}
