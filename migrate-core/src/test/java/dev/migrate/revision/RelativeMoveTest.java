package dev.migrate.revision;

import static dev.migrate.revision.Graphs.graph;
import static dev.migrate.revision.Graphs.order;
import static dev.migrate.revision.Graphs.rev;
import static dev.migrate.revision.Graphs.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Relative targets ({@code +N}, {@code -N}, {@code rev+N}, {@code rev-N}, {@code label@+N},
 * {@code label@base+N}, {@code label@head-N}) and absolute moves on a line and on two labeled branches:
 * reference §2.9 and scenarios 9 and 10 (test_version_traversal.py RevisionPathTest, BranchedPathTest).
 */
class RelativeMoveTest {

    /** Scenario 9: {@code a <- b <- c <- d <- e} with Alembic's hex ids, so partial ids are exercised too. */
    @Nested
    class Line {

        static final String A = "e6239818bb3a";
        static final String B = "548bbb905360";
        static final String C = "b7ea43dc85e4";
        static final String D = "1bbe33445780";
        static final String E = "3975fb1a0125";

        final RevisionGraph graph = graph(rev(A), rev(B, A), rev(C, B), rev(D, C), rev(E, D));

        @Test
        void upgradeAlongTheLine() {
            assertUpgrade(List.of(C), E, List.of(D, E), E);
            assertUpgrade(List.of(), C, List.of(A, B, C), C);
        }

        @Test
        void upgradeRelativeToTheCurrentRevision() {
            assertUpgrade(List.of(A), "+2", List.of(B, C), C);
            assertUpgrade(List.of(A), "+1", List.of(B), B);
            assertUpgrade(List.of(B), "+3", List.of(C, D, E), E);
        }

        @Test
        void upgradeRelativeToARevision() {
            assertUpgrade(List.of(A), B + "+2", List.of(B, C, D), D);
            assertUpgrade(List.of(A), D + "-2", List.of(B), B);
        }

        @Test
        void upgradeByANegativeOrTooLongRelativeFails() {
            assertThatThrownBy(() -> graph.upgrade(List.of(B), "-2")).isInstanceOf(MigrateException.class)
                    .hasMessage("Relative revision -2 didn't produce 2 migrations");
            assertThatThrownBy(() -> graph.upgrade(List.of(B), "+5"))
                    .hasMessage("Relative revision +5 didn't produce 5 migrations");
        }

        /**
         * Deliberate difference: Alembic crashes with a bare AssertionError when {@code rev+N} walks past
         * the heads; migrate says what went wrong in the words of the other relative errors.
         */
        @Test
        void revisionPlusTooManyGivesAClearError_deliberateDifference() {
            assertThatThrownBy(() -> graph.upgrade(List.of(), A + "+5")).isInstanceOf(MigrateException.class)
                    .hasMessage("Relative revision " + A + "+5 didn't produce 5 migrations");
            assertThatThrownBy(() -> graph.upgrade(List.of(), E + "-7")).isInstanceOf(MigrateException.class)
                    .hasMessage("Relative revision " + E + "-7 didn't produce 7 migrations");
        }

        @Test
        void downgradeAlongTheLine() {
            assertDowngrade(List.of(E), C, List.of(E, D), C);
            assertDowngrade(List.of(C), "base", List.of(C, B, A));
        }

        @Test
        void downgradeRelative() {
            assertDowngrade(List.of(C), "-1", List.of(C), B);
            assertDowngrade(List.of(E), "-3", List.of(E, D, C), B);
            assertDowngrade(List.of(D), A + "+2", List.of(D), C);
            assertDowngrade(List.of(D), C + "-2", List.of(D, C, B), A);
        }

        @Test
        void downgradeByAPositiveOrTooLongRelativeFails() {
            assertThatThrownBy(() -> graph.downgrade(List.of(B), "-5"))
                    .hasMessage("Relative revision -5 didn't produce 5 migrations");
            assertThatThrownBy(() -> graph.downgrade(List.of(B), "+2"))
                    .hasMessage("Relative revision +2 didn't produce 2 migrations");
        }

        /** Scenario 9: a destination above the database (partial ids, as the user typed them). */
        @Test
        void downgradeToARevisionAboveTheDatabaseFails() {
            assertThatThrownBy(() -> graph.downgrade(List.of(), B.substring(0, 3)))
                    .hasMessage("Destination 548 is not a valid downgrade target from current head(s)");
            assertThatThrownBy(() -> graph.downgrade(List.of(B), C.substring(0, 4)))
                    .hasMessage("Destination b7ea is not a valid downgrade target from current head(s)");
        }

