package dev.migrate.revision;

import static dev.migrate.revision.Graphs.delete;
import static dev.migrate.revision.Graphs.graph;
import static dev.migrate.revision.Graphs.insert;
import static dev.migrate.revision.Graphs.rev;
import static dev.migrate.revision.Graphs.set;
import static dev.migrate.revision.Graphs.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@code stamp}: rows rewritten without running scripts (ScriptDirectory._stamp_revs and StampStep,
 * reference §2.7). Cases from test_version_traversal.py and test_command.py StampMultipleHeadsTest,
 * scenarios 11 and 13.
 */
class StampPlanTest {

    @Test
    void stampBaseDeletesTheRow() {
        Plan plan = graph(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "c")).stamp(List.of("d"), List.of("base"));
        assertThat(plan.steps()).hasSize(1);
        assertThat(plan.steps().get(0).direction()).isEqualTo(Step.Direction.STAMP);
        assertThat(plan.steps().get(0).versionChanges()).containsExactly(delete("d"));
        assertThat(plan.endHeads()).isEmpty();
        assertThat(graph(rev("a")).stamp(List.of("a"), List.of()).endHeads()).isEmpty();
    }

    /** BranchedPathTest stamps: {@code a <- b}, {@code c1 <- d1} and {@code c2 <- d2} from b. */
    @Nested
    class TwoBranches {

        final RevisionGraph graph = graph(rev("a"), rev("b", "a"), rev("c1", "b").withBranchLabels("c1branch"),
                rev("d1", "c1"), rev("c2", "b").withBranchLabels("c2branch"), rev("d2", "c2"));

        @Test
        void downAcrossBothBranchesToTheBranchPoint() {
            Plan plan = graph.stamp(List.of("d1", "c2"), List.of("b"));
            assertThat(plan.steps()).singleElement().satisfies(step -> {
                assertThat(step.versionChanges()).containsExactly(delete("d1"), update("c2", "b"));
                assertThat(step.describe()).isEqualTo("stamp_revision d1, c2 -> b");
            });
            assertThat(plan.endHeads()).containsExactly("b");
        }

        @Test
        void labelBaseDeletesOnlyThatBranchesRow() {
            Plan plan = graph.stamp(List.of("d1", "c2"), List.of("c1branch@base"));
            assertThat(plan.steps()).singleElement()
                    .satisfies(step -> assertThat(step.versionChanges()).containsExactly(delete("d1")));
            assertThat(plan.endHeads()).containsExactly("c2");
        }

        @Test
        void labelHeadMovesOnlyThatBranchesRow() {
            Plan plan = graph.stamp(List.of("d1", "c2"), List.of("c2branch@head"));
            assertThat(plan.steps()).singleElement()
                    .satisfies(step -> assertThat(step.versionChanges()).containsExactly(update("c2", "d2")));
            assertThat(new TreeSet<>(plan.endHeads())).isEqualTo(set("d1", "d2"));
        }

        @Test
        void headWithSeveralHeads() {
            assertThatThrownBy(() -> graph.stamp(List.of(), List.of("head"))).isInstanceOf(MigrateException.class)
                    .hasMessage("Multiple heads are present; please specify a single target revision");
        }
    }

    /** Scenario 11 stamps (MergedPathTest). */
    @Nested
    class AcrossAMerge {

        final RevisionGraph graph = graph(rev("a"), rev("b", "a"), rev("c1", "b"), rev("d1", "c1"),
                rev("c2", "b").withBranchLabels("c2branch"), rev("d2", "c2"), rev("e", "d1", "d2"), rev("f", "e"));

        @Test
        void downFromTheMergeToOneBranch() {
            assertSingleStamp(graph.stamp(List.of("e"), List.of("c2")), List.of(update("e", "c2")), "c2");
            assertSingleStamp(graph.stamp(List.of("e"), List.of("a")), List.of(update("e", "a")), "a");
        }

        @Test
        void upFromOneBranchAcrossTheMerge() {
            assertSingleStamp(graph.stamp(List.of("c2"), List.of("e")), List.of(update("c2", "e")), "e");
            assertSingleStamp(graph.stamp(List.of("b"), List.of("e")), List.of(update("b", "e")), "e");
        }

        @Test
        void upFromBothBranchesMergesTheRows() {
            assertSingleStamp(graph.stamp(List.of("d1", "c2"), List.of("e")), List.of(delete("d1"), update("c2", "e")),
                    "e");
            assertSingleStamp(graph.stamp(List.of("d1", "c2"), List.of("c2branch@head")),
                    List.of(delete("d1"), update("c2", "f")), "f");
        }

        private void assertSingleStamp(Plan plan, List<VersionChange> changes, String... endRows) {
            assertThat(plan.steps()).singleElement()
                    .satisfies(step -> assertThat(step.versionChanges()).isEqualTo(changes));
            assertThat(new TreeSet<>(plan.endHeads())).isEqualTo(set(endRows));
        }
    }

    /** Scenario 13 stamps (ForestTest). */
    @Test
    void forestHeadsAreInsertedOnceAndThenLeftAlone() {
        RevisionGraph graph = graph(rev("a1"), rev("b1", "a1"), rev("a2"), rev("b2", "a2"));
        Plan plan = graph.stamp(List.of(), List.of("heads"));
        assertThat(plan.steps()).extracting(Step::versionChanges)
                .containsExactlyInAnyOrder(List.of(insert("b1")), List.of(insert("b2")));
        assertThat(graph.stamp(List.of("b1", "b2"), List.of("heads")).steps()).isEmpty();
    }

    /** DependsOnBranchTestOne: stamping down the dependency's line across the dependent. */
    @Test
    void stampAcrossADependency() {
        RevisionGraph graph = RevisionGraph.of(VersionRowsTest.dependsOnBranchOne().nodes.stream()
                .map(n -> n.revision).toList());
        assertThat(graph.stamp(List.of("e1", "c2"), List.of("b1")).endHeads()).containsExactly("b1");
    }

    /** StampMultipleHeadsTest: {@code a <- b <- c}, {@code b <- d <- e}, {@code b <- f}. */
    @Nested
    class MultipleHeads {

        final RevisionGraph graph = graph(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "b"), rev("e", "d"),
                rev("f", "b"));

        @Test
        void stampHeadsFromNothingInsertsEachHead() {
            Plan plan = graph.stamp(List.of(), List.of("heads"));
            assertThat(plan.steps()).extracting(Step::versionChanges)
                    .containsExactly(List.of(insert("c")), List.of(insert("e")), List.of(insert("f")));
        }

        @Test
        void stampSeveralHeadsFromTheirCommonAncestor() {
            Plan plan = graph.stamp(List.of("a"), List.of("e", "f"));
            assertThat(plan.steps()).extracting(Step::versionChanges)
                    .containsExactly(List.of(update("a", "e")), List.of(insert("f")));
            assertThat(new TreeSet<>(plan.endHeads())).isEqualTo(set("e", "f"));
        }

        @Test
        void stampWhatIsAlreadyThereDoesNothing() {
            assertThat(graph.stamp(List.of("c", "e"), List.of("c", "e")).steps()).isEmpty();
        }

        /**
         * Deliberate difference: Alembic accepts {@code stamp a e f} and {@code stamp b c} and writes rows
         * where one implies another; its own tests mark that "TODO: this shouldn't be possible", and the
         * next {@code upgrade heads} then fails with the overlap error. migrate refuses up front.
         */
        @Test
        void overlappingTargetsAreRefused_deliberateDifference() {
            assertThatThrownBy(() -> graph.stamp(List.of(), List.of("a", "e", "f"))).isInstanceOf(MigrateException.class)
                    .hasMessage("Requested revision e overlaps with other requested revisions a");
            assertThatThrownBy(() -> graph.stamp(List.of(), List.of("b", "c")))
                    .hasMessage("Requested revision c overlaps with other requested revisions b");
        }

        /** Reference §1.4: what Alembic does next after {@code stamp a1 a2} — the same error, for upgrade. */
        @Test
        void overlappingRowsAreRejectedByUpgrade() {
            assertThatThrownBy(() -> graph.upgrade(List.of("a", "b"), "heads")).isInstanceOf(MigrateException.class)
                    .hasMessage("Requested revision b overlaps with other requested revisions a");
        }
    }

    /**
     * Deliberate difference: with several targets in separate lineages Alembic pools the current rows of
     * all of them and, from {@code a1, a2}, writes DELETE a1, UPDATE a2 -> b1, INSERT b2; migrate moves
     * each lineage's own row. The resulting rows are the same.
     */
    @Test
    void eachTargetMovesItsOwnLineagesRow_deliberateDifference() {
        RevisionGraph graph = graph(rev("a1"), rev("b1", "a1"), rev("a2"), rev("b2", "a2"));
        Plan plan = graph.stamp(List.of("a1", "a2"), List.of("b1", "b2"));
        assertThat(plan.steps()).extracting(Step::versionChanges)
                .containsExactly(List.of(update("a1", "b1")), List.of(update("a2", "b2")));
        assertThat(new TreeSet<>(plan.endHeads())).isEqualTo(set("b1", "b2"));
        // a single symbol naming both keeps Alembic's pooled behaviour exactly
        Plan pooled = graph.stamp(List.of("a1", "a2"), List.of("heads"));
        assertThat(pooled.steps()).extracting(Step::versionChanges)
                .containsExactly(List.of(delete("a1"), update("a2", "b1")), List.of(insert("b2")));
    }
}
