package dev.migrate.revision;

import static dev.migrate.revision.Graphs.graph;
import static dev.migrate.revision.Graphs.iterate;
import static dev.migrate.revision.Graphs.map;
import static dev.migrate.revision.Graphs.order;
import static dev.migrate.revision.Graphs.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Alembic's deterministic order (RevisionMap._topological_sort through iterate_revisions): newest
 * first, heads taken in load order, each branch finished down to its branch point before the branch
 * point itself; upgrades run the exact reverse. Graphs and expectations from Alembic's
 * test_revision.py and reference §2.8 / §7 scenarios 1-5, 13, 14.
 */
class RevisionOrderTest {

    /** Scenario 1 (DiamondTest). */
    @Test
    void diamondIteratesBothSidesBeforeTheBranchPoint() {
        RevisionMap map = map(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("c", "b1", "b2"), rev("d", "c"));
        assertThat(iterate(map, "d", "a", true, false, false)).containsExactly("d", "c", "b1", "b2", "a");
        RevisionGraph graph = graph(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("c", "b1", "b2"), rev("d", "c"));
        assertThat(order(graph.upgrade(List.of(), "d"))).containsExactly("a", "b2", "b1", "c", "d");
    }

    /** Scenario 2 (LongShortBranchTest). */
    @Test
    void shortBranchWhoseHeadLoadsFirstComesFirst() {
        RevisionMap map = map(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("c1", "b1"), rev("d11", "c1"),
                rev("d12", "c1"));
        assertThat(iterate(map, "heads", "base", true, false, false))
                .containsExactly("b2", "d11", "d12", "c1", "b1", "a");
    }

    /** Reference §2.8: the upgrade order is the exact reverse; the branch whose head loads last runs first. */
    @Test
    void upgradeRunsTheExactReverseOfHistory() {
        RevisionGraph graph = graph(rev("a"), rev("b1", "a"), rev("c1", "b1"), rev("b2", "a"), rev("b3", "a"),
                rev("c3", "b3"));
        assertThat(graph.history(null, null, List.of())).extracting(Revision::id)
                .containsExactly("c1", "b1", "b2", "c3", "b3", "a");
        assertThat(order(graph.upgrade(List.of(), "heads"))).containsExactly("a", "b3", "c3", "b2", "b1", "c1");
    }

    /** Scenario 13 (ForestTest): independent roots are applied tree by tree, last-loaded head first. */
    @Test
    void forestUpgradesTreeByTree() {
        RevisionGraph graph = graph(rev("a1"), rev("b1", "a1"), rev("a2"), rev("b2", "a2"));
        assertThat(order(graph.upgrade(List.of(), "heads"))).containsExactly("a2", "b2", "a1", "b1");
    }

    @Test
    void emptyMapIteratesNothing() {
        assertThat(iterate(map(), "head", "base", true, false, false)).isEmpty();
        assertThat(graph().upgrade(List.of(), "heads").steps()).isEmpty();
        assertThat(graph().history(null, null, List.of())).isEmpty();
    }

    @Test
    void duplicateTargetsAreTolerated() {
        RevisionMap map = map(rev("a"), rev("b", "a"), rev("c", "b"));
        assertThat(iterate(map, List.of("c", "c"), "a", false, false, false)).containsExactly("c", "b");
    }

    /** #784: ids that are substrings of each other are no loop. */
    @Test
    void idsThatAreSubstringsOfEachOtherAreNoLoop() {
        assertThat(iterate(map(rev("user_foo"), rev("user", "user_foo")), "heads", null, true, false, false))
                .containsExactly("user", "user_foo");
        assertThat(iterate(map(rev("user_foo"), rev("user").withDependsOn("user_foo")), "heads", null, true, false,
                false)).containsExactly("user", "user_foo");
        assertThat(iterate(map(rev("user_foo"), rev("user", "user_foo").withDependsOn("user_foo")), "heads", null,
                true, false, false)).containsExactly("user", "user_foo");
    }

    /** Scenario 3 and its neighbours (BranchTravellingTest). */
    @Nested
    class BranchTravelling {

        final RevisionMap map = map(rev("a1"), rev("a2", "a1"), rev("a3", "a2"), rev("b1", "a3"), rev("b2", "a3"),
                rev("cb1", "b1"), rev("cb2", "b2"), rev("db1", "cb1"), rev("db2", "cb2"), rev("e1b1", "db1"),
                rev("fe1b1", "e1b1"), rev("e2b1", "db1"), rev("e2b2", "db2"), rev("merge", "e2b1", "e2b2"));

