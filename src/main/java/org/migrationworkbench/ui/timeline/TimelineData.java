package org.migrationworkbench.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migrationworkbench.core.model.DateRange;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.signoff.GateStatus;
import org.migrationworkbench.core.timeline.CriticalPath;
import org.migrationworkbench.core.timeline.GateState;
import org.migrationworkbench.core.timeline.PhaseStatus;
import org.migrationworkbench.core.timeline.Schedule;
import org.migrationworkbench.core.timeline.StatusRules;

/**
 * What the timeline shows at one moment; pure (no JavaFX, no I/O).
 *
 * @param rows  scheduled phases by start day (ties in dependency order), then the unscheduled ones
 * @param span  first start to last end of the scheduled phases; empty when none is scheduled
 * @param today the day the statuses and the today line are computed for
 * @param gatesRead true once the gates were evaluated (before, every gate shows as not met or none)
 */
public record TimelineData(List<TimelineRow> rows, Optional<DateRange> span, LocalDate today, boolean gatesRead) {
    public TimelineData {
        rows = List.copyOf(rows);
    }

    /**
     * The rows of {@code schedule} with the gates in {@code gates} (by phase id; a missing phase counts as not
     * evaluated).
     */
    public static TimelineData of(Schedule schedule, Map<String, GateStatus> gates, LocalDate today) {
        CriticalPath path = CriticalPath.of(schedule);
        Map<String, GateState> states = new java.util.HashMap<>();
        gates.forEach((id, status) -> states.put(id, GateState.of(status, false)));
        Map<String, PhaseStatus> statuses = new StatusRules().statuses(schedule, states, today);
        List<Phase> ordered = new ArrayList<>(schedule.scheduled());
        ordered.sort(Comparator.comparing(p -> p.schedule().orElseThrow().start()));
        ordered.addAll(schedule.unscheduled());
        List<TimelineRow> rows = ordered.stream().map(p -> row(p, path, statuses.get(p.id()),
                Optional.ofNullable(gates.get(p.id())))).toList();
        return new TimelineData(rows, schedule.span(), today, !gates.isEmpty() || schedule.phases().isEmpty());
    }

    /** The row of phase {@code id}. */
    public Optional<TimelineRow> row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private static TimelineRow row(Phase p, CriticalPath path, PhaseStatus status, Optional<GateStatus> gate) {
        GateMark mark = p.gates().isEmpty() ? GateMark.NONE
                : gate.map(g -> g.open() ? GateMark.MET : GateMark.UNMET).orElse(GateMark.UNMET);
        double progress = gate.map(g -> GateState.of(g, false).checklistProgress()).orElse(0.0);
        List<String> requirements = gate.map(g -> g.requirements()
                .map(r -> (r.met() ? "✓ " : "✗ ") + r.describe()).toList()).orElse(List.of());
        return new TimelineRow(p.id(), p.title(), p.schedule(), p.dependsOn(), p.risk(), path.isCritical(p.id()),
                path.slack(p.id()), status, progress, mark, requirements);
    }
}
