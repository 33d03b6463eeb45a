package dev.migrate.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alembic's RevisionMap over linked {@link Node}s: symbol resolution, relative walks, the
 * revisions an upgrade or downgrade touches and their deterministic order.
 *
 * <p>An identifier argument is a {@code String} (a symbol such as {@code head}, {@code a1+2} or
 * {@code label@rev}), a {@code List<String>} of ids (the database's current rows), or
 * {@code null} for base, as Alembic accepts a string, a tuple or None.
 */
final class RevisionMap {

    /** Where a downward walk ends when it passes the first revision. */
    static final Node BASE = new Node(-1, Revision.of("base"));

    private static final Pattern RELATIVE = Pattern.compile("(?:(.+?)@)?(\\w+)?((?:\\+|-)\\d+)");

    final List<Node> nodes;
    final Map<String, Node> symbols;
    final List<Node> heads;
    final List<Node> realHeads;
    final List<Node> bases;

    RevisionMap(GraphBuilder.Built built) {
        this.nodes = built.nodes();
        this.symbols = built.symbols();
        this.heads = nodes.stream().filter(Node::isHead).toList();
        this.realHeads = nodes.stream().filter(Node::isRealHead).toList();
        this.bases = nodes.stream().filter(Node::isBase).toList();
    }

    // ------------------------------------------------------------------ resolution

    /** A symbol split into the ids it names and the branch label in front of {@code @}. */
    record Resolved(List<String> ids, String branchLabel) {
    }

    @SuppressWarnings("unchecked")
    Resolved resolveRevisionNumber(Object identifier) {
        Object id = identifier;
        String branch = null;
        if (id instanceof String text && text.contains("@")) {
            int at = text.indexOf('@');
            branch = emptyToNull(text.substring(0, at));
            id = text.substring(at + 1);
        }
        if ("heads".equals(id)) {
            if (branch != null) {
                return new Resolved(ids(filterForLineage(heads, branch, false)), branch);
            }
            return new Resolved(ids(realHeads), null);
        }
        if ("head".equals(id)) {
            Node head = currentHead(branch);
            return new Resolved(head == null ? List.of() : List.of(head.id), branch);
        }
        if (id == null || "base".equals(id)) {
            return new Resolved(List.of(), branch);
        }
        if (id instanceof String text) {
            return new Resolved(List.of(text), branch);
        }
        return new Resolved(List.copyOf((Collection<String>) id), branch);
    }

    Node currentHead(String branch) {
        List<Node> candidates = branch == null ? heads : filterForLineage(heads, branch, false);
        if (candidates.size() > 1) {
            throw new RevisionError.MultipleHeads(ids(candidates), branch == null ? "head" : branch + "@head");
        }
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    /** Every revision an identifier names; {@code null} elements stand for base. */
    List<Node> getRevisions(Object identifier) {
        return getRevisions(identifier, false);
    }

    /**
     * Every revision an identifier names. A negative relative symbol ({@code -2}, {@code label@-1})
     * walks down from the real heads: a walk that goes past the first revision gives {@code null},
     * one that ends exactly below it gives {@link #BASE} when {@code keepBase} is set (Alembic answers
     * the string "base" there, which a history range then rejects) and {@code null} otherwise.
     */
    List<Node> getRevisions(Object identifier, boolean keepBase) {
        if (identifier instanceof Collection<?> many) {
            List<Node> all = new ArrayList<>();
            for (Object one : many) {
                all.addAll(getRevisions(one, keepBase));
            }
            return all;
        }
        Resolved resolved = resolveRevisionNumber(identifier);
        if (resolved.ids().size() == 1) {
            Integer steps = parseInteger(resolved.ids().get(0));
            if (steps != null && steps < 0) {
                List<Node> selected = new ArrayList<>();
                for (Node head : getRevisions("heads")) {
                    if (resolved.branchLabel() == null || head.branchLabels.contains(resolved.branchLabel())) {
                        selected.add(head);
                    }
                }
                List<Node> walked = new ArrayList<>();
                for (Node head : selected) {
                    Node end = walk(head, steps, null, true);
                    walked.add(end == BASE && !keepBase ? null : end);
                }
                return walked;
            }
        }
        List<Node> found = new ArrayList<>();
        for (String id : resolved.ids()) {
            found.add(revisionForIdent(id, resolved.branchLabel()));
        }
        return found;
    }

    /** The one revision an identifier names, or {@code null} for base. */
    Node getRevision(Object identifier) {
        Resolved resolved = resolveRevisionNumber(identifier);
        if (resolved.ids().size() > 1) {
            throw new RevisionError.MultipleHeads(resolved.ids(), String.valueOf(identifier));
        }
        return revisionForIdent(resolved.ids().isEmpty() ? null : resolved.ids().get(0), resolved.branchLabel());
    }

    Node resolveBranch(String label) {
        Node node = symbols.get(label);
        if (node != null) {
            return node;
        }
        try {
            return revisionForIdent(label, null);
        } catch (RevisionError.Resolution ex) {
            throw new RevisionError.Resolution("No such branch: '" + label + "'", label, false);
        }
    }

    Node revisionForIdent(String id, String checkBranch) {
        Node branchRevision = checkBranch == null ? null : resolveBranch(checkBranch);
        if (id == null) {
            return null;
        }
        Node revision = symbols.get(id);
        if (revision == null) {
            List<String> candidates = new ArrayList<>();
            for (String symbol : symbols.keySet()) {
                if (symbol.length() > 3 && symbol.startsWith(id)) {
                    candidates.add(symbol);
                }
            }
            if (branchRevision != null) {
                List<String> inLineage = new ArrayList<>();
                for (String candidate : candidates) {
                    if (sharesLineage(symbols.get(candidate), List.of(branchRevision), false)) {
                        inLineage.add(candidate);
                    }
                }
                candidates = inLineage;
            }
            if (candidates.isEmpty()) {
                throw new RevisionError.Resolution("No such revision or branch '" + id + "'"
                        + (id.length() < 4 ? "; please ensure at least four characters are present for partial "
                                + "revision identifier matches" : ""), id, false);
            }
            if (candidates.size() > 1) {
                StringBuilder listed = new StringBuilder();
                for (String candidate : candidates.subList(0, Math.min(3, candidates.size()))) {
                    listed.append(listed.length() == 0 ? "" : ", ").append('\'').append(candidate).append('\'');
                }
                throw new RevisionError.Resolution("Multiple revisions start with '" + id + "': " + listed + "...",
                        id, true);
            }
            revision = symbols.get(candidates.get(0));
        }
        if (branchRevision != null && !sharesLineage(revision, List.of(branchRevision), false)) {
            throw new RevisionError.Resolution("Revision " + revision.id + " is not a member of branch '"
                    + checkBranch + "'", id, false);
        }
        return revision;
    }

    /** The targets that lie on the lineage of a symbol (a label or revision, optionally with @). */
    List<Node> filterForLineage(Collection<Node> targets, String checkAgainst, boolean includeDependencies) {
        Resolved resolved = resolveRevisionNumber(checkAgainst);
        List<Node> shares = new ArrayList<>();
        if (resolved.branchLabel() != null) {
            shares.add(revisionForIdent(resolved.branchLabel(), null));
        }
        for (String id : resolved.ids()) {
            shares.add(revisionForIdent(id, null));
        }
        List<Node> kept = new ArrayList<>();
        for (Node target : targets) {
            if (sharesLineage(target, shares, includeDependencies)) {
                kept.add(target);
            }
        }
        return kept;
    }

    boolean sharesLineage(Node target, List<Node> against, boolean includeDependencies) {
        if (against.isEmpty()) {
            return true;
        }
        BitSet related = descendants(List.of(target), includeDependencies, false);
        related.or(ancestors(List.of(target), includeDependencies, false));
        for (Node node : against) {
            if (node != null && related.get(node.index)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Walks {@code steps} up (positive) or down (negative) from a revision ({@code null}: from
     * before the bases going up, from the heads going down). Returns {@code null} when the walk
     * runs out and {@code noOverwalk} is set, {@link #BASE} when it steps below the first revision.
     */
    Node walk(Node start, int steps, String branchLabel, boolean noOverwalk) {
        Node current = start;
        for (int i = 0; i < Math.abs(steps); i++) {
            List<Node> children;
            if (steps > 0) {
                List<Node> up = current == null ? bases : current.next;
                children = branchLabel == null ? up : filterForLineage(up, branchLabel, false);
            } else if (current == BASE) {
                children = List.of();
            } else {
                children = current == null ? heads : current.versionedDown;
                if (children.isEmpty()) {
                    children = List.of(BASE);
                }
            }
            if (children.isEmpty()) {
                return noOverwalk ? null : current;
            }
            if (children.size() > 1) {
                throw new RevisionError("Ambiguous walk");
            }
            current = children.get(0);
        }
        return current;
    }

    // ------------------------------------------------------------------ targets

    /** A downgrade destination: the branch it is restricted to and the revision (null = base). */
    record DowngradeTarget(String branchLabel, Node revision) {
    }

    DowngradeTarget parseDowngradeTarget(Object currentRevisions, String target, boolean assertRelativeLength,
            List<String> warnings) {
        if (target == null) {
            return new DowngradeTarget(null, null);
        }
        Matcher match = RELATIVE.matcher(target);
        if (match.lookingAt()) {
            String branch = match.group(1);
            String symbol = match.group(2);
            String relative = match.group(3);
            int steps = Integer.parseInt(relative);
            if (steps >= 0) {
                if (symbol == null) {
                    throw didNotProduce(relative, steps);
                }
                Node end = walk(getRevision(symbol), steps, branch, assertRelativeLength);
                if (end == null) {
                    throw new RevisionError("Walked too far");
                }
                return new DowngradeTarget(branch, end);
            }
            boolean fromCurrent = symbol == null;
            if (fromCurrent) {
                List<String> current = toList(currentRevisions);
                if (branch != null) {
                    List<Node> onBranch = filterForLineage(getRevisions(current), branch, false);
                    if (onBranch.isEmpty()) {
                        onBranch = filterForLineage(allCurrent(current), branch, false);
                    }
                    if (onBranch.isEmpty()) {
                        throw new RevisionError("Relative revision " + target + " has nothing to start from: no "
                                + "revision of branch '" + branch + "' is applied");
                    }
                    if (onBranch.size() != 1) {
                        throw new RevisionError("Relative revision " + target + " is ambiguous: the database has "
                                + onBranch.size() + " current revisions on branch '" + branch + "'");
                    }
                    symbol = onBranch.get(0).id;
                } else {
                    if (current.isEmpty()) {
                        throw didNotProduce(relative, steps);
                    }
                    if (new LinkedHashSet<>(current).size() > 1) {
                        warnings.add("downgrade -1 from multiple heads is ambiguous; this usage will be disallowed "
                                + "in a future release.");
                    }
                    symbol = current.get(0);
                    branch = symbol;
                }
            }
            Node start = branch == null ? getRevision(symbol) : getRevision(branch + "@" + symbol);
            Node end = walk(start, steps, null, assertRelativeLength);
            if (end == null) {
                throw fromCurrent ? didNotProduce(relative, steps) : new RevisionError("Walked too far");
            }
            return new DowngradeTarget(branch, end);
        }
        int at = target.lastIndexOf('@');
        String branch = at > 0 ? target.substring(0, at) : null;
        return new DowngradeTarget(branch, getRevision(target.substring(at + 1)));
    }

    List<Node> parseUpgradeTarget(Object currentRevisions, Object target, boolean assertRelativeLength) {
        Matcher match = target instanceof String text ? RELATIVE.matcher(text) : null;
        if (match == null || !match.lookingAt()) {
            return getRevisions(target);
        }
        String branch = match.group(1);
        String symbol = match.group(2);
        String relative = match.group(3);
        int steps = Integer.parseInt(relative);
        if (steps > 0) {
            if (symbol == null) {
                Node start = startOfRelativeUpgrade(toList(currentRevisions), branch);
                Node end = walk(start, steps, branch, assertRelativeLength);
                if (end == null) {
                    throw didNotProduce(relative, steps);
                }
                return nullIfBase(end);
            }
            Node end = walk(getRevision(symbol), steps, branch, assertRelativeLength);
            if (end == null) {
                throw didNotProduce(target.toString(), steps);
            }
            return nullIfBase(end);
        }
        if (symbol == null) {
            throw didNotProduce(relative, steps);
        }
        Node start = branch == null ? getRevision(symbol) : getRevision(branch + "@" + symbol);
        Node end = walk(start, steps, null, assertRelativeLength);
        if (end == null) {
            throw didNotProduce(target.toString(), steps);
        }
        return nullIfBase(end);
    }

    /**
     * Where {@code +N} and {@code label@+N} start: the single current revision (an identifier as
     * given, resolved like a plain symbol, so {@code base} or a history range's lower end work), or
     * with a label the current revision on that branch, else the newest applied revision on it.
     */
    private Node startOfRelativeUpgrade(List<String> current, String branch) {
        if (branch == null) {
            if (current.size() > 1) {
                throw new RevisionError("Ambiguous upgrade from multiple current revisions");
            }
            return current.isEmpty() ? null : getRevision(current.get(0));
        }
        List<Node> startRevisions = getRevisions(current).stream().filter(n -> n != null).toList();
        List<Node> starts = filterForLineage(startRevisions, branch, false);
        if (starts.isEmpty()) {
            starts = tipsOnBranch(startRevisions, branch);
        }
        if (starts.size() > 1) {
            throw new RevisionError("Ambiguous upgrade from multiple current revisions");
        }
        return starts.isEmpty() ? null : starts.get(0);
    }

    /** The branch is not at a head: start from the newest applied revisions on it. */
    private List<Node> tipsOnBranch(List<Node> current, String branch) {
        BitSet active = ancestors(current, true, false);
        List<Node> onBranch = filterForLineage(nodesOf(active), branch, false);
        BitSet lower = new BitSet(nodes.size());
        for (Node node : onBranch) {
            for (Node down : node.normalizedDown) {
                lower.set(down.index);
            }
        }
        return onBranch.stream().filter(n -> !lower.get(n.index)).toList();
    }

    private static List<Node> nullIfBase(Node node) {
        List<Node> result = new ArrayList<>();
        result.add(node == BASE ? null : node);
        return result;
    }

    private static RevisionError didNotProduce(String relative, int steps) {
        return new RevisionError("Relative revision " + relative + " didn't produce " + Math.abs(steps) + " migrations");
    }

    // ------------------------------------------------------------------ collections of revisions

    /** The revisions to visit and the heads to start the ordering walk from. */
    record Collected(BitSet revisions, List<Node> heads) {
    }

    Collected collectUpgrade(Object upper, Object lower, boolean inclusive, boolean implicitBase,
            boolean assertRelativeLength, List<String> warnings) {
        List<Node> targets = new ArrayList<>();
        for (Node node : parseUpgradeTarget(lower, upper, assertRelativeLength)) {
            if (node != null) {
                targets.add(node);
            }
        }
        if (lower instanceof String text && text.contains("@")) {
            String branch = text.substring(0, text.indexOf('@'));
            Node branchRevision = getRevision(branch);
            if (branchRevision != null && branchRevision.id.equals(branch) && branchRevision.branchLabels.size() == 1) {
                branch = branchRevision.branchLabels.iterator().next();
            }
            String label = branch;
            targets.removeIf(node -> !node.branchLabels.contains(label));
        }
        BitSet required = ancestors(targets, true, true);
        List<Node> current = getRevisions(lower, true);
        if (!implicitBase) {
            for (Node node : current) {
                if (node != null && (node == BASE || !required.get(node.index))) {
                    throw new RevisionError.RangeNotAncestor(describe(lower), describe(upper));
                }
            }
        }
        current = current.stream().map(n -> n == BASE ? null : n).toList();
        Object effectiveLower = lower;
        if (!current.isEmpty() && current.get(0) == null) {
            Node end = parseDowngradeTarget(upper, (String) lower, assertRelativeLength, warnings).revision();
            if (end == null || end == BASE) {
                current = List.of();
                effectiveLower = null;
            } else {
                current = List.of(end);
                effectiveLower = end.id;
            }
        }
        BitSet needs = (BitSet) required.clone();
        needs.andNot(ancestors(current, true, true));
        if (inclusive) {
            for (Node node : getRevisions(effectiveLower)) {
                if (node != null) {
                    needs.set(node.index);
                }
            }
        }
        if (!current.isEmpty() && !implicitBase) {
            needs.and(descendants(current, false, true));
        }
        return new Collected(needs, targets);
    }

    Collected collectDowngrade(Object upper, Object lower, boolean inclusive, boolean implicitBase,
            boolean assertRelativeLength, List<String> warnings) {
        DowngradeTarget target = parseDowngradeTarget(upper, (String) lower, assertRelativeLength, warnings);
        Node targetRevision = target.revision() == BASE ? null : target.revision();
        List<Node> roots;
        if (targetRevision == null) {
            roots = bases;
        } else if (inclusive) {
            roots = List.of(targetRevision);
        } else {
            roots = targetRevision.next;
        }
        if (target.branchLabel() != null && roots.size() > 1) {
            BitSet onBranch = ancestors(List.of(resolveBranch(target.branchLabel())), false, false);
            roots = roots.stream().filter(n -> onBranch.get(n.index)).toList();
            if (roots.isEmpty()) {
                throw new RevisionError("Not a valid downgrade target from current heads");
            }
        }
        List<Node> currentHeads = getRevisions(upper).stream().filter(n -> n != null).toList();
        BitSet revisions = descendants(roots, true, false);
        BitSet active = ancestors(currentHeads, true, false);
        revisions.and(active);
        if (implicitBase) {
            BitSet others = (BitSet) active.clone();
            others.andNot(ancestors(roots, true, false));
            revisions.or(others);
        }
        if (targetRevision != null && revisions.isEmpty() && !currentHeads.contains(targetRevision)) {
            throw new RevisionError.RangeNotAncestor("Nothing to drop", describe(upper));
        }
        return new Collected(revisions, currentHeads);
    }

    /** Alembic's iterate_revisions: newest first. */
    List<Node> iterate(Object upper, Object lower, boolean implicitBase, boolean inclusive,
            boolean assertRelativeLength, boolean selectForDowngrade, List<String> warnings) {
        Collected collected = selectForDowngrade
                ? collectDowngrade(upper, lower, inclusive, implicitBase, assertRelativeLength, warnings)
                : collectUpgrade(upper, lower, inclusive, implicitBase, assertRelativeLength, warnings);
        try {
            return TopologicalOrder.sort(this, collected.revisions(), collected.heads());
        } catch (TopologicalOrder.Unreachable ex) {
            throw new RevisionError.RangeNotAncestor(describe(selectForDowngrade ? upper : lower),
                    describe(selectForDowngrade ? lower : upper));
        }
    }

    /** The current rows expanded with what they imply, reduced to the heads of each branch. */
    List<Node> allCurrent(List<String> rows) {
        List<Node> top = getRevisions(rows).stream().filter(n -> n != null).toList();
        BitSet closure = ancestors(top, true, false);
        List<Node> result = new ArrayList<>();
        for (int i = closure.nextSetBit(0); i >= 0; i = closure.nextSetBit(i + 1)) {
            Node node = nodes.get(i);
            boolean hasChildInSet = false;
            for (Node child : node.next) {
                if (closure.get(child.index)) {
                    hasChildInSet = true;
                    break;
                }
            }
            if (!hasChildInSet) {
                result.add(node);
            }
        }
        return result;
    }

    // ------------------------------------------------------------------ reachability

    /**
     * The targets and everything below them; with {@code check}, targets may not overlap. A {@code null}
     * target (base) adds nothing.
     */
    BitSet ancestors(Collection<Node> targets, boolean includeDependencies, boolean check) {
        return related(targets, includeDependencies ? n -> n.normalizedDown : n -> n.versionedDown, check);
    }

    /** The targets and everything above them. */
    BitSet descendants(Collection<Node> targets, boolean includeDependencies, boolean check) {
        return related(targets, includeDependencies ? n -> n.allNext : n -> n.next, check);
    }

    private BitSet related(Collection<Node> targets, Function<Node, List<Node>> edges, boolean check) {
        BitSet seen = new BitSet(nodes.size());
        BitSet targetSet = new BitSet(nodes.size());
        for (Node target : targets) {
            if (target != null) {
                targetSet.set(target.index);
            }
        }
        Deque<Node> todo = new ArrayDeque<>();
        for (Node target : targets) {
            if (target == null) {
                // base, from a relative walk that ran past the first revision: nothing below it
                continue;
            }
            todo.push(target);
            List<Node> overlaps = new ArrayList<>();
            while (!todo.isEmpty()) {
                Node node = todo.pop();
                if (check && node != target && targetSet.get(node.index) && !overlaps.contains(node)) {
                    overlaps.add(node);
                }
                if (seen.get(node.index)) {
                    continue;
                }
                seen.set(node.index);
                for (Node next : edges.apply(node)) {
                    todo.push(next);
                }
            }
            if (!overlaps.isEmpty()) {
                throw new RevisionError("Requested revision " + target.id + " overlaps with other requested revisions "
                        + String.join(", ", ids(overlaps)));
            }
        }
        return seen;
    }

    List<Node> nodesOf(BitSet set) {
        List<Node> result = new ArrayList<>(set.cardinality());
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            result.add(nodes.get(i));
        }
        return result;
    }

    // ------------------------------------------------------------------ helpers

    static List<String> ids(Collection<Node> nodes) {
        List<String> ids = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            ids.add(node.id);
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static List<String> toList(Object identifier) {
        if (identifier == null) {
            return List.of();
        }
        if (identifier instanceof Collection<?> many) {
            return List.copyOf((Collection<String>) many);
        }
        return List.of((String) identifier);
    }

    @SuppressWarnings("unchecked")
    static String describe(Object identifier) {
        if (identifier == null) {
            return null;
        }
        if (identifier instanceof Collection<?> many) {
            return many.isEmpty() ? null : String.join(", ", (Collection<String>) many);
        }
        return identifier.toString();
    }

    private static Integer parseInteger(String text) {
        if (text.isEmpty() || text.length() > 9) {
            return null;
        }
        int start = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        if (start == text.length()) {
            return null;
        }
        for (int i = start; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return null;
            }
        }
        return Integer.parseInt(text);
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    Set<Node> asSet(BitSet bits) {
        return new LinkedHashSet<>(nodesOf(bits));
    }
}
