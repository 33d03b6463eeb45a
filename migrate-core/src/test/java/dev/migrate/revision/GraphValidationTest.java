package dev.migrate.revision;

import static dev.migrate.revision.Graphs.graph;
import static dev.migrate.revision.Graphs.map;
import static dev.migrate.revision.Graphs.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What the graph checks and derives when it is built (reference §2.2, §2.4, §2.10): loops, cycles,
 * labels, illegal ids, heads and bases, label propagation and dependency normalization. Scenarios 7 and
 * 8, Alembic's GraphWithLoopTest, GraphWithCycleTest and NormalizedDownRevTest, plus the gaps Alembic
 * leaves that migrate closes on purpose.
 */
class GraphValidationTest {

    /** Scenario 7. */
    @Test
    void branchLabelUsedTwice() {
        assertThatThrownBy(() -> graph(rev("a"), rev("b", "a"), rev("c", "b").withBranchLabels("xy1"), rev("d"),
                rev("e", "d").withBranchLabels("xy1"), rev("f", "e"))).isInstanceOf(MigrateException.class)
                .hasMessage("Branch name 'xy1' in revision e already used by revision c");
    }

    @Test
    void branchLabelThatIsAnotherRevisionsId() {
        assertThatThrownBy(() -> graph(rev("abcd"), rev("b", "abcd").withBranchLabels("abcd")))
                .hasMessage("Branch name 'abcd' in revision b already used by revision abcd");
    }

    /** Scenario 8, self-loops (GraphWithLoopTest). */
    @Nested
    class Loops {

        @Test
        void selfLoops() {
            assertLoop("a", rev("a", "a"));
            assertLoop("a", rev("a", "a"), rev("b", "a"), rev("c", "b"));
            assertLoop("c", rev("a"), rev("b", "a"), rev("c", "b", "c"));
            assertLoop("b", rev("a"), rev("b", "a", "b"), rev("c1", "b"), rev("c2", "b"));
            assertLoop("c", rev("a"), rev("b1", "a"), rev("b2", "a"), rev("c", "b1", "b2", "c"));
        }

        @Test
        void dependencySelfLoops() {
            assertDependencyLoop("a", rev("a").withDependsOn("a"));
            assertDependencyLoop("a", rev("a").withDependsOn("a"), rev("b", "a"), rev("c", "b"));
            assertDependencyLoop("c", rev("a"), rev("b", "a"), rev("c", "b").withDependsOn("c"));
            assertDependencyLoop("b", rev("a"), rev("b", "a").withDependsOn("b"), rev("c1", "b"), rev("c2", "b"));
            assertDependencyLoop("c", rev("a"), rev("b1", "a"), rev("b2", "a"), rev("c", "b1", "b2").withDependsOn("c"));
        }

        /** A dependency on the revision's own label is only caught by Alembic's cycle check. */
        @Test
        void dependencyOnItsOwnLabel() {
            assertThatThrownBy(() -> graph(rev("a").withBranchLabels("lib").withDependsOn("lib")))
                    .isInstanceOf(MigrateException.class).hasMessage("Dependency cycle is detected in revisions (a)");
        }

        private void assertLoop(String id, Revision... revisions) {
            assertThatThrownBy(() -> graph(revisions)).isInstanceOf(MigrateException.class)
                    .hasMessage("Self-loop is detected in revisions (" + id + ")");
        }

        private void assertDependencyLoop(String id, Revision... revisions) {
            assertThatThrownBy(() -> graph(revisions)).isInstanceOf(MigrateException.class)
                    .hasMessage("Dependency self-loop is detected in revisions (" + id + ")");
        }
    }

    /** Scenario 8, cycles (GraphWithCycleTest). */
    @Nested
    class Cycles {

