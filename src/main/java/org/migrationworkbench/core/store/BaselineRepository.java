package org.migrationworkbench.core.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Stored timeline baselines: the planned days of each scheduled phase at one instant. Append-only; every save is
 * audited. The timeline feature turns these rows into its {@code Baseline} (the store knows no timeline types).
 * Implementations are thread-safe; failures are reported as {@link org.migrationworkbench.core.WorkbenchException}.
 */
public interface BaselineRepository {
    /** One phase's planned days, first and last day included. */
    record PlannedDays(String phase, LocalDate start, LocalDate end) {
        public PlannedDays {
            Objects.requireNonNull(phase, "phase");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }
    }

    /**
     * One baseline as stored.
     *
     * @param id      its number, increasing with each save; 0 before it is saved
     * @param actor   who took it (or whose sign-off completed the gate)
     * @param planned the phases in the order they were taken
     */
    record StoredBaseline(long id, Instant takenAt, String reason, String actor, List<PlannedDays> planned) {
        public StoredBaseline {
            Objects.requireNonNull(takenAt, "takenAt");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(actor, "actor");
            planned = List.copyOf(planned);
        }
    }

    /** Stores {@code baseline} (its id is ignored) with an audit entry; returns it with its new id. */
    StoredBaseline save(StoredBaseline baseline);

    /** The newest baseline; empty when none was taken. */
    Optional<StoredBaseline> latest();

    /** Every baseline, newest first. */
    List<StoredBaseline> all();
}
