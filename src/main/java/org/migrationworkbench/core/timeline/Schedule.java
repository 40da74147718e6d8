package org.migrationworkbench.core.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.migrationworkbench.core.model.DateRange;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.model.Workspace;

/**
 * The phases of a plan in dependency order with their planned days. A phase's days are
 * {@link Phase#schedule()}, which the workspace loader already resolved from its dates or from its weeks and the
 * workspace start ({@link DateRange#ofWeeks}); a phase with neither is kept and is {@link #unscheduled}.
 *
 * @param phases every phase, each after all the phases it depends on; among phases free to go next, the one
 *               declared first goes first (so a workspace without dependencies keeps its declaration order)
 * @param span   the first start to the last end over the scheduled phases; empty when none is scheduled
 */
public record Schedule(List<Phase> phases, Optional<DateRange> span) {
    public Schedule {
        phases = List.copyOf(phases);
        Objects.requireNonNull(span, "span");
    }

    /** The schedule of the workspace's phases. */
    public static Schedule of(Workspace workspace) {
        return of(workspace.phases());
    }

    /**
     * The schedule of {@code phases} (in declaration order).
     *
     * @throws IllegalArgumentException when a phase depends on an unknown id or the dependencies form a cycle
     *                                  (a loaded workspace has neither)
     */
    public static Schedule of(List<Phase> phases) {
        List<Phase> ordered = dependencyOrder(phases);
        Optional<LocalDate> first = phases.stream().flatMap(p -> p.schedule().stream()).map(DateRange::start)
                .min(Comparator.naturalOrder());
        Optional<LocalDate> last = phases.stream().flatMap(p -> p.schedule().stream()).map(DateRange::end)
                .max(Comparator.naturalOrder());
        return new Schedule(ordered, first.map(f -> new DateRange(f, last.orElseThrow())));
    }

    /** The phase with this id. */
    public Optional<Phase> phase(String id) {
        return phases.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The planned days of phase {@code id}; empty when it is unscheduled or unknown. */
    public Optional<DateRange> dates(String id) {
        return phase(id).flatMap(Phase::schedule);
    }

    /** The phases without dates or weeks, in dependency order. */
    public List<Phase> unscheduled() {
        return phases.stream().filter(p -> p.schedule().isEmpty()).toList();
    }

    /** The phases with days, in dependency order. */
    public List<Phase> scheduled() {
        return phases.stream().filter(p -> p.schedule().isPresent()).toList();
    }

    private static List<Phase> dependencyOrder(List<Phase> phases) {
        Map<String, Phase> byId = new HashMap<>();
        phases.forEach(p -> byId.put(p.id(), p));
        for (Phase p : phases) {
            for (String dep : p.dependsOn()) {
                if (!byId.containsKey(dep)) {
                    throw new IllegalArgumentException("phase '" + p.id() + "' depends on unknown phase '" + dep + "'");
                }
            }
        }
        List<Phase> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        List<Phase> waiting = new ArrayList<>(phases);
        while (!waiting.isEmpty()) {
            Phase next = waiting.stream().filter(p -> placed.containsAll(p.dependsOn())).findFirst().orElseThrow(() -> new IllegalArgumentException("dependency cycle among "
                            + String.join(", ", waiting.stream().map(Phase::id).toList())));
            ordered.add(next);
            placed.add(next.id());
            waiting.remove(next);
        }
        return ordered;
    }
}
