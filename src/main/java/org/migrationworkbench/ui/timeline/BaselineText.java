package org.migrationworkbench.ui.timeline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.migrationworkbench.core.model.DateRange;
import org.migrationworkbench.core.timeline.Baseline;
import org.migrationworkbench.core.timeline.TimelineRow;

/** A phase against the baseline, in words, for the phase details. */
final class BaselineText {
    private BaselineText() {
    }

    /**
     * "Baseline 2026-09-01: planned 2026-09-07 – 2026-09-13; slipped 3 days"; empty without a baseline. Days of
     * {@code zone} date the baseline.
     */
    static Optional<String> of(Optional<Baseline> baseline, TimelineRow row, ZoneId zone) {
        return baseline.map(b -> "Baseline " + day(b, zone) + ": " + row.planned()
                .map(planned -> "planned " + range(planned) + "; " + against(row))
                .orElse("not in it (added since, or without dates then)"));
    }

    static LocalDate day(Baseline baseline, ZoneId zone) {
        return LocalDate.ofInstant(baseline.takenAt(), zone);
    }

    private static String against(TimelineRow row) {
        long slip = row.slipDays();
        if (row.dates().isEmpty()) {
            return "unscheduled now";
        }
        return slip > 0 ? "slipped " + slip + (slip == 1 ? " day" : " days") : "on time";
    }

    private static String range(DateRange days) {
        return days.start() + " – " + days.end();
    }
}
