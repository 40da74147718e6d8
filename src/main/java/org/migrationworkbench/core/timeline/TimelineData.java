package org.migrationworkbench.core.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.migrationworkbench.core.model.DateRange;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.signoff.GateStatus;

/**
 * What a timeline shows at one moment, for the chart, its picture and the reports; pure (no UI, no I/O).
 *
 * @param rows      scheduled phases by start day (ties in dependency order), then the unscheduled ones
 * @param span      first start to last end of the scheduled phases (and of their baseline days, when a baseline is
 *                  shown); empty when none is scheduled
 * @param today     the day the statuses and the today line are computed for
 * @param gatesRead true once the gates were evaluated (before, every gate shows as not met or none)
 * @param baseline  the baseline the rows' planned days come from; empty when none was taken
 */
public record TimelineData(List<TimelineRow> rows, Optional<DateRange> span, LocalDate today, boolean gatesRead,
                           Optional<Baseline> baseline) {
    public TimelineData {
        rows = List.copyOf(rows);
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(baseline, "baseline");
    }

    /**
     * The rows of {@code schedule} before its gates are evaluated: statuses from the dates alone, every gate not
     * met.
     */
    public static TimelineData planned(Schedule schedule, LocalDate today, Optional<Baseline> baseline) {
        Map<String, PhaseStatus> statuses = new StatusRules().statuses(schedule, Map.of(), today);
        return of(schedule, statuses, Map.of(), today, baseline);
    }

    /**
     * The rows of {@code schedule} with their derived {@code statuses} and evaluated {@code gates} (by phase id; a
     * phase missing from {@code gates} counts as not evaluated), compared against {@code baseline}.
     */
    public static TimelineData of(Schedule schedule, Map<String, PhaseStatus> statuses,
                                  Map<String, GateStatus> gates, LocalDate today, Optional<Baseline> baseline) {
        CriticalPath path = CriticalPath.of(schedule);
        List<Phase> ordered = new ArrayList<>(schedule.scheduled());
        ordered.sort(Comparator.comparing(p -> p.schedule().orElseThrow().start()));
        ordered.addAll(schedule.unscheduled());
        List<TimelineRow> rows = ordered.stream().map(p -> row(p, path,
                statuses.getOrDefault(p.id(), PhaseStatus.NOT_STARTED), Optional.ofNullable(gates.get(p.id())),
                baseline.map(b -> b.planned().get(p.id())))).toList();
        return new TimelineData(rows, span(schedule, baseline), today,
                !gates.isEmpty() || schedule.phases().isEmpty(), baseline);
    }

    /** The row of phase {@code id}. */
    public Optional<TimelineRow> row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The rows that end later than in the baseline. */
    public List<TimelineRow> slipped() {
        return rows.stream().filter(r -> r.slipDays() > 0).toList();
    }

    private static Optional<DateRange> span(Schedule schedule, Optional<Baseline> baseline) {
        Optional<DateRange> span = schedule.span();
        for (DateRange planned : baseline.map(b -> b.planned().values()).orElse(List.of())) {
            span = Optional.of(span.map(s -> new DateRange(min(s.start(), planned.start()),
                    max(s.end(), planned.end()))).orElse(planned));
        }
        return span;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static TimelineRow row(Phase p, CriticalPath path, PhaseStatus status, Optional<GateStatus> gate,
                                   Optional<DateRange> planned) {
        GateMark mark = p.gates().isEmpty() ? GateMark.NONE
                : gate.map(g -> g.open() ? GateMark.MET : GateMark.UNMET).orElse(GateMark.UNMET);
        double progress = gate.map(g -> GateState.of(g, false).checklistProgress()).orElse(0.0);
        List<String> requirements = gate.map(g -> g.requirements()
                .map(r -> (r.met() ? "✓ " : "✗ ") + r.describe()).toList()).orElse(List.of());
        return new TimelineRow(p.id(), p.title(), p.schedule(), p.dependsOn(), p.risk(), path.isCritical(p.id()),
                path.slack(p.id()), status, progress, mark, requirements, planned);
    }
}
