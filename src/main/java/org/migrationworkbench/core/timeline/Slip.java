package org.migrationworkbench.core.timeline;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.migrationworkbench.core.model.DateRange;

/**
 * A phase whose end moved later than its baseline.
 *
 * @param phase   the phase id
 * @param planned its days in the baseline
 * @param current its days now
 */
public record Slip(String phase, DateRange planned, DateRange current) {
    public Slip {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(current, "current");
    }

    /**
     * The phases of {@code schedule} that end later than in {@code baseline}, in the schedule's dependency order.
     * Phases that end on time or earlier, that are not in the baseline, or that are unscheduled now are not listed.
     */
    public static List<Slip> of(Baseline baseline, Schedule schedule) {
        return schedule.scheduled().stream()
                .filter(p -> baseline.planned().containsKey(p.id()))
                .map(p -> new Slip(p.id(), baseline.planned().get(p.id()), p.schedule().orElseThrow()))
                .filter(s -> s.days() > 0).toList();
    }

    /** How many days later the phase ends than planned. */
    public long days() {
        return ChronoUnit.DAYS.between(planned.end(), current.end());
    }
}
