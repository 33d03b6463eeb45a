package dev.migrate.revision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Small helpers shared by the revision-graph tests: building graphs and reading plans. */
final class Graphs {

    private Graphs() {
    }

    /** A revision with the given parents; chain {@code .withDependsOn} / {@code .withBranchLabels}. */
    static Revision rev(String id, String... parents) {
        return Revision.of(id, parents);
    }

    static RevisionGraph graph(Revision... revisions) {
        return RevisionGraph.of(List.of(revisions));
    }

    static RevisionMap map(Revision... revisions) {
        return map(List.of(revisions));
    }

    static RevisionMap map(List<Revision> revisions) {
        return new RevisionMap(GraphBuilder.build(revisions));
    }

    /** Alembic's iterate_revisions, newest first, as ids. */
    static List<String> iterate(RevisionMap map, Object upper, Object lower, boolean inclusive, boolean implicitBase,
            boolean selectForDowngrade) {
        return RevisionMap.ids(map.iterate(upper, lower, implicitBase, inclusive, true, selectForDowngrade,
                new ArrayList<>()));
    }

    static List<String> rows(String... ids) {
        return List.of(ids);
    }

    /** The revision ids of the plan's steps, in execution order. */
    static List<String> order(Plan plan) {
        return plan.steps().stream().map(s -> s.revision() == null ? null : s.revision().id()).toList();
    }

    /** The version rows after each step, replaying the plan's writes on the start rows (sorted per step). */
    static List<Set<String>> rowsAfterEachStep(Plan plan) {
        Set<String> rows = new LinkedHashSet<>(plan.startHeads());
        List<Set<String>> result = new ArrayList<>();
        for (Step step : plan.steps()) {
            for (VersionChange change : step.versionChanges()) {
                apply(rows, change);
            }
            result.add(new TreeSet<>(rows));
        }
        return result;
    }

    /** Applies one write like the version table would, failing on a write that matches no row. */
    static void apply(Set<String> rows, VersionChange change) {
        if (change instanceof VersionChange.Insert insert) {
            if (!rows.add(insert.revision())) {
                throw new AssertionError("duplicate row " + insert.revision());
            }
        } else if (change instanceof VersionChange.Update update) {
            if (!rows.remove(update.from()) || !rows.add(update.to())) {
                throw new AssertionError("bad update " + update);
            }
        } else if (change instanceof VersionChange.Delete delete) {
            if (!rows.remove(delete.revision())) {
                throw new AssertionError("missing row " + delete.revision());
            }
        }
    }

    static Set<String> set(String... ids) {
        return new TreeSet<>(Arrays.asList(ids));
    }

    static VersionChange insert(String id) {
        return new VersionChange.Insert(id);
    }

    static VersionChange update(String from, String to) {
        return new VersionChange.Update(from, to);
    }

    static VersionChange delete(String id) {
        return new VersionChange.Delete(id);
    }

    /** Sorted ids joined by commas, {@code -} when empty: the notation of the recorded Alembic runs. */
    static String joinSorted(Set<String> ids) {
        return ids.isEmpty() ? "-" : String.join(",", new TreeSet<>(ids));
    }

    /**
     * Alembic's {@code _upgrade_revs} for a target RevisionGraph cannot spell as one string (a tuple of
     * revisions): the same iterate call and row bookkeeping as {@link RevisionGraph#upgrade}.
     */
    static Plan upgradeTo(RevisionMap map, List<String> rows, Object target) {
        List<Node> order = new ArrayList<>(map.iterate(target, List.copyOf(rows), true, false, true, false,
                new ArrayList<>()));
        java.util.Collections.reverse(order);
        HeadMaintainer maintainer = new HeadMaintainer(map, rows);
        List<Step> steps = new ArrayList<>();
        for (Node node : order) {
            steps.add(maintainer.upgrade(node));
        }
        return new Plan(steps, rows, maintainer.heads(), List.of());
    }
}