        /** #838, #839: a destination that already is the current revision is a no-op. */
        @Test
        void downgradeToTheCurrentRevisionIsANoOp() {
            assertDowngrade(List.of(), "base", List.of());
            assertDowngrade(List.of(A), A, List.of(), A);
            assertDowngrade(List.of(E), E, List.of(), E);
        }

        /** Reference §2.7: upgrading to an ancestor of the current revision silently does nothing. */
        @Test
        void upgradeToAnAncestorIsANoOp() {
            assertUpgrade(List.of(D), B, List.of(), D);
        }

        private void assertUpgrade(List<String> rows, String target, List<String> expected, String... endRows) {
            Plan plan = graph.upgrade(rows, target);
            assertThat(order(plan)).isEqualTo(expected);
            assertThat(new TreeSet<>(plan.endHeads())).isEqualTo(set(endRows));
        }

        private void assertDowngrade(List<String> rows, String target, List<String> expected, String... endRows) {
            Plan plan = graph.downgrade(rows, target);
            assertThat(order(plan)).isEqualTo(expected);
            assertThat(new TreeSet<>(plan.endHeads())).isEqualTo(set(endRows));
        }
    }

    /** Scenario 10: {@code a <- b}, then labeled branches {@code c1 <- d1} and {@code c2 <- d2} from b. */
    @Nested
    class TwoLabeledBranches {

        final RevisionGraph graph = graph(rev("a"), rev("b", "a"), rev("c1", "b").withBranchLabels("c1branch"),
                rev("d1", "c1"), rev("c2", "b").withBranchLabels("c2branch"), rev("d2", "c2"));
        final RevisionMap map = Graphs.map(graph.revisions());

        @Test
        void upgradeOneBranch() {
            Plan plan = graph.upgrade(List.of("b"), "d1");
            assertThat(order(plan)).containsExactly("c1", "d1");
            assertThat(plan.endHeads()).containsExactly("d1");
        }

        @Test
        void upgradeBothBranchesFromOneHead() {
            Plan plan = Graphs.upgradeTo(map, List.of("a"), List.of("d1", "d2"));
            assertThat(order(plan)).containsExactly("b", "c2", "d2", "c1", "d1");
            assertThat(new TreeSet<>(plan.endHeads())).isEqualTo(set("d1", "d2"));
        }

        @Test
        void downgradeBothBranches() {
            Plan plan = graph.downgrade(List.of("d1", "d2"), "a");
            assertThat(order(plan)).containsExactly("d1", "c1", "d2", "c2", "b");
            assertThat(plan.endHeads()).containsExactly("a");
        }

        @Test
        void relativeToALabelsHead() {
            assertMove(graph.upgrade(List.of("b"), "c2branch@head-1"), List.of("c2"), "c2");
            assertMove(graph.downgrade(List.of("d1", "d2"), "c1branch@head-1"), List.of("d1"), "c1", "d2");
        }

        @Test
        void basePlusTwoDropsEverythingAboveB() {
            assertMove(graph.downgrade(List.of("d2", "d1"), "base+2"), List.of("d1", "c1", "d2", "c2"), "b");
            assertMove(graph.upgrade(List.of(), "base+2"), List.of("a", "b"), "b");
        }

        /** PR #763: a label narrows {@code base+2} to its own branch. */
        @Test
        void labelBasePlusTwoDowngradesOnlyThatBranch() {
            assertMove(graph.downgrade(List.of("d2", "d1"), "c2branch@base+2"), List.of("d2", "c2"), "d1");
            assertMove(graph.downgrade(List.of("d2", "d1"), "c2branch@base+3"), List.of("d2"), "c2", "d1");
            assertMove(graph.downgrade(List.of("d2", "d1"), "c2"), List.of("d2"), "c2", "d1");
        }

        /** Reference §2.9: {@code downgrade -1} with two rows warns and takes the first row's branch. */
        @Test
        void minusOneFromSeveralHeadsWarnsAndTakesTheFirstRow() {
            String warning = "downgrade -1 from multiple heads is ambiguous; this usage will be disallowed in a future "
                    + "release.";
            Plan plan = graph.downgrade(List.of("d2", "d1"), "-1");
            assertMove(plan, List.of("d2"), "c2", "d1");
            assertThat(plan.warnings()).containsExactly(warning);
            assertMove(graph.downgrade(List.of("c2", "d1"), "-1"), List.of("c2"), "d1");
            assertMove(graph.downgrade(List.of("d1", "d2"), "-1"), List.of("d1"), "c1", "d2");
            assertMove(graph.downgrade(List.of("c1", "d2"), "-1"), List.of("c1"), "d2");
        }

