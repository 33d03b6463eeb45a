package dev.migrate.revision;

import static dev.migrate.revision.Graphs.graph;
import static dev.migrate.revision.Graphs.iterate;
import static dev.migrate.revision.Graphs.map;
import static dev.migrate.revision.Graphs.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The target grammar (reference §1.3): ids, partial ids, {@code head}, {@code heads}, {@code base},
 * branch labels, {@code label@head/@heads/@base/@rev}, {@code rev@head}, and the errors for each
 * (§1.4). Cases from Alembic's test_revision.py APITest and LabeledBranchTest (scenario 6).
 */
class TargetResolutionTest {

    @Nested
    class HeadAndBase {

        final RevisionMap single = map(rev("a"), rev("b", "a"), rev("c", "b"));
        final RevisionMap twoHeads = map(rev("a"), rev("b", "a"), rev("c1", "b"), rev("c2", "b"));

        @Test
        void headIsTheSingleHead() {
            assertThat(single.getRevision("head").id).isEqualTo("c");
        }

        @Test
        void baseIsNothing() {
            assertThat(single.getRevision("base")).isNull();
            assertThat(single.getRevisions("base")).isEmpty();
            assertThat(map(rev("a"), rev("b", "a"), rev("c"), rev("d", "c")).getRevision("base")).isNull();
        }

        @Test
        void headWithSeveralHeadsIsAnError() {
            assertThatThrownBy(() -> twoHeads.getRevision("head")).isInstanceOf(RevisionError.MultipleHeads.class)
                    .hasMessageStartingWith("Multiple heads are present");
            assertThatThrownBy(() -> twoHeads.getRevisions("head")).isInstanceOf(RevisionError.MultipleHeads.class)
                    .hasMessageStartingWith("Multiple heads are present");
            assertThatThrownBy(() -> twoHeads.getRevision("heads")).isInstanceOf(RevisionError.MultipleHeads.class)
                    .hasMessageStartingWith("Multiple heads are present");
        }

        @Test
        void headsNamesEveryHead() {
            assertThat(RevisionMap.ids(twoHeads.getRevisions("heads"))).containsExactly("c1", "c2");
        }

        /** Reference §1.4: the message {@code upgrade head} prints with two heads. */
        @Test
        void upgradeHeadWithSeveralHeadsSaysHowToNarrowIt() {
            RevisionGraph graph = graph(rev("a"), rev("b", "a"), rev("c1", "b"), rev("c2", "b"));
            assertThatThrownBy(() -> graph.upgrade(List.of(), "head")).isInstanceOf(MigrateException.class)
                    .hasMessage("Multiple head revisions are present for given argument 'head'; please specify a "
                            + "specific target revision, '<branchname>@head' to narrow to a specific head, or 'heads' "
                            + "for all heads");
            assertThat(Graphs.order(graph.upgrade(List.of(), "heads"))).containsExactly("a", "b", "c2", "c1");
        }

        /** {@code heads} as a target means the real heads: a head only depended upon is left out. */
        @Test
        void headsAsATargetLeavesOutEffectiveHeads() {
            RevisionGraph graph = graph(rev("x1"), rev("y1").withDependsOn("x1"));
            assertThat(graph.heads()).containsExactly("x1", "y1");
            assertThat(graph.realHeads()).containsExactly("y1");
            assertThat(graph.resolve("heads")).extracting(Revision::id).containsExactly("y1");
            assertThat(graph.info("x1").effectiveHead()).isTrue();
            assertThat(graph.info("y1").effectiveHead()).isFalse();
        }
    }

    /** Scenario 6 (LabeledBranchTest). */
    @Nested
    class Labels {

        final RevisionMap map = map(rev("a").withBranchLabels("abranch"), rev("b", "a"), rev("somelongername", "b"),
                rev("c", "somelongername"), rev("d"), rev("e", "d").withBranchLabels("ebranch"),
                rev("someothername", "e"), rev("f", "someothername"));

        @Test
        void labelAtHeadAndBase() {
            assertThat(map.getRevision("abranch@head").id).isEqualTo("c");
            assertThat(map.getRevision("ebranch@head").id).isEqualTo("f");
            assertThat(map.getRevision("abranch@base")).isNull();
            assertThat(map.getRevision("abranch@heads").id).isEqualTo("c");
        }

        @Test
        void labelAtRevision() {
            assertThat(map.getRevision("ebranch@d").id).isEqualTo("d");
            assertThat(map.getRevision("ebranch@ebranch").id).isEqualTo("e");
        }

        @Test
        void labelAloneNamesItsRevision() {
            assertThat(map.getRevision("abranch").id).isEqualTo("a");
            assertThat(map.getRevision("ebranch").id).isEqualTo("e");
        }

