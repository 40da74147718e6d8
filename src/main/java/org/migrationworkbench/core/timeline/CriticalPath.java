package org.migrationworkbench.core.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.migrationworkbench.core.model.DateRange;
import org.migrationworkbench.core.model.Phase;

/**
 * Which scheduled phases hold the end of the plan: a phase's slack is how many days its end may move later before
 * the plan's last end moves, pushing its dependants (which keep their lengths) along. Computed backwards over the
 * planned days: a phase without scheduled dependants may end as late as the plan's end; otherwise as late as the
 * day before the earliest latest-start of its scheduled dependants. A phase is critical when its slack is zero or
 * less (less than zero: a dependant is planned to start before this phase ends).
 *
 * <p>Unscheduled phases take no part: they have no slack and a dependency through one is not followed.
 *
 * @param path      one chain of critical phases, first to last: it ends at the phase that ends last (ties: the
 *                  longer chain by days, then the one first in dependency order) and walks back through
 *                  critical dependencies (ties: the latest end, then the first in dependency order); empty when
 *                  nothing is scheduled
 * @param slackDays slack in days per scheduled phase, in dependency order
 */
public record CriticalPath(List<String> path, Map<String, Long> slackDays) {
    public CriticalPath {
        path = List.copyOf(path);
        slackDays = Collections.unmodifiableMap(new LinkedHashMap<>(slackDays));
    }

    /** The critical path of {@code schedule}. */
    public static CriticalPath of(Schedule schedule) {
        List<Phase> scheduled = schedule.scheduled();
        Map<String, Long> slack = slack(scheduled, schedule.span());
        return new CriticalPath(path(scheduled, slack), slack);
    }

    /** True when phase {@code id} is scheduled and has no slack. */
    public boolean isCritical(String id) {
        return slack(id).map(s -> s <= 0).orElse(false);
    }

    /** The slack of phase {@code id} in days; empty when it is unscheduled or unknown. */
    public Optional<Long> slack(String id) {
        return Optional.ofNullable(slackDays.get(id));
    }

    private static Map<String, Long> slack(List<Phase> scheduled, Optional<DateRange> span) {
        Map<String, LocalDate> latestStart = new HashMap<>();
        Map<String, Long> slack = new HashMap<>();
        for (int i = scheduled.size() - 1; i >= 0; i--) {
            Phase phase = scheduled.get(i);
            DateRange days = phase.schedule().orElseThrow();
            LocalDate latestEnd = scheduled.stream()
                    .filter(d -> d.dependsOn().contains(phase.id()))
                    .map(d -> latestStart.get(d.id()).minusDays(1))
                    .min(Comparator.naturalOrder()).orElse(span.orElseThrow().end());
            latestStart.put(phase.id(), latestEnd.minusDays(days.days() - 1));
            slack.put(phase.id(), ChronoUnit.DAYS.between(days.end(), latestEnd));
        }
        Map<String, Long> ordered = new LinkedHashMap<>();
        scheduled.forEach(p -> ordered.put(p.id(), slack.get(p.id())));
        return ordered;
    }

    private static List<String> path(List<Phase> scheduled, Map<String, Long> slack) {
        Map<String, Long> chainDays = new HashMap<>();
        for (Phase p : scheduled) {
            long before = p.dependsOn().stream().filter(chainDays::containsKey).mapToLong(chainDays::get)
                    .max().orElse(0);
            chainDays.put(p.id(), before + p.schedule().orElseThrow().days());
        }
        Comparator<Phase> byEnd = Comparator.comparing(p -> p.schedule().orElseThrow().end());
        Optional<Phase> last = scheduled.stream().reduce((a, b) -> later(a, b, byEnd
                .thenComparing(p -> chainDays.get(p.id()))));
        List<String> path = new ArrayList<>();
        while (last.isPresent()) {
            Phase at = last.get();
            path.add(0, at.id());
            last = scheduled.stream().filter(p -> at.dependsOn().contains(p.id()) && slack.get(p.id()) <= 0)
                    .reduce((a, b) -> later(a, b, byEnd));
        }
        return path;
    }

    /** The greater of two phases by {@code order}; on a tie the first (earlier in dependency order). */
    private static Phase later(Phase a, Phase b, Comparator<Phase> order) {
        return order.compare(b, a) > 0 ? b : a;
    }
}
