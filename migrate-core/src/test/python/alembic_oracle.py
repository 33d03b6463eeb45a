"""Records what Alembic does on random revision graphs, for AlembicDifferentialTest.

Not part of the build. To regenerate the fixture (Debian: apt-get install python3-alembic):

    MAXN=30 PYTHONHASHSEED=0 /usr/bin/python3 migrate-core/src/test/python/alembic_oracle.py 2026 160 \
        migrate-core/src/test/resources/dev/migrate/revision/alembic-random-graphs.txt

It drives Alembic's own RevisionMap, ScriptDirectory._upgrade_revs/_downgrade_revs/_stamp_revs and
HeadMaintainer through a ScriptDirectory without files. PYTHONHASHSEED keeps Python's set order, and so
the file, reproducible.
"""
import sys, json, warnings
from unittest import mock
from alembic.script.revision import Revision, RevisionMap
from alembic.script.base import ScriptDirectory
from alembic.runtime.migration import HeadMaintainer
from alembic import util

class _Mod:
    def upgrade(self): pass
    def downgrade(self): pass

class Rev(Revision):
    module = _Mod()
    doc = ""
    def __init__(self, rid, down=None, deps=None, labels=None):
        super().__init__(rid, down, dependencies=deps, branch_labels=labels)

def build(spec):
    """spec: list of (id, downs tuple/None, deps, labels)"""
    revs = [Rev(*s) for s in spec]
    m = RevisionMap(lambda: revs)
    sd = ScriptDirectory.__new__(ScriptDirectory)
    sd.revision_map = m
    return m, sd

def ctx():
    c = mock.Mock()
    c.as_sql = True
    return c

def run(sd, steps, rows):
    hm = HeadMaintainer(ctx(), rows)
    out = []
    for s in steps:
        hm.update_to_step(s)
        out.append(sorted(hm.heads))
    return out

def up(sd, dest, rows):
    steps = sd._upgrade_revs(dest, tuple(rows))
    return [s.revision.revision for s in steps], run(sd, steps, rows)

def down(sd, dest, rows):
    steps = sd._downgrade_revs(dest, tuple(rows))
    return [s.revision.revision for s in steps], run(sd, steps, rows)

def iterate(m, upper, lower, **kw):
    return [r.revision for r in m.iterate_revisions(upper, lower, **kw)]

# Alembic 1.8.1 predates the fix for issue #1373 (HEAD, 1.13+): with no other heads, an unmerge
# must not re-insert a parent that another parent of the same step already implies. Bring the
# oracle to HEAD's behaviour, which is what migrate targets.
from alembic.runtime.migration import RevisionStep
_orig_unmerge = RevisionStep._unmerge_to_revisions
def _unmerge_head(self, heads):
    if set(heads).difference([self.revision.revision]):
        return _orig_unmerge(self, heads)
    implied = set()
    for target in self.to_revisions:
        for r in self.revision_map._get_ancestor_nodes(self.revision_map.get_revisions(target), check=False):
            if r.revision != target:
                implied.add(r.revision)
    return tuple(set(self.to_revisions) - implied)
RevisionStep._unmerge_to_revisions = _unmerge_head

import random
from alembic.runtime.migration import HeadMaintainer
from alembic.script.revision import RevisionError
from alembic.util import CommandError
warnings.simplefilter("ignore")

def fmt(xs):
    return ",".join(xs) if xs else "-"

def gen_graph(rnd, n):
    spec = []
    ids = []
    labels_used = 0
    for i in range(n):
        rid = "r%02d%s" % (i, rnd.choice(["", "ab", "abc", "x"]))
        heads = [x for x in ids if not any(x in (s[1] or ()) for s in spec)]
        roll = rnd.random()
        if not ids or roll < 0.08:
            downs = None
        elif roll < 0.22 and len(ids) >= 2:
            k = 2 if rnd.random() < 0.8 else 3
            pool = heads if len(heads) >= k and rnd.random() < 0.7 else ids
            downs = tuple(rnd.sample(pool, min(k, len(pool))))
            # avoid a parent that is an ancestor of another parent
            if len(downs) < 2:
                downs = downs[:1]
        else:
            pool = heads if rnd.random() < 0.6 else ids
            downs = (rnd.choice(pool),)
        deps = None
        if ids and rnd.random() < 0.15:
            deps = rnd.choice(ids)
            if len(ids) > 2 and rnd.random() < 0.3:
                deps = tuple(rnd.sample(ids, 2))
        labels = None
        if rnd.random() < 0.12:
            labels = "lab%d" % labels_used
            labels_used += 1
        spec.append((rid, downs, deps, labels))
        ids.append(rid)
    return spec

def ancestors_ok(m, downs):
    # reject merges whose parents overlap (one an ancestor of another)
    try:
        list(m._get_ancestor_nodes(m.get_revisions(downs), check=True))
        return True
    except RevisionError:
        return False

def try_(fn):
    try:
        return fn()
    except (RevisionError, CommandError) as e:
        return ("!", str(e))
    except Exception as e:   # Alembic crashes (AssertionError, KeyError): not recorded
        return None