        @Test
        void cycleOfParents() {
            assertCycle("Cycle is detected in revisions (a, b, c)", rev("a", "c"), rev("b", "a"), rev("c", "b"));
            assertCycle("Cycle is detected in revisions (a, b, c)", rev("a", "c"), rev("b", "a"), rev("c", "b"),
                    rev("d"), rev("e", "d"));
            assertCycle("Cycle is detected in revisions (a, b, c, d, e)", rev("a", "c"), rev("b", "a"), rev("c", "b"),
                    rev("d", "c"), rev("e", "d"));
            assertCycle("Cycle is detected in revisions (a, b, c, d, e)", rev("a"), rev("b", "a"), rev("c", "b", "e"),
                    rev("d", "c"), rev("e", "d"));
        }

        /** With no head or no base left Alembic names every revision, in load order. */
        @Test
        void cycleWithoutAnyHeadListsTheMapInLoadOrder() {
            assertCycle("Cycle is detected in revisions (c, a, b)", rev("c", "b"), rev("a", "c"), rev("b", "a"));
        }

        @Test
        void cycleThroughDependencies() {
            assertCycle("Dependency cycle is detected in revisions (a, b, c)", rev("a").withDependsOn("c"),
                    rev("b", "a"), rev("c", "b"));
            assertCycle("Dependency cycle is detected in revisions (a, b, c)", rev("a").withDependsOn("c"),
                    rev("b", "a"), rev("c", "b"), rev("d"), rev("e", "d"));
            assertCycle("Dependency cycle is detected in revisions (a, b, c, d, e)", rev("a").withDependsOn("c"),
                    rev("b", "a"), rev("c", "b"), rev("d", "c"), rev("e", "d"));
            assertCycle("Dependency cycle is detected in revisions (a, b, c, d, e)", rev("a"), rev("b", "a"),
                    rev("c", "b").withDependsOn("e"), rev("d", "c"), rev("e", "d"));
        }

        /**
         * Deliberate difference (reference §2.10 gap): b2 depends on a2, which descends from b2; every
         * revision stays reachable from a real head and a real base, so Alembic accepts the graph and then
         * upgrades b2 before a2. migrate finds the cycle.
         */
        @Test
        void reachableDependencyCycleIsFound_deliberateDifference() {
            assertCycle("Dependency cycle is detected in revisions (a2, b2)", rev("base"),
                    rev("b2", "base").withDependsOn("a2"), rev("a2", "b2"), rev("c", "a2"));
        }

        private void assertCycle(String message, Revision... revisions) {
            assertThatThrownBy(() -> graph(revisions)).isInstanceOf(MigrateException.class).hasMessage(message);
        }
    }

    @Test
    void illegalCharactersInAnId() {
        assertThatThrownBy(() -> graph(rev("a-b"))).isInstanceOf(MigrateException.class)
                .hasMessage("Character(s) '-' not allowed in revision identifier 'a-b'");
        assertThatThrownBy(() -> graph(rev("a@b+c"))).isInstanceOf(MigrateException.class)
                .hasMessage("Character(s) '+, @' not allowed in revision identifier 'a@b+c'");
    }

    /**
     * Deliberate difference: beyond Alembic's {@code @-+:} rule, ids are limited to letters, digits and
     * underscores, at most 255 characters (Revision's contract), so every id is a safe file name and
     * version-table value.
     */
    @Test
    void idsAreLettersDigitsAndUnderscores_deliberateDifference() {
        assertThatThrownBy(() -> graph(rev("a.b"))).isInstanceOf(MigrateException.class)
                .hasMessage("Revision identifier 'a.b' is not valid; use 1 to 255 letters, digits or underscores");
        assertThat(graph(rev("A_1")).heads()).containsExactly("A_1");
    }

    /**
     * Deliberate differences (reference §2.10): Alembic warns and keeps the later file for a duplicate id,
     * and warns then crashes with a KeyError for a missing parent or dependency. migrate refuses the graph
     * and says which file to fix.
     */
    @Nested
    class BrokenReferences_deliberateDifference {

