package org.migrationworkbench.ui.timeline;

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
 */
public record TimelineRow(String id, String title, Optional<DateRange> dates, List<String> dependsOn, Risk risk,
                          boolean critical, Optional<Long> slackDays, PhaseStatus status, double progress,
                          GateMark gate, List<String> requirements) {
    public TimelineRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dates, "dates");
        dependsOn = List.copyOf(dependsOn);
        requirements = List.copyOf(requirements);
    }

    /** True when the phase is risky enough to be marked: high or critical. */
    public boolean risky() {
        return risk == Risk.HIGH || risk == Risk.CRITICAL;
    }

    /** The status in words: "not started", "at risk", … */
    public String statusLabel() {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
