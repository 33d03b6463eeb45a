package dev.migrate.revision;

import static dev.migrate.revision.Graphs.graph;
import static dev.migrate.revision.Graphs.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@code revision} and {@code merge} ask of the graph (scenario 21, test_command.py RevisionTest,
 * ScriptDirectory.generate_revision): the parents of a new revision, its dependencies, its id, and
 * the "database is up to date" guard of autogenerate.
 */
class NewRevisionTest {

    final RevisionGraph twoHeads = graph(rev("ae1027a6acf"), rev("bbbb2222", "ae1027a6acf"),
            rev("c1", "bbbb2222").withBranchLabels("lib"), rev("c2", "bbbb2222"));

    @Test
    void newRevisionWithTwoHeadsNeedsAHeadOrAMerge() {
        assertThatThrownBy(() -> twoHeads.parentsForNewRevision(null, false)).isInstanceOf(MigrateException.class)
                .hasMessage("Multiple heads are present; please specify the head revision on which the new revision "
                        + "should be based, or perform a merge.");
        assertThatThrownBy(() -> twoHeads.parentsForNewRevision(List.of(), false))
                .hasMessageStartingWith("Multiple heads are present; please specify the head revision");
    }

    @Test
    void parentsBySymbol() {
        assertThat(graph(rev("a"), rev("b", "a")).parentsForNewRevision(null, false)).containsExactly("b");
        assertThat(twoHeads.parentsForNewRevision(List.of("base"), false)).isEmpty();
        assertThat(twoHeads.parentsForNewRevision(List.of("lib@head"), false)).containsExactly("c1");
        assertThat(twoHeads.parentsForNewRevision(List.of("c2"), false)).containsExactly("c2");
        assertThat(twoHeads.parentsForNewRevision(List.of("heads"), false)).containsExactly("c1", "c2");
        assertThat(twoHeads.parentsForNewRevision(List.of("c2", "c1"), false)).containsExactly("c2", "c1");
    }

    @Test
    void nonHeadNeedsSplice() {
        assertThatThrownBy(() -> twoHeads.parentsForNewRevision(List.of("bbbb"), false))
                .isInstanceOf(MigrateException.class).hasMessage("Revision bbbb2222 is not a head revision; please "
                        + "specify --splice to create a new branch from this revision");
        assertThat(twoHeads.parentsForNewRevision(List.of("bbbb"), true)).containsExactly("bbbb2222");
    }

    @Test
    void sameHeadTwice() {
        assertThatThrownBy(() -> twoHeads.parentsForNewRevision(List.of("c1", "lib@head"), false))
                .isInstanceOf(MigrateException.class).hasMessage("Duplicate head revisions specified");
    }

    /** Partial ids become full ids, branch labels stay labels (test_create_rev_depends_on_*). */
    @Test
    void dependencies() {
        assertThat(twoHeads.resolveDependsOn(List.of("ae10", "lib", "bbbb2222")))
                .containsExactly("ae1027a6acf", "lib", "bbbb2222");
        assertThatThrownBy(() -> twoHeads.resolveDependsOn(List.of("invalid"))).isInstanceOf(MigrateException.class)
                .hasMessage("Can't locate revision identified by 'invalid'");
    }

    @Test
    void newRevisionIds() {
        twoHeads.checkNewRevisionId("d1");
        assertThatThrownBy(() -> twoHeads.checkNewRevisionId("a-b")).isInstanceOf(MigrateException.class)
                .hasMessage("Character(s) '-' not allowed in revision identifier 'a-b'");
    }

    /**
     * Deliberate difference (reference §2.10): Alembic writes a second file for {@code --rev-id} of an
     * existing revision and its map breaks afterwards; migrate refuses the id.
     */
    @Test
    void existingIdOrLabelIsRefused_deliberateDifference() {
        assertThatThrownBy(() -> twoHeads.checkNewRevisionId("c1")).isInstanceOf(MigrateException.class)
                .hasMessage("Revision c1 already exists (c1); choose another --rev-id");
        assertThatThrownBy(() -> twoHeads.checkNewRevisionId("lib"))
                .hasMessage("'lib' is already a branch label of revision c1; choose another --rev-id");
    }

    /** The autogenerate guard: "Target database is not up to date." until every real head is applied. */
    @Test
    void upToDateOnlyAtEveryHeadAndAfterTheMergeIsApplied() {
        assertThat(twoHeads.isUpToDate(List.of("c1"))).isFalse();
        assertThat(twoHeads.isUpToDate(List.of("c1", "c2"))).isTrue();
        RevisionGraph merged = graph(rev("ae1027a6acf"), rev("bbbb2222", "ae1027a6acf"), rev("c1", "bbbb2222"),
                rev("c2", "bbbb2222"), rev("m", "c1", "c2"));
        assertThat(merged.isUpToDate(List.of("c1", "c2"))).isFalse();
        Plan applyMerge = merged.upgrade(List.of("c1", "c2"), "heads");
        assertThat(merged.isUpToDate(applyMerge.endHeads())).isTrue();
        assertThat(graph().isUpToDate(List.of())).isTrue();
    }
}
