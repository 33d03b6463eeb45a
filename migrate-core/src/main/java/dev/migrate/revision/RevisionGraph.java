package dev.migrate.revision;

import dev.migrate.MigrateException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The revision graph: Alembic's revision map with its exact semantics for heads, bases, branch
 * labels, dependencies, the target grammar and the order of upgrades and downgrades.
 *
 * <p>Built once from the revisions in load order (the order is Alembic's tie-breaker between
 * parallel branches) and validated on the way: cycles, missing parents and dependencies,
 * duplicate ids or labels and illegal characters are reported with Alembic's messages.
 * Instances are immutable and safe to share.
 */
public final class RevisionGraph {

    private final RevisionMap map;

    private RevisionGraph(RevisionMap map) {
        this.map = map;
    }

    /**
     * Builds and validates a graph.
     *
     * @param revisions the revisions in load order
     * @throws MigrateException when the graph is invalid
     */
    public static RevisionGraph of(List<Revision> revisions) {
        return new RevisionGraph(new RevisionMap(GraphBuilder.build(revisions)));
    }

    // ------------------------------------------------------------------ structure

    /** Every revision in load order. */
    public List<Revision> revisions() {
        return map.nodes.stream().map(n -> n.revision).toList();
    }

    /** The number of revisions. */
    public int size() {
        return map.nodes.size();
    }

    /** The revision with exactly this id. */
    public Optional<Revision> find(String id) {
        Node node = map.symbols.get(id);
        return node == null || !node.id.equals(id) ? Optional.empty() : Optional.of(node.revision);
    }

    /** Heads: revisions no other revision names as a parent, in load order ({@code migrate heads}). */
    public List<String> heads() {
        return RevisionMap.ids(map.heads);
    }

    /** Real heads: heads that nothing depends on either; what {@code heads} as a target means. */
    public List<String> realHeads() {
        return RevisionMap.ids(map.realHeads);
    }

    /** Bases: revisions without parents, in load order. */
    public List<String> bases() {
        return RevisionMap.ids(map.bases);
    }

    /** Structural facts about one revision, for display. */
    public RevisionInfo info(String id) {
        Node node = node(id);
        return new RevisionInfo(node.revision, node.isHead(), node.isRealHead(), node.isBranchPoint(),
                node.isMergePoint(), List.copyOf(node.branchLabels), RevisionMap.ids(node.next),
                RevisionMap.ids(node.resolvedDependencies));
    }

    private Node node(String id) {
        Node node = map.symbols.get(id);
        if (node == null || !node.id.equals(id)) {
            throw new MigrateException("Can't locate revision identified by '" + id + "'");
        }
        return node;
    }

    // ------------------------------------------------------------------ resolution

    /**
     * Every revision a symbol names ({@code show}): ids, unique prefixes, labels, {@code head},
     * {@code heads}, {@code label@head}, relative forms. {@code base} names none.
     */
    public List<Revision> resolve(String symbol) {
        return translate(Context.DEFAULT, () -> {
            List<Revision> found = new ArrayList<>();
            for (Node node : map.getRevisions(symbol)) {
                if (node != null) {
                    found.add(node.revision);
                }
            }
            return found;
        });
    }

    /** The current rows expanded to the head of each branch they imply, in load order. */
    public List<String> currentHeads(List<String> rows) {
        return translate(Context.DEFAULT, () -> RevisionMap.ids(map.allCurrent(rows)));
    }

    /** True when the rows are exactly the real heads: nothing left to upgrade. */
    public boolean isUpToDate(List<String> rows) {
        return new LinkedHashSet<>(rows).equals(new LinkedHashSet<>(realHeads()));
    }

    /** The revisions an upgrade from {@code rows} to the real heads would apply. */
    public List<String> pending(List<String> rows) {
        if (map.realHeads.isEmpty()) {
            return List.of();
        }
        return upgrade(rows, "heads").steps().stream().map(s -> s.revision().id()).toList();
    }

    // ------------------------------------------------------------------ plans

    /**
     * Plans {@code upgrade TARGET} from the given version rows: every unapplied ancestor and
     * dependency of the target, in Alembic's order, with the version-row writes of each step.
     */
    public Plan upgrade(List<String> rows, String target) {
        List<String> warnings = new ArrayList<>();
        Context context = new Context("Destination %(end)s is not a valid upgrade target from current head(s)",
                null, null, target);
        return translate(context, () -> {
            List<Node> order = map.iterate(target, List.copyOf(rows), true, false, true, false, warnings);
            Collections.reverse(order);
            HeadMaintainer maintainer = new HeadMaintainer(map, rows);
            List<Step> steps = new ArrayList<>(order.size());
            for (Node node : order) {
                steps.add(maintainer.upgrade(node));
            }
            return new Plan(steps, rows, maintainer.heads(), warnings);
        });
    }