        @Test
        void twoBranchesEndAtTheirBranchPoint() {
            assertThat(iterate(map, "merge", "a1", true, false, false)).containsExactly("merge", "e2b1", "db1", "cb1",
                    "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2", "a1");
        }

        @Test
        void twoBranchesEndBehindTheBranchPoint() {
            assertThat(iterate(map, "merge", "a2", true, false, false)).containsExactly("merge", "e2b1", "db1", "cb1",
                    "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2");
        }

        @Test
        void lowerEndOnOneBranchKeepsOnlyThatBranch() {
            assertThat(iterate(map, "merge", "b1", true, false, false))
                    .containsExactly("merge", "e2b1", "db1", "cb1", "b1");
        }

        @Test
        void implicitBaseFillsInTheOtherSideOfTheMerge() {
            assertThat(iterate(map, "merge", "db1", true, true, false))
                    .containsExactly("merge", "e2b1", "db1", "e2b2", "db2", "cb2", "b2");
        }

        @Test
        void threeBranchesEndInSingleBranch() {
            assertThat(iterate(map, List.of("merge", "fe1b1"), "a3", true, false, false)).containsExactly("fe1b1",
                    "e1b1", "merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3");
        }

        @Test
        void threeBranchesToRoot() {
            assertThat(iterate(map, List.of("merge", "fe1b1"), "a1", true, false, false)).containsExactly("fe1b1",
                    "e1b1", "merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2", "a1");
        }

        @Test
        void threeBranchesToSeveralLowerEnds() {
            assertThat(iterate(map, List.of("merge", "fe1b1"), List.of("cb1", "cb2"), true, false, false))
                    .containsExactly("fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1", "e2b2", "db2", "cb2");
            assertThat(iterate(map, List.of("merge", "fe1b1"), List.of("cb1", "cb2"), false, false, false))
                    .containsExactly("fe1b1", "e1b1", "merge", "e2b1", "db1", "e2b2", "db2");
        }

        @Test
        void severalHeadsDownToNothing() {
            assertThat(iterate(map, List.of("e2b1", "b2", "fe1b1"), List.of(), false, false, false)).containsExactly(
                    "b2", "fe1b1", "e1b1", "e2b1", "db1", "cb1", "b1", "a3", "a2", "a1");
            assertThat(iterate(map, List.of("fe1b1"), "base", false, false, false))
                    .containsExactly("fe1b1", "e1b1", "db1", "cb1", "b1", "a3", "a2", "a1");
        }

        /** Scenario 4: db1 is an ancestor of fe1b1, so the upper ends overlap. */
        @Test
        void overlappingUpperEndsAreRejected() {
            assertThatThrownBy(() -> iterate(map, List.of("db1", "b2", "fe1b1"), List.of(), true, false, false))
                    .isInstanceOf(RevisionError.class)
                    .hasMessage("Requested revision fe1b1 overlaps with other requested revisions db1");
        }

        @Test
        void ancestorsOfTheMerge() {
            Node merge = map.getRevision("merge");
            assertThat(RevisionMap.ids(map.nodesOf(map.ancestors(List.of(merge), true, true)))).containsExactlyInAnyOrder(
                    "a1", "e2b2", "e2b1", "cb2", "merge", "a3", "a2", "b1", "b2", "db1", "db2", "cb1");
        }
    }

    /** Scenario 5 and its neighbours (MultipleBranchTest). */
    @Nested
    class MultipleBranches {

        final RevisionMap map = map(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("cb1", "b1"), rev("cb2", "b2"),
                rev("d1cb1", "cb1"), rev("d2cb1", "cb1"), rev("d1cb2", "cb2"), rev("d2cb2", "cb2"),
                rev("d3cb2", "cb2"), rev("d1d2cb2", "d1cb2", "d2cb2"));

        @Test
        void fromMergePoint() {
            assertThat(iterate(map, "d1d2cb2", "a", true, false, false))
                    .containsExactly("d1d2cb2", "d1cb2", "d2cb2", "cb2", "b2", "a");
        }

