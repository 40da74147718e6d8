package org.migrationworkbench.core.timeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.migrationworkbench.core.model.DateRange;
import org.migrationworkbench.core.model.Risk;
import org.migrationworkbench.core.timeline.PhaseStatus;

/**
 * One phase as the timeline draws it.
 *
 * @param dates        the planned days; empty for an unscheduled phase (listed without a bar)
 * @param slackDays    days the phase may end later before the plan's end moves; empty when unscheduled
 * @param progress     share of the gate checklists' items done or n/a, 0 to 1
 * @param requirements the gate requirements, one line each ({@code GateStatus.Requirement#describe()}), prefixed
 *                     with ✓ or ✗; empty when the gate was not evaluated yet or has none
 * @param planned      the phase's days in the baseline; empty without a baseline or when it was not in it
 */
public record TimelineRow(String id, String title, Optional<DateRange> dates, List<String> dependsOn, Risk risk,
                          boolean critical, Optional<Long> slackDays, PhaseStatus status, double progress,
                          GateMark gate, List<String> requirements,
                          Optional<DateRange> planned) {
    public TimelineRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dates, "dates");
        dependsOn = List.copyOf(dependsOn);
        requirements = List.copyOf(requirements);
        Objects.requireNonNull(planned, "planned");
    }

    /** Days the phase now ends later than in the baseline; 0 when on time, earlier, or not comparable. */
    public long slipDays() {
        return dates.flatMap(now -> planned.map(then -> Math.max(0, new Slip(id, then, now).days()))).orElse(0L);
    }

    /** True when the phase is risky enough to be marked: high or critical. */
    public boolean risky() {
        return risk == Risk.HIGH || risk == Risk.CRITICAL;
    }
}