        @Test
        void labelMinusOneIsUnambiguous() {
            Plan plan = graph.downgrade(List.of("d1", "d2"), "c1branch@-1");
            assertMove(plan, List.of("d1"), "c1", "d2");
            assertThat(plan.warnings()).isEmpty();
        }

        /** #765: {@code rev-1} follows rev's branch whatever the row order. */
        @Test
        void revisionMinusOneFollowsThatRevision() {
            assertMove(graph.downgrade(List.of("d2", "c1"), "d2-1"), List.of("d2"), "c1", "c2");
            assertMove(graph.downgrade(List.of("c1", "d2"), "d2-1"), List.of("d2"), "c1", "c2");
        }

        @Test
        void labelAtRevisionDowngradesOnlyThatBranch() {
            assertMove(graph.downgrade(List.of("c1", "d2"), "c1branch@b"), List.of("c1"), "d2");
            assertMove(graph.downgrade(List.of("c1", "d2"), "c2branch@b"), List.of("d2", "c2"), "c1");
            assertMove(graph.downgrade(List.of("d1", "d2"), "c2@b"), List.of("d2", "c2"), "d1");
            assertMove(graph.downgrade(List.of("d1", "d2"), "d1@b"), List.of("d1", "c1"), "d2");
        }

        /** Reference §2.9: {@code label@+1} from the other branch starts at the branch point. */
        @Test
        void labelPlusOneStartsFromTheBranchPoint() {
            assertMove(graph.upgrade(List.of("c1"), "c2branch@+1"), List.of("c2"), "c1", "c2");
            assertMove(graph.upgrade(List.of("c1", "c2"), "c2branch@+1"), List.of("d2"), "c1", "d2");
        }

        @Test
        void plusOneFromTwoRowsIsAmbiguous() {
            assertThatThrownBy(() -> graph.upgrade(List.of("c1", "c2"), "+1")).isInstanceOf(MigrateException.class)
                    .hasMessage("Ambiguous upgrade from multiple current revisions");
        }

        @Test
        void fromAnEmptyDatabase() {
            assertMove(graph.upgrade(List.of(), "base+1"), List.of("a"), "a");
            assertMove(graph.upgrade(List.of(), "+1"), List.of("a"), "a");
            assertMove(graph.downgrade(List.of("a"), "-1"), List.of("a"));
            assertThatThrownBy(() -> graph.downgrade(List.of(), "-1"))
                    .hasMessage("Relative revision -1 didn't produce 1 migrations");
        }

        @Test
        void downgradeToARevisionAlreadyCurrentDoesNothing() {
            assertMove(graph.downgrade(List.of("d1", "c2"), "c2"), List.of(), "d1", "c2");
            assertMove(graph.downgrade(List.of("d1", "c2"), "d1"), List.of(), "d1", "c2");
        }

        private void assertMove(Plan plan, List<String> expected, String... endRows) {
            assertThat(order(plan)).isEqualTo(expected);
            assertThat(new TreeSet<>(plan.endHeads())).isEqualTo(set(endRows));
        }
    }

    /** Reference §2.3: {@code -1} at a merge point has two ways down. */
    @Test
    void minusOneAtAMergePointIsAnAmbiguousWalk() {
        RevisionGraph graph = graph(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("c", "b1", "b2"));
        assertThatThrownBy(() -> graph.downgrade(List.of("c"), "-1")).isInstanceOf(MigrateException.class)
                .hasMessage("Ambiguous walk");
        Plan explicit = graph.downgrade(List.of("c"), "b1");
        assertThat(order(explicit)).containsExactly("c");
        assertThat(new TreeSet<>(explicit.endHeads())).isEqualTo(set("b1", "b2"));
    }

    /** Reference §2.9: with several bases, {@code +1} from nothing has several ways up. */
    @Test
    void plusOneFromNothingWithSeveralBasesIsAnAmbiguousWalk() {
        RevisionGraph graph = graph(rev("a1"), rev("b1", "a1"), rev("a2"), rev("b2", "a2"));
        assertThatThrownBy(() -> graph.upgrade(List.of(), "+1")).hasMessage("Ambiguous walk");
        assertThatThrownBy(() -> graph.upgrade(List.of(), "base+1")).hasMessage("Ambiguous walk");
    }
}