        @Test
        void severalHeadsOneBranch() {
            assertThat(iterate(map, List.of("d2cb2", "d3cb2"), "a", true, false, false))
                    .containsExactly("d2cb2", "d3cb2", "cb2", "b2", "a");
            assertThat(iterate(map, "d3cb2", "a", true, false, false)).containsExactly("d3cb2", "cb2", "b2", "a");
            assertThat(iterate(map, "d3cb2", "base", true, false, false)).containsExactly("d3cb2", "cb2", "b2", "a");
        }

        @Test
        void severalBranchesToBaseInLoadOrderOfTheirHeads() {
            assertThat(iterate(map, List.of("d3cb2", "cb1"), "base", true, false, false))
                    .containsExactly("cb1", "b1", "d3cb2", "cb2", "b2", "a");
        }

        /** An upper end that does not descend from the lower end is dropped. */
        @Test
        void upperEndNotAboveTheLowerEndIsDropped() {
            assertThat(iterate(map, List.of("d1cb1", "d2cb2", "d3cb2"), "b2", true, false, false))
                    .containsExactly("d2cb2", "d3cb2", "cb2", "b2");
        }

        @Test
        void wrongDirectionOnOneBranch() {
            assertThatThrownBy(() -> iterate(map, "b1", "d1cb1", true, false, false))
                    .isInstanceOf(RevisionError.RangeNotAncestor.class)
                    .hasMessage("Revision d1cb1 is not an ancestor of revision b1");
        }

        @Test
        void unrelatedBranches() {
            assertThatThrownBy(() -> iterate(map, "d2cb2", "b1", true, false, false))
                    .hasMessage("Revision b1 is not an ancestor of revision d2cb2");
        }

        /** #258: iterating down to nothing from above must fail, not return an empty list. */
        @Test
        void wrongDirectionToBase() {
            assertThatThrownBy(() -> iterate(map, null, "d1cb1", true, false, false))
                    .hasMessage("Revision d1cb1 is not an ancestor of revision base");
            assertThatThrownBy(() -> iterate(map, List.of(), "d1cb1", true, false, false))
                    .hasMessage("Revision d1cb1 is not an ancestor of revision base");
        }
    }

    /** Several roots (MultipleBaseTest). */
    @Nested
    class MultipleBases {

        final RevisionMap map = map(rev("base1"), rev("base2"), rev("base3"), rev("a1a", "base1"),
                rev("a1b", "base1"), rev("a2", "base2"), rev("a3", "base3"), rev("b1a", "a1a"), rev("b1b", "a1b"),
                rev("b2", "a2"), rev("b3", "a3"), rev("c2", "b2"), rev("d2", "c2"), rev("mergeb3d2", "b3", "d2"));

        final List<String> all = List.of("b1a", "a1a", "b1b", "a1b", "base1", "mergeb3d2", "b3", "a3", "base3", "d2",
                "c2", "b2", "a2", "base2");

        @Test
        void headsToBase() {
            assertThat(iterate(map, "heads", "base", true, false, false)).isEqualTo(all);
            assertThat(iterate(map, "heads", "base", false, false, false)).isEqualTo(all);
            assertThat(iterate(map, "heads", null, true, false, false)).isEqualTo(all);
        }

        @Test
        void overlappingLowerEndsAreRejected() {
            assertThatThrownBy(() -> iterate(map, List.of("c2"), List.of("a2", "b2"), true, false, false))
                    .hasMessageContaining("overlaps with other requested revisions");
        }

        @Test
        void headsDownToOneRevision() {
            assertThat(iterate(map, "heads", List.of("c2"), false, true, false)).containsExactly("b1a", "a1a", "b1b",
                    "a1b", "base1", "mergeb3d2", "b3", "a3", "base3", "d2");
            assertThat(iterate(map, "heads", List.of("c2"), false, false, false)).containsExactly("mergeb3d2", "d2");
            assertThat(iterate(map, "heads", List.of("c2"), true, true, false)).containsExactly("b1a", "a1a", "b1b",
                    "a1b", "base1", "mergeb3d2", "b3", "a3", "base3", "d2", "c2");
        }

        @Test
        void specificPaths() {
            assertThat(iterate(map, "b3", "base3", true, false, false)).containsExactly("b3", "a3", "base3");
            assertThat(iterate(map, List.of("b3", "b2"), "base3", false, true, false))
                    .containsExactly("b2", "a2", "base2", "b3", "a3");
        }
    }

    /** Scenario 14 and its neighbours: dependencies across lineages with separate bases. */
    @Nested
    class CrossLineageDependencies {

