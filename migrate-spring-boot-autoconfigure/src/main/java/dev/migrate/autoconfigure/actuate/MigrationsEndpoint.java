package dev.migrate.autoconfigure.actuate;

import dev.migrate.Migrate;
import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.revision.RevisionInfo;
import dev.migrate.revision.Step;
import dev.migrate.runtime.HistoryEntry;
import dev.migrate.script.Script;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.context.ApplicationContext;

/**
 * {@link Endpoint @Endpoint} showing, for every {@link Migrate} bean of the application context
 * and its ancestors, where the database stands against the revision scripts: the current
 * revisions, the heads, what an upgrade would apply, and each revision with its place in the graph,
 * its state, when it was applied and whether its script was edited since.
 *
 * <p>Every read queries the version and history tables; they are never created and the migration
 * lock is never taken, so the endpoint does not wait for, or hold up, a running migration. No
 * connection details (URL, user, password) are shown.
 */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

    /** {@link RevisionDescriptor#state()} of a revision the database has applied. */
    public static final String APPLIED = "applied";

    /** {@link RevisionDescriptor#state()} of a revision an upgrade to the heads would apply. */
    public static final String PENDING = "pending";

    /** {@link RevisionDescriptor#state()} of a version row naming a revision no script declares. */
    public static final String UNKNOWN = "unknown";

    /** {@link RevisionDescriptor#checksum()} of an applied script unchanged since it ran. */
    public static final String MATCHES = "matches";

    /** {@link RevisionDescriptor#checksum()} of an applied script edited since it ran. */
    public static final String EDITED = "edited";

    /**
     * {@link RevisionDescriptor#checksum()} when there is nothing to compare: not applied, applied
     * by a stamp, or a Java migration (which has no checksum).
     */
    public static final String NONE = "none";

    private final ApplicationContext context;

    /**
     * Creates an endpoint reporting the {@link Migrate} beans of the context and its ancestors.
     *
     * @param context the application context to start from
     */
    public MigrationsEndpoint(ApplicationContext context) {
        this.context = context;
    }

    /** Describes every {@link Migrate} bean, by context and bean name. */
    @ReadOperation
    public MigrationsDescriptor migrations() {
        return new MigrationsDescriptor(describeContexts(MigrationsEndpoint::describe));
    }

    /**
     * Describes one revision for every {@link Migrate} bean that knows it, whether from a script
     * or as an unknown version row.
     *
     * @param revision the exact revision id
     * @return the revision by context and bean name, or {@code null} (a 404 over HTTP) when no
     *     migrator knows it
     */
    @ReadOperation
    public @Nullable RevisionsDescriptor migrationRevision(@Selector String revision) {
        Map<String, ContextDescriptor<RevisionDescriptor>> contexts = describeContexts(migrate -> describe(migrate)
                .revisions().stream().filter(r -> r.id().equals(revision)).findFirst().orElse(null));
        boolean found = contexts.values().stream().anyMatch(c -> !c.migrators().isEmpty());
        return found ? new RevisionsDescriptor(contexts) : null;
    }

    private <T> Map<String, ContextDescriptor<T>> describeContexts(Function<Migrate, @Nullable T> describer) {
        Map<String, ContextDescriptor<T>> contexts = new LinkedHashMap<>();
        ApplicationContext target = context;
        while (target != null) {
            Map<String, T> migrators = new LinkedHashMap<>();
            target.getBeansOfType(Migrate.class).forEach((name, migrate) -> {
                T description = describer.apply(migrate);
                if (description != null) {
                    migrators.put(name, description);
                }
            });
            ApplicationContext parent = target.getParent();
            contexts.put(target.getId(), new ContextDescriptor<>(migrators, parent == null ? null : parent.getId()));
            target = parent;
        }
        return contexts;
    }

    private static MigratorDescriptor describe(Migrate migrate) {
        RevisionGraph graph = migrate.graph();
        MigrationStatus status = MigrationStatus.read(migrate);
        Map<String, HistoryEntry> upgrades = appliedUpgrades(migrate.historyLog());
        Map<String, Script> scripts = new LinkedHashMap<>();
        migrate.scripts().forEach(script -> scripts.putIfAbsent(script.revision().id(), script));
        Set<String> pending = new HashSet<>(status.pending());

        List<RevisionDescriptor> revisions = new ArrayList<>();
        for (String id : status.unknown()) {
            HistoryEntry upgrade = upgrades.get(id);
            revisions.add(new RevisionDescriptor(id, List.of(), List.of(), List.of(),
                    upgrade == null ? null : upgrade.message(), false, false, false, UNKNOWN,
                    upgrade == null ? null : upgrade.startedAt(), duration(upgrade), NONE));
        }
        List<Revision> newestFirst = graph.size() == 0 ? List.of() : graph.history(null, null, List.of());
        for (Revision revision : newestFirst) {
            RevisionInfo info = graph.info(revision.id());
            boolean applied = !pending.contains(revision.id());
            HistoryEntry upgrade = applied ? upgrades.get(revision.id()) : null;
            revisions.add(new RevisionDescriptor(revision.id(), revision.revises(), info.dependencies(),
                    info.branchLabels(), revision.message(), info.head(), info.branchPoint(), info.mergePoint(),
                    applied ? APPLIED : PENDING, upgrade == null ? null : upgrade.startedAt(), duration(upgrade),
                    checksum(upgrade, scripts.get(revision.id()))));
        }
        return new MigratorDescriptor(status.current(), status.heads(), status.pending(), status.upToDate(),
                revisions);
    }

    /**
     * For each revision whose latest successful step is an upgrade: that upgrade. A revision
     * downgraded since is left out, as it is no longer applied.
     */
    private static Map<String, HistoryEntry> appliedUpgrades(List<HistoryEntry> log) {
        Map<String, HistoryEntry> upgrades = new LinkedHashMap<>();
        for (HistoryEntry entry : log) {
            if (!entry.success() || entry.revision() == null) {
                continue;
            }
            if (entry.direction() == Step.Direction.UPGRADE) {
                upgrades.put(entry.revision(), entry);
            } else if (entry.direction() == Step.Direction.DOWNGRADE) {
                upgrades.remove(entry.revision());
            }
        }
        return upgrades;
    }

    private static @Nullable Duration duration(@Nullable HistoryEntry upgrade) {
        return upgrade == null || upgrade.durationMs() == null ? null : Duration.ofMillis(upgrade.durationMs());
    }

    private static String checksum(@Nullable HistoryEntry upgrade, @Nullable Script script) {
        if (upgrade == null || upgrade.checksum() == null || script == null) {
            return NONE;
        }
        return script.checksum().equals(Optional.of(upgrade.checksum())) ? MATCHES : EDITED;
    }

    /**
     * The {@link Migrate} beans of an application context hierarchy.
     *
     * @param contexts the migrators of each context, by context id, starting with the endpoint's own
     */
    public record MigrationsDescriptor(Map<String, ContextDescriptor<MigratorDescriptor>> contexts)
            implements OperationResponseBody {

        public MigrationsDescriptor {
            contexts = copy(contexts);
        }
    }

    /**
     * One revision as each {@link Migrate} bean of an application context hierarchy sees it.
     *
     * @param contexts the revision for each migrator that knows it, by context id
     */
    public record RevisionsDescriptor(Map<String, ContextDescriptor<RevisionDescriptor>> contexts)
            implements OperationResponseBody {

        public RevisionsDescriptor {
            contexts = copy(contexts);
        }
    }

    /**
     * What one application context holds.
     *
     * @param migrators a description per {@link Migrate} bean, by bean name
     * @param parentId the id of the parent context, {@code null} for the root
     * @param <T> the description of a migrator
     */
    public record ContextDescriptor<T>(Map<String, T> migrators, @Nullable String parentId) {

        public ContextDescriptor {
            migrators = copy(migrators);
        }
    }

    /**
     * Where the database of one {@link Migrate} bean stands.
     *
     * @param current the version rows expanded to the head of each branch they imply, in load
     *     order, followed by any unknown rows
     * @param heads the heads of the revision graph
     * @param pending the revisions an upgrade to the heads would apply, in upgrade order
     * @param upToDate whether the database is exactly at the heads
     * @param revisions every revision, newest first: unknown version rows, then the graph in
     *     history order
     */
    public record MigratorDescriptor(List<String> current, List<String> heads, List<String> pending,
            boolean upToDate, List<RevisionDescriptor> revisions) {

        public MigratorDescriptor {
            current = List.copyOf(current);
            heads = List.copyOf(heads);
            pending = List.copyOf(pending);
            revisions = List.copyOf(revisions);
        }
    }

    /**
     * One revision.
     *
     * @param id the revision id
     * @param parents the ids it revises: none for a base, several for a merge point
     * @param dependencies the revisions it depends on, resolved to ids
     * @param branchLabels its branch labels, declared or inherited along its branch
     * @param message its message; for an unknown row, the message recorded when it was applied
     * @param head whether no revision names it as a parent
     * @param branchPoint whether several revisions name it as a parent
     * @param mergePoint whether it names several parents
     * @param state {@value MigrationsEndpoint#APPLIED}, {@value MigrationsEndpoint#PENDING} or
     *     {@value MigrationsEndpoint#UNKNOWN} (a version row naming a revision no script declares)
     * @param appliedAt when its latest upgrade started, if it is applied and was not stamped
     * @param duration how long that upgrade took, if known (not for offline SQL)
     * @param checksum {@value MigrationsEndpoint#MATCHES} or {@value MigrationsEndpoint#EDITED}
     *     when the upgrade recorded a checksum and the script is still present;
     *     {@value MigrationsEndpoint#NONE} otherwise
     */
    public record RevisionDescriptor(String id, List<String> parents, List<String> dependencies,
            List<String> branchLabels, @Nullable String message, boolean head, boolean branchPoint,
            boolean mergePoint, String state, @Nullable Instant appliedAt, @Nullable Duration duration,
            String checksum) {

        public RevisionDescriptor {
            parents = List.copyOf(parents);
            dependencies = List.copyOf(dependencies);
            branchLabels = List.copyOf(branchLabels);
        }
    }

    private static <K, V> Map<K, V> copy(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
