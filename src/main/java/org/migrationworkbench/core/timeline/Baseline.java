package org.migrationworkbench.core.timeline;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.migrationworkbench.core.model.DateRange;
import org.migrationworkbench.core.model.Phase;

/**
 * The planned days of every scheduled phase at one instant, to compare later plans against.
 *
 * @param takenAt when it was taken
 * @param reason  why: "on demand", "gate p1 signed off", …
 * @param planned phase id to planned days, in dependency order; unscheduled phases are absent
 */
public record Baseline(Instant takenAt, String reason, Map<String, DateRange> planned) {
    public Baseline {
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(reason, "reason");
        planned = Collections.unmodifiableMap(new LinkedHashMap<>(planned));
    }

    /** The baseline of {@code schedule} taken at {@code at} for {@code reason}. */
    public static Baseline of(Schedule schedule, Instant at, String reason) {
        Map<String, DateRange> planned = new LinkedHashMap<>();
        for (Phase p : schedule.scheduled()) {
            planned.put(p.id(), p.schedule().orElseThrow());
        }
        return new Baseline(at, reason, planned);
    }
}
