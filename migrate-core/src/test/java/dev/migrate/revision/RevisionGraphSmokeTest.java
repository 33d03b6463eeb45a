package dev.migrate.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionGraphSmokeTest {

    @Test
    void diamondIteratesNewestFirstAndUpgradesInReverse() {
        RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("a"), Revision.of("b1", "a"),
                Revision.of("b2", "a"), Revision.of("c", "b1", "b2"), Revision.of("d", "c")));
        assertThat(graph.history(null, null, List.of())).extracting(Revision::id)
                .containsExactly("d", "c", "b1", "b2", "a");
        Plan plan = graph.upgrade(List.of(), "head");
        assertThat(plan.steps()).extracting(s -> s.revision().id()).containsExactly("a", "b2", "b1", "c", "d");
        assertThat(plan.endHeads()).containsExactly("d");
        Plan down = graph.downgrade(List.of("d"), "base");
        assertThat(down.steps()).extracting(s -> s.revision().id()).containsExactly("d", "c", "b1", "b2", "a");
        assertThat(down.endHeads()).isEmpty();
    }

    @Test
    void aHistoryRangeJoinedOnlyByADependencyIsAClearErrorWhereAlembicAsserts() {
        RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("acct0001"), Revision.of("acct0002", "acct0001"),
                Revision.of("shop0001"), Revision.of("shop0002", "shop0001").withDependsOn("acct0002")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> graph.history("acct0002", "shop0002", List.of()))
                .isInstanceOf(dev.migrate.MigrateException.class)
                .hasMessage("Requested range acct0002:shop0002 does not refer to ancestor/descendant revisions "
                        + "along the same branch");
    }

    @Test
    void mergedPathWritesAlembicRows() {
        RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("a"), Revision.of("b", "a"),
                Revision.of("c1", "b"), Revision.of("d1", "c1"), Revision.of("c2", "b").withBranchLabels("c2branch"),
                Revision.of("d2", "c2"), Revision.of("e", "d1", "d2"), Revision.of("f", "e")));
        Plan plan = graph.upgrade(List.of("b"), "f");
        assertThat(plan.steps()).extracting(s -> s.revision().id()).containsExactly("c2", "d2", "c1", "d1", "e", "f");
        List<VersionChange> atE = plan.steps().get(4).versionChanges();
        assertThat(atE).containsExactly(new VersionChange.Delete("d1"), new VersionChange.Update("d2", "e"));
        Plan down = graph.downgrade(List.of("f"), "b");
        assertThat(down.steps()).extracting(s -> s.revision().id()).containsExactly("f", "e", "d1", "c1", "d2", "c2");
        assertThat(down.endHeads()).containsExactly("b");
        List<String> all = new ArrayList<>();
        down.steps().forEach(s -> all.add(s.describe() + " " + s.versionChanges()));
        assertThat(all.get(1)).contains("Insert[revision=d1]", "Update[from=e, to=d2]");
    }
}