def main(seed, count, out):
    rnd = random.Random(seed)
    lines = []
    g = 0
    while g < count:
        spec = gen_graph(rnd, rnd.randint(4, int(__import__("os").environ.get("MAXN", "22"))))
        try:
            m, sd = build(spec)
            m._revision_map
        except Exception:
            continue
        if any(s[1] and len(s[1]) > 1 and not ancestors_ok(m, s[1]) for s in spec):
            continue
        g += 1
        lines.append("graph g%d" % g)
        for rid, downs, deps, labels in spec:
            if isinstance(deps, tuple):
                # declare the dependencies in the order Alembic's set gives its normalized ones
                norm = list(m.get_revision(rid)._normalized_resolved_dependencies)
                deps = tuple(norm + [d for d in deps if d not in norm])
            lines.append("rev %s %s %s %s" % (rid, fmt(downs or ()), fmt(deps if isinstance(deps, tuple) else ((deps,) if deps else ())), labels or "-"))
        lines.append("heads %s" % fmt(list(m.heads)))
        lines.append("realheads %s" % fmt(list(m._real_heads)))
        lbl = []
        for rid, *_ in spec:
            r = m.get_revision(rid)
            if r.branch_labels:
                lbl.append("%s=%s" % (rid, "+".join(sorted(r.branch_labels))))
        lines.append("labels %s" % (" ".join(lbl) if lbl else "-"))
        ids = [s[0] for s in spec]
        labels = [s[3] for s in spec if s[3]]
        symbols = ids + ["heads", "base", "head"] + [l + "@head" for l in labels] + [l + "@base" for l in labels]
        symbols += labels + [l + "@heads" for l in labels]
        for _ in range(4):
            r = rnd.choice(ids)
            symbols += [r + "@head", r + "+1", r + "-1", r + "+2", "base+1", "base+2", r[:3], r[:2], r[:4]]
            if labels:
                symbols.append(rnd.choice(labels) + "@" + r)
        # history ranges
        res = try_(lambda: iterate(m, "heads", "base", inclusive=True, assert_relative_length=False))
        lines.append("history base heads => %s" % render(res))
        for _ in range(4):
            lo = rnd.choice(ids + ["base", "-1", "-2"] + [l + "@base" for l in labels])
            hi = rnd.choice(ids + ["heads", "head", "+1", "+2"] + [l + "@head" for l in labels])
            res = try_(lambda: iterate(m, hi, lo, inclusive=True, assert_relative_length=False))
            if res is not None:
                lines.append("history %s %s => %s" % (lo, hi, render(res)))
        # states reached by upgrading from empty
        states = [[]]
        for _ in range(3):
            t = rnd.choice(ids)
            res = try_(lambda: up(sd, t, []))
            if res is not None and res[0] != "!":
                states.append(res[1][-1] if res[1] else [])
        res = try_(lambda: up(sd, "heads", []))
        if res is not None and res[0] != "!":
            states.append(res[1][-1])
        for rows in states:
            rows = list(rows)
            rnd.shuffle(rows)
            cur = try_(lambda: sorted(r.revision for r in m._get_all_current(tuple(rows))))
            if cur is not None:
                lines.append("current %s => %s" % (fmt(rows), render(cur)))
            for _ in range(3):
                t = rnd.choice(symbols + ["+1", "+2"] + [l + "@+1" for l in labels])
                res = try_(lambda: up(sd, t, rows))
                if res is not None:
                    lines.append("upgrade %s %s => %s" % (fmt(rows), t, render_plan(res)))
            for _ in range(3):
                t = rnd.choice(symbols + ["-1", "-2"] + [l + "@-1" for l in labels])
                res = try_(lambda: down(sd, t, rows))
                if res is not None:
                    lines.append("downgrade %s %s => %s" % (fmt(rows), t, render_plan(res)))
            for _ in range(2):
                t = rnd.choice(symbols)
                def stamp():
                    steps = sd._stamp_revs(t, tuple(rows))
                    return run(sd, steps, rows)
                res = try_(stamp)
                if res is not None:
                    lines.append("stamp %s %s => %s" % (fmt(rows), t,
                        render(res) if res and res[0] == "!" else (fmt(res[-1]) if res else fmt(sorted(rows)))))
    with open(out, "w") as f:
        f.write("# Recorded from Alembic 1.8.1 (Debian python3-alembic) with HEAD's unmerge rule (#1373) patched in,\n"
                "# by migrate-core/src/test/python/alembic_oracle.py, seed %d. Format: see AlembicDifferentialTest.\n" % seed)
        f.write("\n".join(lines) + "\n")

def render(res):
    if isinstance(res, tuple) and res[0] == "!":
        return "!" + res[1]
    return fmt(res)

def render_plan(res):
    if isinstance(res, tuple) and res and res[0] == "!":
        return "!" + res[1]
    order, rows = res
    return "%s | %s" % (fmt(order), " ; ".join(fmt(r) for r in rows) if rows else "-")

if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3])
