package dev.migrate.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sanity at the sizes of reference §8 (Alembic: ~120 s to downgrade 10,000 revisions, quadratic).
 * Only correctness is asserted, never time: these must simply finish, and a quadratic regression shows
 * up as a test run that takes minutes.
 */
class GraphScaleTest {

    @Test
    void linearGraphOfTenThousandRevisions() {
        List<Revision> revisions = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            revisions.add(i == 0 ? Revision.of(id(i)) : Revision.of(id(i), id(i - 1)));
        }
        RevisionGraph graph = RevisionGraph.of(revisions);
        assertThat(graph.heads()).containsExactly("r09999");
        assertThat(graph.bases()).containsExactly("r00000");

        Plan up = graph.upgrade(List.of(), "heads");
        assertThat(up.steps()).hasSize(10_000);
        assertThat(Graphs.order(up).get(0)).isEqualTo("r00000");
        assertThat(Graphs.order(up).get(9_999)).isEqualTo("r09999");
        assertThat(up.steps().get(0).versionChanges()).containsExactly(new VersionChange.Insert("r00000"));
        assertThat(up.steps().get(5_000).versionChanges())
                .containsExactly(new VersionChange.Update("r04999", "r05000"));
        assertThat(up.endHeads()).containsExactly("r09999");

        Plan down = graph.downgrade(up.endHeads(), "base");
        assertThat(down.steps()).hasSize(10_000);
        assertThat(Graphs.order(down).get(0)).isEqualTo("r09999");
        assertThat(Graphs.order(down).get(9_999)).isEqualTo("r00000");
        assertThat(down.steps().get(9_999).versionChanges()).containsExactly(new VersionChange.Delete("r00000"));
        assertThat(down.endHeads()).isEmpty();

        assertThat(graph.history(null, null, List.of())).hasSize(10_000);
        assertThat(graph.upgrade(up.endHeads(), "heads").steps()).isEmpty();
    }

    /**
     * 300 blocks of ten: a revision on the main line, two branches of four from it, and their merge,
     * which the next block continues from: 3,000 revisions, a merge every ten.
     */
    @Test
    void threeThousandRevisionsWithAMergeEveryTen() {
        List<Revision> revisions = new ArrayList<>();
        String previousMerge = null;
        for (int block = 0; block < 300; block++) {
            String start = "s" + block;
            revisions.add(previousMerge == null ? Revision.of(start) : Revision.of(start, previousMerge));
            String left = start;
            String right = start;
            for (int i = 1; i <= 4; i++) {
                revisions.add(Revision.of("l" + block + "_" + i, left));
                left = "l" + block + "_" + i;
                revisions.add(Revision.of("r" + block + "_" + i, right));
                right = "r" + block + "_" + i;
            }
            previousMerge = "m" + block;
            revisions.add(Revision.of(previousMerge, left, right));
        }
        RevisionGraph graph = RevisionGraph.of(revisions);
        assertThat(graph.size()).isEqualTo(3_000);
        assertThat(graph.heads()).containsExactly("m299");

        Plan up = graph.upgrade(List.of(), "heads");
        List<String> order = Graphs.order(up);
        assertThat(order).hasSize(3_000).doesNotHaveDuplicates();
        assertThat(order.get(0)).isEqualTo("s0");
        assertThat(order.get(2_999)).isEqualTo("m299");
        // within each block: one branch, then the other, then the merge
        assertThat(order.subList(0, 10)).containsExactly("s0", "r0_1", "r0_2", "r0_3", "r0_4", "l0_1", "l0_2",
                "l0_3", "l0_4", "m0");
        long inserts = up.steps().stream().flatMap(s -> s.versionChanges().stream())
                .filter(c -> c instanceof VersionChange.Insert).count();
        assertThat(inserts).isEqualTo(1 + 300);
        assertThat(Graphs.rowsAfterEachStep(up)).allSatisfy(rows -> assertThat(rows.size()).isBetween(1, 2));
        assertThat(up.endHeads()).containsExactly("m299");

        Plan down = graph.downgrade(up.endHeads(), "base");
        List<String> downOrder = Graphs.order(down);
        assertThat(downOrder).hasSize(3_000);
        assertThat(downOrder.get(0)).isEqualTo("m299");
        assertThat(downOrder.get(2_999)).isEqualTo("s0");
        assertThat(downOrder.subList(0, 10)).containsExactly("m299", "l299_4", "l299_3", "l299_2", "l299_1",
                "r299_4", "r299_3", "r299_2", "r299_1", "s299");
        assertThat(down.endHeads()).isEmpty();
    }

    private static String id(int i) {
        return String.format("r%05d", i);
    }
}