        @Test
        void duplicateId() {
            Revision first = new Revision("a2", List.of(), List.of(), List.of(), "", null, "versions/a2_one.sql");
            Revision second = new Revision("a2", List.of(), List.of(), List.of(), "", null, "versions/a2_two.sql");
            assertThatThrownBy(() -> RevisionGraph.of(List.of(first, second))).isInstanceOf(MigrateException.class)
                    .hasMessageStartingWith("Revision a2 is present more than once: in versions/a2_one.sql and in "
                            + "versions/a2_two.sql");
        }

        @Test
        void missingParent() {
            assertThatThrownBy(() -> graph(rev("a1"), rev("a2", "zz99"))).isInstanceOf(MigrateException.class)
                    .hasMessageStartingWith("Revision zz99 referenced from a2 (a2) is not present");
        }

        @Test
        void missingDependency() {
            assertThatThrownBy(() -> graph(rev("a1"), rev("a2", "a1").withDependsOn("nope")))
                    .isInstanceOf(MigrateException.class)
                    .hasMessageStartingWith("Revision a2 (a2) depends on 'nope', which is not present");
        }

        /** A partial id is not resolved when the graph loads (Alembic: KeyError); the revision command writes full ids. */
        @Test
        void dependencyByPartialIdIsNotResolved() {
            assertThatThrownBy(() -> graph(rev("abcdef12"), rev("x").withDependsOn("abcd")))
                    .hasMessageStartingWith("Revision x (x) depends on 'abcd', which is not present");
        }
    }

    @Nested
    class Structure {

        @Test
        void headsAndBasesInLoadOrder() {
            RevisionGraph graph = graph(rev("a"), rev("b", "a"), rev("c1", "b"), rev("c2", "b"), rev("d1", "c1"),
                    rev("x"));
            assertThat(graph.heads()).containsExactly("c2", "d1", "x");
            assertThat(graph.bases()).containsExactly("a", "x");
            assertThat(graph.info("b").branchPoint()).isTrue();
            assertThat(graph.info("b").children()).containsExactly("c1", "c2");
            assertThat(graph.info("d1").head()).isTrue();
            assertThat(graph.branchPoints()).containsExactly("b");
        }

        /** Scenario 14: a revision only depended upon is a head but not a real head. */
        @Test
        void effectiveHeads() {
            RevisionGraph graph = RevisionGraph.of(map(rev("base1").withBranchLabels("b_1"), rev("a1a", "base1"),
                    rev("a1b", "base1"), rev("b1a", "a1a"), rev("b1b", "a1b").withDependsOn("a3"),
                    rev("base2").withBranchLabels("b_2"), rev("a2", "base2"), rev("b2", "a2"),
                    rev("c2", "b2").withDependsOn("a3"), rev("d2", "c2"), rev("base3").withBranchLabels("b_3"),
                    rev("a3", "base3"), rev("b3", "a3")).nodes.stream().map(n -> n.revision).toList());
            assertThat(graph.heads()).containsExactly("b1a", "b1b", "d2", "b3");
            assertThat(graph.realHeads()).containsExactly("b1a", "b1b", "d2", "b3");
            RevisionGraph effective = graph(rev("x1"), rev("y1").withDependsOn("x1"), rev("x2"),
                    rev("y2", "x2").withDependsOn("x1"));
            assertThat(effective.heads()).containsExactly("x1", "y1", "y2");
            assertThat(effective.realHeads()).containsExactly("y1", "y2");
            assertThat(effective.info("x1").dependencies()).isEmpty();
            assertThat(effective.info("y2").dependencies()).containsExactly("x1");
            assertThat(effective.info("y2").mergePoint()).isFalse();
        }

        @Test
        void mergePoint() {
            RevisionGraph graph = graph(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("c", "b1", "b2"));
            assertThat(graph.info("c").mergePoint()).isTrue();
            assertThat(graph.info("a").mergePoint()).isFalse();
            assertThat(graph.heads()).containsExactly("c");
        }