        @Test
        void partialIdWithinALabel() {
            assertThat(map.getRevision("ebranch@some").id).isEqualTo("someothername");
            assertThat(map.getRevision("abranch@some").id).isEqualTo("somelongername");
        }

        @Test
        void partialIdTooShortWithinALabel() {
            assertThatThrownBy(() -> map.getRevision("ebranch@sos")).isInstanceOf(RevisionError.Resolution.class)
                    .hasMessage("No such revision or branch 'sos'; please ensure at least four characters are "
                            + "present for partial revision identifier matches");
        }

        @Test
        void revisionOutsideTheLabelsLineage() {
            assertThatThrownBy(() -> map.getRevision("ebranch@b"))
                    .hasMessage("Revision b is not a member of branch 'ebranch'");
            assertThatThrownBy(() -> map.getRevision("abranch@d"))
                    .hasMessage("Revision d is not a member of branch 'abranch'");
        }

        @Test
        void noSuchRevisionWithinALabel() {
            assertThatThrownBy(() -> map.getRevision("abranch@qprstuv"))
                    .hasMessage("No such revision or branch 'qprstuv'");
            assertThatThrownBy(() -> map.getRevision("abranch@qpr")).hasMessage("No such revision or branch 'qpr'; "
                    + "please ensure at least four characters are present for partial revision identifier matches");
        }

        @Test
        void noSuchBranch() {
            assertThatThrownBy(() -> map.getRevision("x@d")).isInstanceOf(RevisionError.Resolution.class)
                    .hasMessage("No such branch: 'x'");
        }

        @Test
        void shortExactIdResolves() {
            assertThat(map.getRevision("e").id).isEqualTo("e");
        }

        /** {@code e@d}: e is a revision, not a label; it still narrows to its lineage. */
        @Test
        void revisionUsedAsALabel() {
            assertThat(map.getRevision("e@d").id).isEqualTo("d");
            assertThat(map.getRevision("someoth@d").id).isEqualTo("d");
            assertThat(map.getRevision("someothername@head").id).isEqualTo("f");
        }

        @Test
        void baseRevisionsOfALineage() {
            assertThat(RevisionMap.ids(map.filterForLineage(map.bases, "somelongername@base", false)))
                    .containsExactly("a");
            assertThat(RevisionMap.ids(map.filterForLineage(map.bases, "base", false))).containsExactly("a", "d");
            assertThat(RevisionMap.ids(map.filterForLineage(List.of(map.getRevision("f")), "heads", false)))
                    .containsExactly("f");
        }

        @Test
        void iteratingWithLabels() {
            assertThat(iterate(map, "heads", "ebranch@base", true, false, false))
                    .containsExactly("f", "someothername", "e", "d");
            assertThat(iterate(map, "heads", "abranch@base", true, false, false))
                    .containsExactly("c", "somelongername", "b", "a");
            assertThat(iterate(map, "ebranch@head", "base", true, false, false))
                    .containsExactly("f", "someothername", "e", "d");
            assertThat(iterate(map, "abranch@head", "base", true, false, false))
                    .containsExactly("c", "somelongername", "b", "a");
            assertThat(iterate(map, "heads", "ebranch@head", true, false, false)).containsExactly("f");
            assertThat(iterate(map, "heads", "ebranch@d", true, false, false))
                    .containsExactly("f", "someothername", "e", "d");
            assertThat(iterate(map, "heads", "e@base", true, false, false))
                    .containsExactly("f", "someothername", "e", "d");
            assertThat(iterate(map, "heads", "c@base", true, false, false))
                    .containsExactly("c", "somelongername", "b", "a");
        }

        @Test
        void relativeWithALabel() {
            assertThat(iterate(map, "heads", "ebranch@-2", true, false, false))
                    .containsExactly("f", "someothername", "e");
            assertThat(iterate(map, "ebranch@+2", "base", true, false, false)).containsExactly("e", "d");
        }

        @Test
        void lineageOfALabelCrossesAMerge() {
            RevisionMap merged = map(rev("a"), rev("b", "a"), rev("c1", "b").withBranchLabels("c1branch"),
                    rev("c2", "b"), rev("d", "c1", "c2"));
            List<Node> nodes = List.of(merged.getRevision("c1"), merged.getRevision("c2"), merged.getRevision("d"));
            assertThat(RevisionMap.ids(merged.filterForLineage(nodes, "c1branch@head", false)))
                    .containsExactly("c1", "c2", "d");
        }
    }

    @Nested
    class PartialIds {

