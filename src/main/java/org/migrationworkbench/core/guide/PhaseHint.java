package org.migrationworkbench.core.guide;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.migrationworkbench.core.model.Risk;
import org.migrationworkbench.core.model.WeekRange;

/**
 * A phase found in a guide, from a heading ("Phase 3: Data Models (Week 2)") or a timeline table
 * (Week | Phase | Deliverable). {@code number} is the phase number when the guide gives one;
 * {@code dependsOn} are the numbers of phases it depends on ("Dependencies: Phase 10 completed").
 */
public record PhaseHint(Optional<Integer> number, String title, Optional<WeekRange> weeks, List<Integer> dependsOn,
                        Optional<Risk> risk, Optional<String> deliverable, int line) {
    public PhaseHint {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(weeks, "weeks");
        dependsOn = List.copyOf(dependsOn);
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(deliverable, "deliverable");
    }
}
