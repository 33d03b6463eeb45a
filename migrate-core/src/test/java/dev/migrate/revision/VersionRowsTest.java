package dev.migrate.revision;

import static dev.migrate.revision.Graphs.delete;
import static dev.migrate.revision.Graphs.graph;
import static dev.migrate.revision.Graphs.insert;
import static dev.migrate.revision.Graphs.order;
import static dev.migrate.revision.Graphs.rev;
import static dev.migrate.revision.Graphs.set;
import static dev.migrate.revision.Graphs.update;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The version-table writes of every step (Alembic's HeadMaintainer, reference §2.6): one row per applied
 * head, INSERT for a new branch, UPDATE along a line, DELETE+UPDATE at a merge, INSERT+UPDATE when a
 * merge is undone, and the dependency cases. Scenarios 11, 12, 15-18 and test_version_traversal.py.
 *
 * <p>Where Alembic picks the deleted (or inserted) parent of a merge from a Python set, migrate takes
 * the parents in declared order: all but the last are deleted (inserted), the last is updated, which
 * is the SQL of Alembic's "merge mechanics" documentation.
 */
class VersionRowsTest {

    /** Docs "Working with Branches": the SQL of a branch and its merge. */
    @Test
    void branchAndMergeWriteTheDocumentedRows() {
        RevisionGraph graph = graph(rev("1975ea83b712"), rev("27c6a30d7c24", "1975ea83b712"),
                rev("ae1027a6acf", "1975ea83b712"), rev("53fffde5ad5", "ae1027a6acf", "27c6a30d7c24"));
        Plan plan = graph.upgrade(List.of(), "heads");
        assertThat(order(plan)).containsExactly("1975ea83b712", "27c6a30d7c24", "ae1027a6acf", "53fffde5ad5");
        assertThat(plan.steps()).extracting(Step::versionChanges).containsExactly(
                List.of(insert("1975ea83b712")),
                List.of(update("1975ea83b712", "27c6a30d7c24")),
                List.of(insert("ae1027a6acf")),
                List.of(delete("ae1027a6acf"), update("27c6a30d7c24", "53fffde5ad5")));
        assertThat(plan.steps().get(3).describe()).isEqualTo("upgrade ae1027a6acf, 27c6a30d7c24 -> 53fffde5ad5");
        assertThat(plan.endHeads()).containsExactly("53fffde5ad5");
    }

    /** Scenario 11 (MergedPathTest). */
    @Nested
    class MergedPath {

        final RevisionGraph graph = graph(rev("a"), rev("b", "a"), rev("c1", "b"), rev("d1", "c1"),
                rev("c2", "b").withBranchLabels("c2branch"), rev("d2", "c2"), rev("e", "d1", "d2"), rev("f", "e"));

        @Test
        void upgradeAcrossTheMerge() {
            Plan plan = graph.upgrade(List.of("b"), "f");
            assertThat(order(plan)).containsExactly("c2", "d2", "c1", "d1", "e", "f");
            assertThat(plan.steps()).extracting(Step::versionChanges).containsExactly(
                    List.of(update("b", "c2")), List.of(update("c2", "d2")), List.of(insert("c1")),
                    List.of(update("c1", "d1")), List.of(delete("d1"), update("d2", "e")), List.of(update("e", "f")));
            assertThat(plan.endHeads()).containsExactly("f");
        }

        @Test
        void downgradeAcrossTheMergeUnmerges() {
            Plan plan = graph.downgrade(List.of("f"), "b");
            assertThat(order(plan)).containsExactly("f", "e", "d1", "c1", "d2", "c2");
            assertThat(plan.steps()).extracting(Step::versionChanges).containsExactly(
                    List.of(update("f", "e")), List.of(insert("d1"), update("e", "d2")), List.of(update("d1", "c1")),
                    List.of(delete("c1")), List.of(update("d2", "c2")), List.of(update("c2", "b")));
            assertThat(plan.steps().get(1).describe()).isEqualTo("downgrade e -> d1, d2");
            assertThat(plan.endHeads()).containsExactly("b");
        }
    }

    /** Scenario 10's rows for the two labeled branches are in RelativeMoveTest; here the writes. */
    @Test
    void secondBranchIsInsertedAndRemovedAsItsOwnRow() {
        RevisionGraph graph = graph(rev("a"), rev("b", "a"), rev("c1", "b"), rev("d1", "c1"), rev("c2", "b"),
                rev("d2", "c2"));
        Plan up = graph.upgrade(List.of("a"), "heads");
        assertThat(up.steps()).extracting(Step::versionChanges).containsExactly(List.of(update("a", "b")),
                List.of(update("b", "c2")), List.of(update("c2", "d2")), List.of(insert("c1")),
                List.of(update("c1", "d1")));
        Plan down = graph.downgrade(List.of("d1", "d2"), "a");
        assertThat(down.steps()).extracting(Step::versionChanges).containsExactly(List.of(update("d1", "c1")),
                List.of(delete("c1")), List.of(update("d2", "c2")), List.of(update("c2", "b")),
                List.of(update("b", "a")));
    }

    /** Scenario 12 (TwinMergeTest, #297): two merge points of the same three parents. */
    @Test
    void twinMerge() {
        RevisionMap map = Graphs.map(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("b3", "a"),
                rev("c1", "b1", "b2", "b3"), rev("c2", "b1", "b2", "b3"), rev("d1", "c1"), rev("d2", "c2"));
        assertStepRows(map, List.of("a"), List.of("b3", "b1", "b2", "c2", "d2", "c1", "d1"),
                List.of(set("b3"), set("b1", "b3"), set("b1", "b2", "b3"), set("c2"), set("d2"), set("c1", "d2"),
                        set("d1", "d2")));
        assertThat(new TreeSet<>(RevisionGraph.of(map.nodes.stream().map(n -> n.revision).toList())
                .upgrade(List.of("a"), "heads").endHeads())).isEqualTo(set("d1", "d2"));
    }

    /** NotQuiteTwinMergeTest: merges of overlapping parent pairs. */
    @Test
    void notQuiteTwinMerge() {
        RevisionMap map = Graphs.map(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("b3", "a"), rev("c1", "b1", "b2"),
                rev("c2", "b2", "b3"), rev("d1", "c1"), rev("d2", "c2"));
        assertStepRows(map, List.of("a"), List.of("b2", "b3", "c2", "d2", "b1", "c1", "d1"),
                List.of(set("b2"), set("b2", "b3"), set("c2"), set("d2"), set("b1", "d2"), set("c1", "d2"),
                        set("d1", "d2")));
    }

    /** BranchFromMergepointTest: a merge whose second parent's line goes on. */
    @Test
    void mergeToOneSide() {
        RevisionGraph graph = graph(rev("a1"), rev("b1", "a1"), rev("c1", "b1"), rev("a2"), rev("b2", "a2"),
                rev("c2", "b2"), rev("d1", "c1", "c2"), rev("d2", "c2"));
        assertPlan(graph.upgrade(List.of("d2", "b1"), "d1"), List.of("c1", "d1"), "d1", "d2");
        assertPlan(graph.downgrade(List.of("d2", "d1"), "b1"), List.of("d1", "c1"), "b1", "d2");
    }

    /** BranchFrom3WayMergepointTest. */
    @Test
    void threeWayMergeToOneOrTwoSides() {
        RevisionGraph graph = graph(rev("a1"), rev("b1", "a1"), rev("c1", "b1"), rev("a2"), rev("b2", "a2"),
                rev("c2", "b2"), rev("a3"), rev("b3", "a3"), rev("c3", "b3"), rev("d1", "c1", "c2", "c3"),
                rev("d2", "c2"), rev("d3", "c3"));
        assertPlan(graph.upgrade(List.of("d3", "d2", "b1"), "d1"), List.of("c1", "d1"), "d1", "d2", "d3");
        assertPlan(graph.downgrade(List.of("d3", "d2", "d1"), "b1"), List.of("d1", "c1"), "b1", "d2", "d3");
        assertPlan(graph.upgrade(List.of("d3", "b2", "b1"), "d1"), List.of("c2", "c1", "d1"), "d1", "d3");
        assertPlan(graph.upgrade(List.of("d3", "d1"), "d2"), List.of("d2"), "d1", "d2", "d3");
    }

    @Nested
    class Dependencies {

        /** Reference §2.5: a dependency with no descendants of its own is not stored once its dependent runs. */
        @Test
        void dependencyOnlyHeadIsNotStored() {
            Plan plan = graph(rev("x1"), rev("y1").withDependsOn("x1")).upgrade(List.of(), "heads");
            assertThat(order(plan)).containsExactly("x1", "y1");
            assertThat(plan.steps()).extracting(Step::versionChanges)
                    .containsExactly(List.of(insert("x1")), List.of(update("x1", "y1")));
            assertThat(plan.endHeads()).containsExactly("y1");
        }

        /** Reference §2.6 (verified): b2 has parent b1 and depends on a2; both rows fold into b2. */
        @Test
        void dependencyAndParentBothRowsFoldIntoTheDependent() {
            Plan plan = graph(rev("a1"), rev("a2", "a1"), rev("b1"), rev("b2", "b1").withDependsOn("a2"))
                    .upgrade(List.of("a2", "b1"), "b2");
            assertThat(plan.steps()).extracting(Step::versionChanges)
                    .containsExactly(List.of(delete("b1"), update("a2", "b2")));
            assertThat(plan.steps().get(0).describe()).isEqualTo("upgrade b1 -> b2");
        }

        /** Scenario 15 (DependsOnBranchTestFour, #789): normalized dependencies. */
        @Test
        void dependencyImpliedByAnAncestorIsNotReinserted() {
            RevisionGraph graph = graph(rev("a1"), rev("a2", "a1"), rev("a3", "a2"), rev("b1"),
                    rev("b2", "b1").withDependsOn("a3"), rev("b3", "b2"), rev("b4", "b3").withDependsOn("a3"));
            Plan plan = graph.downgrade(List.of("b4"), "b3");
            assertThat(order(plan)).containsExactly("b4");
            assertThat(plan.steps().get(0).versionChanges()).containsExactly(update("b4", "b3"));
            assertThat(plan.endHeads()).containsExactly("b3");
        }

        /** Scenario 16 (DependsOnBranchTestTwo). */
        @Nested
        class ThreeMergesAndAnOvermerge {

            final RevisionGraph graph = graph(rev("a1"), rev("a2"), rev("a3"), rev("amerge", "a1", "a2", "a3"),
                    rev("b1"), rev("b2"), rev("bmerge", "b1", "b2"), rev("c1"), rev("c2"), rev("c3"),
                    rev("cmerge", "c1", "c2", "c3"), rev("d1").withDependsOn("a3", "b2", "c1"));

            @Test
            void unmergeKeepsTheParentAnotherRowImplies() {
                assertPlan(graph.downgrade(List.of("amerge", "bmerge", "cmerge", "d1"), "b2"), List.of("bmerge"),
                        "amerge", "b1", "cmerge", "d1");
            }

            @Test
            void dependencyImpliedOnlyByTheRemovedRowIsReinserted() {
                Plan plan = graph.downgrade(List.of("amerge", "d1", "b1", "cmerge"), "d1@base");
                assertPlan(plan, List.of("d1"), "amerge", "b1", "b2", "cmerge");
                assertThat(plan.steps().get(0).versionChanges()).containsExactly(update("d1", "b2"));
            }

            @Test
            void everythingDownToBase() {
                assertPlan(graph.downgrade(List.of("amerge", "b1", "b2", "cmerge"), "base"), List.of("amerge", "a1",
                        "b1", "b2", "cmerge", "c1", "a2", "a3", "c2", "c3"));
            }
        }

        /** Scenario 17 (DependsOnBranchTestFive, #1373): a merge of a revision and its own dependency. */
        @Test
        void mergeOfARevisionAndItsDependency() {
            RevisionGraph graph = graph(rev("a1"), rev("b1").withDependsOn("a1"), rev("bmerge", "a1", "b1"));
            assertPlan(graph.upgrade(List.of("a1"), "b1"), List.of("b1"), "b1");
            assertPlan(graph.upgrade(List.of("b1"), "bmerge"), List.of("bmerge"), "bmerge");
            Plan toA1 = graph.downgrade(List.of("bmerge"), "a1");
            assertPlan(toA1, List.of("bmerge"), "b1");
            assertThat(toA1.steps().get(0).versionChanges()).containsExactly(update("bmerge", "b1"));
            assertPlan(graph.downgrade(List.of("bmerge"), "b1"), List.of("bmerge"), "b1");
        }

        /** Scenario 18 (DependsOnBranchTestThree, #377): dependencies crossing both ways. */
        @Test
        void crissCross() {
            RevisionGraph graph = graph(rev("a1"), rev("a2", "a1"), rev("b1"), rev("b2", "b1").withDependsOn("a2"),
                    rev("b3", "b2"), rev("a3", "a2").withDependsOn("b1"));
            Plan plan = graph.downgrade(List.of("a3", "b2"), "b1");
            assertPlan(plan, List.of("b2"), "a3");
            assertThat(plan.steps().get(0).versionChanges()).containsExactly(delete("b2"));
        }

        /** DependsOnBranchTestOne: downgrading the dependency's line leaves the dependent's row. */
        @Test
        void downgradeToADependency() {
            RevisionMap map = dependsOnBranchOne();
            HeadMaintainer maintainer = new HeadMaintainer(map, List.of("c2", "d1"));
            assertThat(maintainer.downgrade(map.getRevision("d1")).versionChanges()).containsExactly(delete("d1"));
            assertThat(maintainer.heads()).containsExactly("c2");
        }

        /** #843: a revision that depends on its own parent. */
        @Test
        void dependsOnItsOwnParent() {
            RevisionGraph graph = graph(rev("a1"), rev("a2", "a1").withDependsOn("a1"));
            assertPlan(graph.upgrade(List.of(), "a2"), List.of("a1", "a2"), "a2");
            assertPlan(graph.downgrade(List.of("a2"), "a1"), List.of("a2"), "a1");
        }

        /** DependsOnBranchLabelTest: a dependency given as a branch label pulls in that lineage. */
        @Test
        void dependencyOnABranchLabel() {
            RevisionGraph graph = graph(rev("a1").withBranchLabels("lib1"), rev("b1", "a1"),
                    rev("c1", "b1").withBranchLabels("c1lib"), rev("a2"), rev("b2", "a2"),
                    rev("c2", "b2").withDependsOn("c1lib"), rev("d1", "c1"), rev("e1", "d1"), rev("f1", "e1"));
            assertPlan(graph.upgrade(List.of("a2"), "c2"), List.of("a1", "b1", "c1", "b2", "c2"), "c2");
        }

        /** BranchedPathTestCrossDependencies: taking down a dependency takes its dependents first. */
        @Test
        void downgradeOfABranchOthersDependOn() {
            RevisionGraph graph = graph(rev("a"), rev("b", "a"), rev("c1", "b").withBranchLabels("c1branch"),
                    rev("d1", "c1"), rev("c2", "b").withBranchLabels("c2branch"), rev("d2", "c2").withDependsOn("c1"));
            assertPlan(graph.downgrade(List.of("d1", "d2"), "c2branch@b"), List.of("d2", "c2"), "d1");
            Plan plan = graph.downgrade(List.of("d1", "d2"), "c1branch@b");
            assertThat(order(plan)).containsExactlyInAnyOrder("c1", "d1", "d2");
            assertThat(order(plan).indexOf("d1")).isLessThan(order(plan).indexOf("c1"));
            assertThat(order(plan).indexOf("d2")).isLessThan(order(plan).indexOf("c1"));
            assertThat(plan.endHeads()).containsExactly("c2");
        }
    }

    static RevisionMap dependsOnBranchOne() {
        return Graphs.map(rev("a1").withBranchLabels("lib1"), rev("b1", "a1"), rev("c1", "b1"), rev("a2"),
                rev("b2", "a2"), rev("c2", "b2").withDependsOn("c1"), rev("d1", "c1"), rev("e1", "d1"),
                rev("f1", "e1"));
    }

    private static void assertStepRows(RevisionMap map, List<String> start, List<String> steps,
            List<Set<String>> expected) {
        HeadMaintainer maintainer = new HeadMaintainer(map, start);
        for (int i = 0; i < steps.size(); i++) {
            maintainer.upgrade(map.getRevision(steps.get(i)));
            assertThat(new TreeSet<>(maintainer.heads())).as("after " + steps.get(i)).isEqualTo(expected.get(i));
        }
    }

    private static void assertPlan(Plan plan, List<String> expectedOrder, String... endRows) {
        assertThat(order(plan)).isEqualTo(expectedOrder);
        assertThat(new TreeSet<>(plan.endHeads())).isEqualTo(set(endRows));
        List<Set<String>> replayed = Graphs.rowsAfterEachStep(plan);
        if (!replayed.isEmpty()) {
            assertThat(replayed.get(replayed.size() - 1)).isEqualTo(set(endRows));
        }
    }
}
