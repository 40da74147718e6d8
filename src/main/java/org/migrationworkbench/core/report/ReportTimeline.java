package org.migrationworkbench.core.report;

import java.util.LinkedHashMap;
import java.util.Map;

import org.migrationworkbench.core.report.StatusReport.PhaseRow;
import org.migrationworkbench.core.signoff.GateStatus;
import org.migrationworkbench.core.timeline.PhaseStatus;
import org.migrationworkbench.core.timeline.Schedule;
import org.migrationworkbench.core.timeline.TimelineData;

/** The timeline of a {@link StatusReport}: its phases with their statuses, gates and the latest baseline. */
public final class ReportTimeline {
    private ReportTimeline() {
    }

    public static TimelineData of(StatusReport report) {
        Map<String, PhaseStatus> statuses = new LinkedHashMap<>();
        Map<String, GateStatus> gates = new LinkedHashMap<>();
        for (PhaseRow row : report.phases()) {
            statuses.put(row.phase().id(), row.status());
            gates.put(row.phase().id(), row.gate());
        }
        Schedule schedule = Schedule.of(report.phases().stream().map(PhaseRow::phase).toList());
        return TimelineData.of(schedule, statuses, gates, report.today(), report.baseline());
    }
}