        final RevisionGraph graph = graph(rev("ae1027a6acf"), rev("cccc3331", "ae1027a6acf"),
                rev("cccc3332", "ae1027a6acf"), rev("bbb"));

        @Test
        void uniquePrefixOfALongIdResolvesEvenWithThreeCharacters() {
            assertThat(graph.resolve("ae1")).extracting(Revision::id).containsExactly("ae1027a6acf");
            assertThat(graph.resolve("ae10")).extracting(Revision::id).containsExactly("ae1027a6acf");
            assertThat(graph.resolve("cccc3331")).extracting(Revision::id).containsExactly("cccc3331");
        }

        /** Only ids longer than three characters take part in prefix matching. */
        @Test
        void shortIdsAreOnlyMatchedExactly() {
            assertThat(graph.resolve("bbb")).extracting(Revision::id).containsExactly("bbb");
            assertThatThrownBy(() -> graph.resolve("bb")).isInstanceOf(MigrateException.class)
                    .hasMessageStartingWith("Can't locate revision identified by 'bb'");
        }

        @Test
        void unknownRevision() {
            assertThatThrownBy(() -> graph.upgrade(List.of(), "zzzz9999")).isInstanceOf(MigrateException.class)
                    .hasMessage("Can't locate revision identified by 'zzzz9999'");
        }

        @Test
        void ambiguousPrefixInTheMap() {
            RevisionMap map = map(rev("cccc3331"), rev("cccc3332", "cccc3331"), rev("cccc3333", "cccc3332"),
                    rev("cccc3334", "cccc3333"));
            assertThatThrownBy(() -> map.getRevision("cccc")).isInstanceOf(RevisionError.Resolution.class)
                    .hasMessage("Multiple revisions start with 'cccc': 'cccc3331', 'cccc3332', 'cccc3333'...");
        }

        /**
         * Deliberate difference: Alembic's command layer hides an ambiguous prefix behind "Can't locate
         * revision identified by 'cccc'"; migrate shows the real cause, which tells the user what to type.
         */
        @Test
        void ambiguousPrefixIsShownNotHidden_deliberateDifference() {
            assertThatThrownBy(() -> graph.upgrade(List.of(), "cccc")).isInstanceOf(MigrateException.class)
                    .hasMessage("Multiple revisions start with 'cccc': 'cccc3331', 'cccc3332'...");
        }

        /**
         * Deliberate difference: Alembic's command layer prints only "Can't locate revision identified by
         * 'qpr'" and drops the hint that its RevisionMap gives for prefixes under four characters.
         */
        @Test
        void shortUnknownPrefixKeepsTheHint_deliberateDifference() {
            assertThatThrownBy(() -> graph.resolve("qpr")).isInstanceOf(MigrateException.class)
                    .hasMessage("Can't locate revision identified by 'qpr'; please ensure at least four characters "
                            + "are present for partial revision identifier matches");
        }
    }

    /**
     * Deliberate difference: for {@code label@rev} outside the label's lineage and for an unknown label,
     * Alembic's command layer prints "Can't locate revision identified by 'b'" (or 'x'); migrate keeps
     * the RevisionMap's reason, which is what the user needs to fix the target.
     */
    @Test
    void labelMismatchIsExplained_deliberateDifference() {
        RevisionGraph graph = graph(rev("a").withBranchLabels("abranch"), rev("b", "a"), rev("d"),
                rev("e", "d").withBranchLabels("ebranch"));
        assertThatThrownBy(() -> graph.upgrade(List.of(), "ebranch@b")).isInstanceOf(MigrateException.class)
                .hasMessage("Revision b is not a member of branch 'ebranch'");
        assertThatThrownBy(() -> graph.upgrade(List.of(), "x@d")).isInstanceOf(MigrateException.class)
                .hasMessage("No such branch: 'x'");
        assertThat(Graphs.order(graph.upgrade(List.of(), "ebranch@e"))).containsExactly("d", "e");
    }

    @Test
    void labelAtHeadsNamesEveryHeadOfTheLineage() {
        RevisionGraph graph = graph(rev("a").withBranchLabels("lib"), rev("b1", "a"), rev("b2", "a"), rev("x"));
        assertThat(graph.resolve("lib@heads")).extracting(Revision::id).containsExactly("b1", "b2");
        assertThatThrownBy(() -> graph.resolve("lib@head")).isInstanceOf(MigrateException.class)
                .hasMessage("Multiple head revisions are present for given argument 'lib@head'; please specify a "
                        + "specific target revision, '<branchname>@lib@head' to narrow to a specific head, or 'heads' "
                        + "for all heads");
        assertThat(graph.resolve("b1@head")).extracting(Revision::id).containsExactly("b1");
    }
}