    /**
     * Plans {@code downgrade TARGET} from the given version rows: every applied revision above
     * the target, dependents included, newest first.
     */
    public Plan downgrade(List<String> rows, String target) {
        List<String> warnings = new ArrayList<>();
        Context context = new Context("Destination %(end)s is not a valid downgrade target from current head(s)",
                null, null, target);
        return translate(context, () -> {
            List<Node> order = map.iterate(List.copyOf(rows), target, false, false, true, true, warnings);
            HeadMaintainer maintainer = new HeadMaintainer(map, rows);
            List<Step> steps = new ArrayList<>(order.size());
            for (Node node : order) {
                steps.add(maintainer.downgrade(node));
            }
            return new Plan(steps, rows, maintainer.heads(), warnings);
        });
    }

    /**
     * Plans {@code stamp TARGET...}: version rows rewritten to record the targets without running
     * any migration. Unlike Alembic, overlapping targets are refused and each target only moves
     * the rows of its own lineage.
     */
    public Plan stamp(List<String> rows, List<String> targets) {
        Context context = new Context(null, "Multiple heads are present; please specify a single target revision",
                null, null);
        return translate(context, () -> {
            List<String> symbols = targets.isEmpty() ? List.of("base") : targets;
            List<Node> headRevisions = map.getRevisions(List.copyOf(rows)).stream().filter(n -> n != null).toList();
            List<Node> destinations = new ArrayList<>();
            for (String symbol : symbols) {
                destinations.addAll(map.getRevisions(symbol));
            }
            List<Node> real = destinations.stream().filter(n -> n != null).toList();
            map.ancestors(real, true, true);
            HeadMaintainer maintainer = new HeadMaintainer(map, rows);
            List<Step> steps = new ArrayList<>();
            for (String symbol : symbols) {
                List<Node> inLineage = map.filterForLineage(headRevisions, symbol, true);
                List<Node> symbolDestinations = map.getRevisions(symbol);
                if (symbolDestinations.isEmpty()) {
                    symbolDestinations = Collections.singletonList(null);
                }
                for (Node destination : symbolDestinations) {
                    stampOne(maintainer, steps, destination, "base".equals(symbol) ? headRevisions : inLineage);
                }
            }
            return new Plan(steps, rows, maintainer.heads(), List.of());
        });
    }

    private void stampOne(HeadMaintainer maintainer, List<Step> steps, Node destination, List<Node> lineageHeads) {
        List<Node> current = lineageHeads.stream().filter(n -> maintainer.heads().contains(n.id)).toList();
        if (destination == null) {
            for (Node head : current) {
                steps.add(maintainer.stamp(List.of(head.id), List.of(), false, true, null));
            }
            return;
        }
        if (current.contains(destination)) {
            return;
        }
        BitSet descendants = map.descendants(List.of(destination), true, false);
        BitSet ancestors = map.ancestors(List.of(destination), true, false);
        List<String> from = RevisionMap.ids(current);
        if (current.stream().anyMatch(n -> descendants.get(n.index))) {
            steps.add(maintainer.stamp(from, List.of(destination.id), false, false, destination.revision));
        } else if (current.stream().anyMatch(n -> ancestors.get(n.index))) {
            steps.add(maintainer.stamp(from, List.of(destination.id), true, false, destination.revision));
        } else {
            steps.add(maintainer.stamp(List.of(), List.of(destination.id), true, true, destination.revision));
        }
    }

    /**
     * The revisions of {@code history -r lower:upper}, newest first; {@code null} ends mean
     * {@code base} and {@code heads}, and {@code current} stands for the given rows. As in Alembic,
     * {@code current} on an empty database falls back to the default of its end: {@code current:}
     * starts at base and {@code :current} ends at the heads.
     */
    public List<Revision> history(String lower, String upper, List<String> rows) {
        Object low = lower == null || lower.isEmpty() ? "base" : "current".equals(lower) ? rowsOr(rows, "base") : lower;
        Object high = upper == null || upper.isEmpty() ? "heads" : "current".equals(upper) ? rowsOr(rows, "heads")
                : upper;
        String start = RevisionMap.describe(low) == null ? "base" : RevisionMap.describe(low);
        String end = RevisionMap.describe(high) == null ? "base" : RevisionMap.describe(high);
        Context context = new Context(null, null, start, end);
        return translate(context, () -> map.iterate(high, low, false, true, false, false, new ArrayList<>())
                .stream().map(n -> n.revision).toList());
    }

    private static Object rowsOr(List<String> rows, String whenEmpty) {
        return rows.isEmpty() ? whenEmpty : List.copyOf(rows);
    }

    /** Branch points in history order (newest first), for {@code branches}. */
    public List<String> branchPoints() {
        return history(null, null, List.of()).stream().map(Revision::id).filter(id -> node(id).isBranchPoint())
                .toList();
    }