        final RevisionMap one = map(rev("base1").withBranchLabels("b_1"), rev("a1a", "base1"), rev("a1b", "base1"),
                rev("b1a", "a1a"), rev("b1b", "a1b").withDependsOn("a3"), rev("base2").withBranchLabels("b_2"),
                rev("a2", "base2"), rev("b2", "a2"), rev("c2", "b2").withDependsOn("a3"), rev("d2", "c2"),
                rev("base3").withBranchLabels("b_3"), rev("a3", "base3"), rev("b3", "a3"));

        @Test
        void headsAreTheVersionedHeads() {
            assertThat(RevisionMap.ids(one.heads)).containsExactly("b1a", "b1b", "d2", "b3");
        }

        @Test
        void headsToBase() {
            List<String> expected = List.of("b1a", "a1a", "b1b", "a1b", "base1", "d2", "c2", "b2", "a2", "base2", "b3",
                    "a3", "base3");
            assertThat(iterate(one, "heads", "base", true, false, false)).isEqualTo(expected);
            assertThat(iterate(one, "heads", "base", true, false, true)).isEqualTo(expected);
        }

        @Test
        void wrongDirection() {
            assertThatThrownBy(() -> iterate(one, "b2", "d2", true, false, false))
                    .hasMessage("Revision d2 is not an ancestor of revision b2");
            assertThatThrownBy(() -> iterate(one, "b3", "d2", true, false, false))
                    .hasMessage("Revision d2 is not an ancestor of revision b3");
        }

        @Test
        void upgradingALineagePullsInItsDependencyLineage() {
            assertThat(iterate(one, "b_2@head", "base", true, false, false))
                    .containsExactly("d2", "c2", "b2", "a2", "base2", "a3", "base3");
            assertThat(iterate(one, "heads", "b_2@base", true, false, false))
                    .containsExactly("d2", "c2", "b2", "a2", "base2", "a3", "base3");
            assertThat(iterate(one, "b1b@head", "base", true, false, false))
                    .containsExactly("b1b", "a1b", "base1", "a3", "base3");
            assertThat(iterate(one, "b_3@head", "base", true, false, false)).containsExactly("b3", "a3", "base3");
            assertThat(iterate(one, "heads", "b_3@base", true, false, false)).containsExactly("b3", "a3", "base3");
        }

        @Test
        void downgradingALineageLeavesItsDependencies() {
            assertThat(iterate(one, "b_2@head", "b_2@base", true, false, true))
                    .containsExactly("d2", "c2", "b2", "a2", "base2");
            assertThat(iterate(one, "heads", "b_2@base", true, false, true))
                    .containsExactly("d2", "c2", "b2", "a2", "base2");
            assertThat(iterate(one, "b1b@head", "b1b@base", true, false, true)).containsExactly("b1b", "a1b", "base1");
            assertThat(iterate(one, "b_3@head", "base", true, false, true)).containsExactly("b3", "a3", "base3");
        }

        @Test
        void downgradingADependencyLineageTakesItsDependentsToo() {
            assertThat(iterate(one, "heads", "b_3@base", true, false, true))
                    .containsExactly("b1b", "d2", "c2", "b3", "a3", "base3");
        }

        @Test
        void dependencyOnABranchLabelAndOnABase() {
            RevisionMap two = map(rev("base1").withBranchLabels("b_1"), rev("a1", "base1"), rev("b1", "a1"),
                    rev("c1", "b1"), rev("base2").withDependsOn("b_1").withBranchLabels("b_2"), rev("a2", "base2"),
                    rev("b2", "a2"), rev("c2", "b2"), rev("d2", "c2"), rev("base3").withBranchLabels("b_3"),
                    rev("a3", "base3"), rev("b3", "a3"), rev("c3", "b3").withDependsOn("b2"), rev("d3", "c3"));
            assertThat(RevisionMap.ids(two.heads)).containsExactly("c1", "d2", "d3");
            assertThat(iterate(two, "heads", "base", true, false, false)).containsExactly("c1", "b1", "a1", "d2", "c2",
                    "d3", "c3", "b3", "a3", "base3", "b2", "a2", "base2", "base1");
            assertThat(iterate(two, "b_2@head", "base", true, false, false))
                    .containsExactly("d2", "c2", "b2", "a2", "base2", "base1");
            assertThat(iterate(two, "b_3@head", "base", true, false, false)).containsExactly("d3", "c3", "b3", "a3",
                    "base3", "b2", "a2", "base2", "base1");
            assertThat(iterate(two, "b_1@head", "base", true, false, false)).containsExactly("c1", "b1", "a1", "base1");
            assertThat(iterate(two, "heads", "b_1@base", true, false, false)).containsExactly("c1", "b1", "a1", "base1");
            assertThat(iterate(two, "heads", "b_2@base", true, false, false))
                    .containsExactly("d2", "c2", "b2", "a2", "base2", "base1");
            assertThat(iterate(two, "heads", "b_3@base", true, false, false)).containsExactly("d3", "c3", "b3", "a3",
                    "base3", "b2", "a2", "base2", "base1");
        }

