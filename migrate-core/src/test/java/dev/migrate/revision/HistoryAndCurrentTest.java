package dev.migrate.revision;

import static dev.migrate.revision.Graphs.graph;
import static dev.migrate.revision.Graphs.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@code history -r lower:upper} (scenario 20, test_command.py HistoryTest) and {@code current}, the
 * rows expanded to the head of every branch they imply (scenario 19, CurrentTest).
 */
class HistoryAndCurrentTest {

    @Nested
    class History {

        final RevisionGraph graph = graph(rev("a"), rev("b", "a"), rev("c", "b"));

        @Test
        void fullAndPartialRanges() {
            assertHistory(null, null, List.of(), "c", "b", "a");
            assertHistory("a", "b", List.of(), "b", "a");
            assertHistory(null, "b", List.of(), "b", "a");
            assertHistory("a", null, List.of(), "c", "b", "a");
        }

        @Test
        void relativeEnds() {
            assertHistory("a", "+2", List.of(), "c", "b", "a");
            assertHistory("-2", "c", List.of(), "c", "b", "a");
        }

        /** Scenario 20: a relative start that overshoots is not an error in history. */
        @Test
        void relativeStartThatOvershootsListsEverything() {
            assertHistory("-5", "c", List.of(), "c", "b", "a");
        }

        /**
         * Alembic quirk kept: a relative start that lands exactly below the first revision resolves to the
         * symbol "base", which Alembic then rejects as not an ancestor ({@code -2} and {@code -5} work).
         */
        @Test
        void relativeStartLandingExactlyOnBaseIsRejectedLikeAlembic() {
            assertThatThrownBy(() -> graph.history("-3", "c", List.of())).isInstanceOf(MigrateException.class)
                    .hasMessage("Requested range -3:c does not refer to ancestor/descendant revisions along the same "
                            + "branch");
        }

        @Test
        void currentAsTheStart() {
            assertHistory("current", null, List.of("b"), "c", "b");
            assertHistory("current", null, List.of(), "c", "b", "a");
        }

        /** Alembic quirk kept: {@code :current} on an empty database lists everything (its end defaults to heads). */
        @Test
        void currentAsTheEnd() {
            assertHistory(null, "current", List.of("b"), "b", "a");
            assertHistory(null, "current", List.of(), "c", "b", "a");
        }

        @Test
        void rangeAgainstTheDirectionOfTheGraph() {
            assertThatThrownBy(() -> graph.history("c", "a", List.of())).isInstanceOf(MigrateException.class)
                    .hasMessage("Requested range c:a does not refer to ancestor/descendant revisions along the same "
                            + "branch");
        }

        @Test
        void rangeAcrossBranches() {
            RevisionGraph branched = graph(rev("a1"), rev("a2", "a1"), rev("a3", "a2"), rev("b3", "a2"));
            assertThatThrownBy(() -> branched.history("b3", "a3", List.of()))
                    .hasMessage("Requested range b3:a3 does not refer to ancestor/descendant revisions along the same "
                            + "branch");
            assertThat(branched.history("a2", "heads", List.of())).extracting(Revision::id)
                    .containsExactly("a3", "b3", "a2");
        }

        @Test
        void upperEndRelativeToTheLowerEndWithAPositiveStep() {
            assertThatThrownBy(() -> graph.history("b", "-1", List.of()))
                    .hasMessage("Relative revision -1 didn't produce 1 migrations");
        }

        private void assertHistory(String lower, String upper, List<String> rows, String... expected) {
            assertThat(graph.history(lower, upper, rows)).extracting(Revision::id).containsExactly(expected);
        }
    }

    /** Scenario 19: {@code a1 <- a2 <- a3}; {@code b1 <- b2 (depends on a2) <- b3}. */
    @Nested
    class Current {

        final RevisionGraph graph = graph(rev("a1"), rev("a2", "a1"), rev("a3", "a2"), rev("b1"),
                rev("b2", "b1").withDependsOn("a2"), rev("b3", "b2"));

        @Test
        void plainRows() {
            assertThat(graph.currentHeads(List.of())).isEmpty();
            assertThat(graph.currentHeads(List.of("a3"))).containsExactly("a3");
            assertThat(graph.currentHeads(List.of("a1", "b1"))).containsExactly("a1", "b1");
        }

        @Test
        void dependencyOfARowIsShownAsCurrent() {
            assertThat(graph.currentHeads(List.of("b2"))).containsExactly("a2", "b2");
            Plan plan = graph.upgrade(List.of("b2"), "b3");
            assertThat(plan.endHeads()).containsExactly("b3");
            assertThat(graph.currentHeads(plan.endHeads())).containsExactly("a2", "b3");
        }

        @Test
        void unknownRowIsReported() {
            assertThatThrownBy(() -> graph.currentHeads(List.of("ffff0000"))).isInstanceOf(MigrateException.class)
                    .hasMessage("Can't locate revision identified by 'ffff0000'");
            assertThatThrownBy(() -> graph.upgrade(List.of("ffff0000"), "heads"))
                    .hasMessage("Can't locate revision identified by 'ffff0000'");
            assertThatThrownBy(() -> graph.downgrade(List.of("ffff0000"), "base"))
                    .hasMessage("Can't locate revision identified by 'ffff0000'");
            assertThatThrownBy(() -> graph.stamp(List.of("ffff0000"), List.of("a1")))
                    .hasMessage("Can't locate revision identified by 'ffff0000'");
        }

        /** The rows are up to date only when they are exactly the real heads (autogenerate's check). */
        @Test
        void upToDateMeansExactlyTheRealHeads() {
            assertThat(graph.isUpToDate(List.of("a3", "b3"))).isTrue();
            assertThat(graph.isUpToDate(List.of("b3", "a3"))).isTrue();
            assertThat(graph.isUpToDate(List.of("b2"))).isFalse();
            assertThat(graph.isUpToDate(List.of("a3", "b2"))).isFalse();
            assertThat(graph.pending(List.of("b2"))).containsExactly("b3", "a3");
            assertThat(graph.pending(List.of("a3", "b3"))).isEmpty();
        }

        /** With a dependency-only head the real heads are what "up to date" means, not the versioned heads. */
        @Test
        void effectiveHeadIsNotRequiredToBeUpToDate() {
            RevisionGraph effective = graph(rev("x1"), rev("y1").withDependsOn("x1"));
            Plan plan = effective.upgrade(List.of(), "heads");
            assertThat(plan.endHeads()).containsExactly("y1");
            assertThat(effective.isUpToDate(plan.endHeads())).isTrue();
            assertThat(effective.currentHeads(plan.endHeads())).containsExactly("x1", "y1");
        }
    }
}