        /** Alembic's APITest add_revision cases, as a map loaded with the extra revision last. */
        @Test
        void headsAfterAnotherRevision() {
            assertThat(graph(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "c")).heads()).containsExactly("d");
            assertThat(graph(rev("a"), rev("b", "a"), rev("c1", "b"), rev("c2", "b"), rev("d1", "c1")).heads())
                    .containsExactly("c2", "d1");
        }
    }

    /** Reference §2.4 (RevisionMap._add_branches). */
    @Nested
    class LabelPropagation {

        @Test
        void labelCoversDescendantsAndAncestorsOfAPlainLine() {
            RevisionGraph graph = graph(rev("a"), rev("b", "a"), rev("c", "b").withBranchLabels("lib"), rev("d", "c"));
            for (String id : List.of("a", "b", "c", "d")) {
                assertThat(graph.info(id).branchLabels()).as(id).containsExactly("lib");
            }
        }

        @Test
        void ancestorsStopBeforeTheBranchPoint() {
            RevisionGraph graph = graph(rev("a"), rev("b", "a"), rev("c1", "b").withBranchLabels("lib"),
                    rev("d1", "c1"), rev("c2", "b"));
            assertThat(graph.info("c1").branchLabels()).containsExactly("lib");
            assertThat(graph.info("d1").branchLabels()).containsExactly("lib");
            assertThat(graph.info("b").branchLabels()).isEmpty();
            assertThat(graph.info("c2").branchLabels()).isEmpty();
        }

        @Test
        void ancestorsStopAtAMergePoint() {
            RevisionGraph graph = graph(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("m", "b1", "b2"),
                    rev("n", "m").withBranchLabels("lib"));
            assertThat(graph.info("n").branchLabels()).containsExactly("lib");
            assertThat(graph.info("m").branchLabels()).isEmpty();
        }

        @Test
        void labeledRevisionWithABranchAboveItLabelsNoAncestor() {
            RevisionGraph graph = graph(rev("a"), rev("b", "a").withBranchLabels("lib"), rev("c1", "b"),
                    rev("c2", "b"));
            assertThat(graph.info("c1").branchLabels()).containsExactly("lib");
            assertThat(graph.info("c2").branchLabels()).containsExactly("lib");
            assertThat(graph.info("a").branchLabels()).isEmpty();
        }

        /** A dependent counts as a branch: a revision others depend on is a "real" branch point. */
        @Test
        void dependentMakesARealBranchPoint() {
            RevisionGraph graph = graph(rev("a"), rev("b", "a").withBranchLabels("lib"), rev("x").withDependsOn("a"));
            assertThat(graph.info("b").branchLabels()).containsExactly("lib");
            assertThat(graph.info("a").branchLabels()).isEmpty();
            assertThat(graph.info("x").branchLabels()).isEmpty();
        }

        @Test
        void labelsDoNotFollowDependencies() {
            RevisionGraph graph = graph(rev("a").withBranchLabels("lib"), rev("b", "a"),
                    rev("x"), rev("y", "x").withDependsOn("b"));
            assertThat(graph.info("b").branchLabels()).containsExactly("lib");
            assertThat(graph.info("y").branchLabels()).isEmpty();
        }
    }

    /** Reference §2.2 (NormalizedDownRevTest). */
    @Test
    void dependencyAlreadyDeclaredByAnAncestorIsNormalizedAway() {
        RevisionMap map = map(rev("a1"), rev("a2", "a1"), rev("a3", "a2"), rev("b1"),
                rev("b2", "b1").withDependsOn("a3"), rev("b3", "b2"), rev("b4", "b3").withDependsOn("a3"),
                rev("b5", "b4").withDependsOn("b4"));
        Node b4 = map.getRevision("b4");
        assertThat(RevisionMap.ids(b4.allDown)).containsExactly("b3", "a3");
        assertThat(RevisionMap.ids(b4.normalizedDown)).containsExactly("b3");
        Node b5 = map.getRevision("b5");
        assertThat(RevisionMap.ids(b5.allDown)).containsExactly("b4");
        assertThat(RevisionMap.ids(b5.normalizedDown)).containsExactly("b4");
    }
}
