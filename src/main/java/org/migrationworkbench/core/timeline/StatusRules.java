package org.migrationworkbench.core.timeline;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.migrationworkbench.core.model.DateRange;
import org.migrationworkbench.core.model.Phase;

/**
 * Derives each phase's {@link PhaseStatus} from its planned days, today and its {@link GateState}. The first rule
 * that holds wins:
 * <ol>
 *   <li><b>done</b>: the phase has a gate and every requirement is met; or it has no gate and its end day has
 *       passed (today is after it);</li>
 *   <li><b>blocked</b>: {@link GateState#anyBlocked()};</li>
 *   <li><b>at risk</b>: the phase has an unmet gate and today is within {@code riskDays} days of its end or past
 *       it (today &ge; end &minus; riskDays); or today is on or after its start and a phase it depends on is not
 *       done;</li>
 *   <li><b>in progress</b>: today is within its days (start and end included);</li>
 *   <li><b>not started</b>: otherwise, including every unscheduled phase that none of the above applies to.</li>
 * </ol>
 * A phase missing from the gate map is taken as {@link GateState#NONE}.
 */
public final class StatusRules {
    /** The default warning window before a phase's end, in days. */
    public static final int DEFAULT_RISK_DAYS = 3;

    private final int riskDays;

    /** Rules that warn {@code riskDays} days (zero or more) before an unmet gate's phase ends. */
    public StatusRules(int riskDays) {
        if (riskDays < 0) {
            throw new IllegalArgumentException("riskDays must be >= 0, got " + riskDays);
        }
        this.riskDays = riskDays;
    }

    /** Rules with {@link #DEFAULT_RISK_DAYS}. */
    public StatusRules() {
        this(DEFAULT_RISK_DAYS);
    }

    /** The status of every phase of {@code schedule}, in dependency order. */
    public Map<String, PhaseStatus> statuses(Schedule schedule, Map<String, GateState> gates, LocalDate today) {
        Map<String, PhaseStatus> out = new LinkedHashMap<>();
        for (Phase phase : schedule.phases()) {
            boolean dependencyOpen = phase.dependsOn().stream().anyMatch(d -> out.get(d) != PhaseStatus.DONE);
            out.put(phase.id(), status(phase.schedule(), gates.getOrDefault(phase.id(), GateState.NONE),
                    dependencyOpen, today));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The status of one phase.
     *
     * @param dependencyOpen true when a phase it depends on is not done
     */
    public PhaseStatus status(Optional<DateRange> days, GateState gate, boolean dependencyOpen, LocalDate today) {
        boolean ended = days.map(d -> today.isAfter(d.end())).orElse(false);
        if (gate.exists() ? gate.allMet() : ended) {
            return PhaseStatus.DONE;
        }
        if (gate.anyBlocked()) {
            return PhaseStatus.BLOCKED;
        }
        boolean nearEnd = days.map(d -> !today.isBefore(d.end().minusDays(riskDays))).orElse(false);
        boolean started = days.map(d -> !today.isBefore(d.start())).orElse(false);
        if (gate.exists() && nearEnd || started && dependencyOpen) {
            return PhaseStatus.AT_RISK;
        }
        return days.filter(d -> d.contains(today)).isPresent() ? PhaseStatus.IN_PROGRESS : PhaseStatus.NOT_STARTED;
    }
}