    // ------------------------------------------------------------------ new revisions

    /**
     * The parents of a new revision, as {@code revision --head} and {@code merge} resolve them:
     * {@code head} by default, {@code base} for a new root; each must be a head unless
     * {@code splice} is given.
     */
    public List<String> parentsForNewRevision(List<String> headSymbols, boolean splice) {
        Context context = new Context(null, "Multiple heads are present; please specify the head revision on which "
                + "the new revision should be based, or perform a merge.", null, null);
        return translate(context, () -> {
            List<String> symbols = headSymbols == null || headSymbols.isEmpty() ? List.of("head") : headSymbols;
            List<Node> parents = new ArrayList<>();
            for (String symbol : symbols) {
                for (Node node : map.getRevisions(symbol)) {
                    if (node != null) {
                        parents.add(node);
                    }
                }
            }
            if (new LinkedHashSet<>(parents).size() != parents.size()) {
                throw new MigrateException("Duplicate head revisions specified");
            }
            if (!splice) {
                for (Node parent : parents) {
                    if (!parent.isHead()) {
                        throw new MigrateException("Revision " + parent.id + " is not a head revision; please "
                                + "specify --splice to create a new branch from this revision");
                    }
                }
            }
            return RevisionMap.ids(parents);
        });
    }

    /** Dependencies for a new revision: branch labels kept as labels, partial ids made full. */
    public List<String> resolveDependsOn(List<String> dependencies) {
        return translate(Context.DEFAULT, () -> {
            List<String> resolved = new ArrayList<>();
            for (String dependency : dependencies) {
                Node node = map.getRevision(dependency);
                if (node == null) {
                    throw new MigrateException("Can't locate revision identified by '" + dependency + "'");
                }
                resolved.add(node.branchLabels.contains(dependency) ? dependency : node.id);
            }
            return resolved;
        });
    }

    /** Refuses an id for a new revision that is malformed or already used. */
    public void checkNewRevisionId(String id) {
        if (map.symbols.containsKey(id)) {
            Node owner = map.symbols.get(id);
            throw new MigrateException(owner.id.equals(id)
                    ? "Revision " + id + " already exists (" + owner.revision.path() + "); choose another --rev-id"
                    : "'" + id + "' is already a branch label of revision " + owner.id + "; choose another --rev-id");
        }
        GraphBuilder.build(List.of(Revision.of(id)));
    }

    /** Branch labels that are already taken, for {@code revision --branch-label}. */
    public Set<String> symbols() {
        return Collections.unmodifiableSet(map.symbols.keySet());
    }

    // ------------------------------------------------------------------ errors

    /** How graph errors read for one command, as Alembic's _catch_revision_errors words them. */
    private record Context(String ancestor, String multipleHeads, String start, String end) {
        static final Context DEFAULT = new Context(null, null, null, null);
    }

    private static <T> T translate(Context context, Supplier<T> action) {
        try {
            return action.get();
        } catch (RevisionError.RangeNotAncestor ex) {
            String start = context.start != null ? context.start : ex.lower;
            String end = context.end != null ? context.end : ex.upper;
            String template = context.ancestor != null ? context.ancestor
                    : "Requested range %(start)s:%(end)s does not refer to ancestor/descendant revisions along the "
                            + "same branch";
            throw new MigrateException(template.replace("%(start)s", String.valueOf(start))
                    .replace("%(end)s", String.valueOf(end)), ex);
        } catch (RevisionError.MultipleHeads ex) {
            String argument = context.end != null ? context.end : ex.argument;
            String template = context.multipleHeads != null ? context.multipleHeads
                    : "Multiple head revisions are present for given argument '%(head_arg)s'; please specify a "
                            + "specific target revision, '<branchname>@%(head_arg)s' to narrow to a specific head, "
                            + "or 'heads' for all heads";
            throw new MigrateException(template.replace("%(head_arg)s", argument)
                    .replace("%(heads)s", String.join(", ", ex.heads)), ex);
        } catch (RevisionError.Resolution ex) {
            // Alembic hides the cause behind "Can't locate revision"; an ambiguous prefix or a
            // branch mismatch is more useful shown as it is.
            if (ex.ambiguous || ex.getMessage().startsWith("Revision ") || ex.getMessage().startsWith("No such branch")) {
                throw new MigrateException(ex.getMessage(), ex);
            }
            String hint = ex.argument.length() < 4
                    ? "; please ensure at least four characters are present for partial revision identifier matches"
                    : "";
            throw new MigrateException("Can't locate revision identified by '" + ex.argument + "'" + hint, ex);
        } catch (RevisionError ex) {
            throw new MigrateException(ex.getMessage(), ex);
        }
    }
}
