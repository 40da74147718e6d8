package org.migrationworkbench.core.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.migrationworkbench.core.model.DateRange;
import org.migrationworkbench.core.model.Gates;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.model.Risk;

/** Small phases for timeline tests; days are counted from {@link #DAY0}. */
final class Phases {
    static final LocalDate DAY0 = LocalDate.of(2026, 3, 2);

    private Phases() {
    }

    /** A phase from day {@code from} to day {@code to} (inclusive) after {@link #DAY0}. */
    static Phase phase(String id, int from, int to, String... dependsOn) {
        return new Phase(id, id, Optional.of(new DateRange(day(from), day(to))), Optional.empty(),
                List.of(dependsOn), Risk.MEDIUM, Optional.empty(), Optional.empty(), Gates.NONE);
    }

    static Phase unscheduled(String id, String... dependsOn) {
        return new Phase(id, id, Optional.empty(), Optional.empty(), List.of(dependsOn), Risk.MEDIUM,
                Optional.empty(), Optional.empty(), Gates.NONE);
    }

    static LocalDate day(int n) {
        return DAY0.plusDays(n);
    }
}
