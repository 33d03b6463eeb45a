package dev.migrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.dialect.Dialects;
import dev.migrate.script.Script;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StepTransactionsTest {

    private static final Script TX = Chain.A;
    private static final Script NO_TX = Fixtures.sql("n", List.of(), "no tx", "SELECT 1;", "", false);

    /** For each step: "[" when a transaction opens before it, "]" when it commits after it, "." for autocommit. */
    private static String shape(String dialect, boolean perRevision, Script... scripts) {
        StepTransactions transactions = new StepTransactions(Dialects.forName(dialect), Arrays.asList(scripts), perRevision);
        return String.join(" ", IntStream.range(0, scripts.length).mapToObj(i -> !transactions.transactional(i) ? "."
                : (transactions.beginsBefore(i) ? "[" : "") + "s" + (transactions.commitsAfter(i) ? "]" : "")).toList());
    }

    @Test
    void perRevisionCommitsEveryTransactionalStep() {
        assertThat(shape("postgresql", true, TX, null, NO_TX, TX)).isEqualTo("[s] [s] . [s]");
    }

    @Test
    void sharedTransactionIsBrokenByNonTransactionalScripts() {
        assertThat(shape("postgresql", false, TX, null, NO_TX, TX, TX)).isEqualTo("[s s] . [s s]");
        assertThat(shape("sqlite", false, TX)).isEqualTo("[s]");
    }

    @Test
    void noTransactionsWithoutTransactionalDdl() {
        assertThat(shape("mysql", false, TX, null, TX)).isEqualTo(". . .");
        assertThat(shape("h2", true, TX)).isEqualTo(".");
    }
}