        @Test
        void revisionWithoutParentButWithADependency() {
            RevisionMap three = map(rev("base1"), rev("a1", "base1"), rev("b1", "a1"), rev("c2").withDependsOn("a1"),
                    rev("c3", "c2"));
            assertThat(iterate(three, "heads", "base", true, false, false))
                    .containsExactly("b1", "c3", "c2", "a1", "base1");
        }
    }

    /** MultipleBranchEffectiveHead: {@code x@-1} when the other lineage's head depends on x. */
    @Test
    void downgradeOneStepOnALabelWithAnEffectiveHead() {
        RevisionMap map = map(rev("y1").withBranchLabels("y"), rev("x1").withBranchLabels("x"),
                rev("y2", "y1").withDependsOn("x1"), rev("x2", "x1"));
        assertThat(iterate(map, List.of("x2", "y2"), "x@-1", false, false, true)).containsExactly("x2");
        assertThat(iterate(map, List.of("x1", "y2"), "x@-1", false, false, true)).containsExactly("y2", "x1");
        assertThat(iterate(map, "y2", "x@-1", false, false, true)).containsExactly("y2", "x1");
    }

    /** NormalizedDownRevTest traversals. */
    @Nested
    class NormalizedDependencies {

        final RevisionMap map = map(rev("a1"), rev("a2", "a1"), rev("a3", "a2"), rev("b1"),
                rev("b2", "b1").withDependsOn("a3"), rev("b3", "b2"), rev("b4", "b3").withDependsOn("a3"),
                rev("b5", "b4").withDependsOn("b4"));

        @Test
        void downgradeTraversals() {
            assertThat(iterate(map, "b4", "b1@base", true, false, true)).containsExactly("b4", "b3", "b2", "b1");
            assertThat(iterate(map, "heads", "base", true, false, true))
                    .containsExactly("b5", "b4", "b3", "b2", "b1", "a3", "a2", "a1");
            assertThat(iterate(map, "heads", "a2", true, false, true))
                    .containsExactly("b5", "b4", "b3", "b2", "a3", "a2");
            assertThat(iterate(map, "heads", "a2", true, true, true))
                    .containsExactly("b5", "b4", "b3", "b2", "b1", "a3", "a2");
        }

        @Test
        void upgradeWithImplicitBase() {
            assertThat(iterate(map, "b5", List.of("b1"), true, true, false))
                    .containsExactly("b5", "b4", "b3", "b2", "b1", "a3", "a2", "a1");
            RevisionMap other = map(rev("c1"), rev("a1"), rev("a2", "a1").withDependsOn("c1"),
                    rev("a3", "a2").withDependsOn("c1"), rev("b1"), rev("b2", "b1").withDependsOn("a3"),
                    rev("b3", "b2"), rev("b4", "b3").withDependsOn("a3"), rev("b5", "b4"));
            assertThat(iterate(other, "b5", List.of("b1"), true, true, false))
                    .containsExactly("b5", "b4", "b3", "b2", "b1", "a3", "a2", "a1", "c1");
        }
    }

    /** Every emitted revision comes before all of its ancestors: a sanity net under the exact orders. */
    @Test
    void historyIsATopologicalOrder() {
        RevisionMap map = map(rev("a"), rev("b", "a"), rev("c1", "b"), rev("c2", "b"), rev("d", "c1", "c2"),
                rev("x"), rev("y", "x").withDependsOn("c1"), rev("z", "y", "d"));
        List<String> order = iterate(map, "heads", "base", true, false, false);
        List<String> seen = new ArrayList<>();
        for (String id : order) {
            Node node = map.getRevision(id);
            for (Node down : node.normalizedDown) {
                assertThat(seen).doesNotContain(down.id);
            }
            seen.add(id);
        }
        assertThat(order).hasSize(8);
    }
}
