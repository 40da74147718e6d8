package org.migrationworkbench.core.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Stored readiness runs with their results, and waivers of failing rules. */
public interface ReadinessRepository {
    /** One rule's stored result; {@code evidence} is JSON text. */
    record StoredResult(String ruleId, String status, String summary, String evidence, String digest,
                        long durationMs) {
        public StoredResult {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(evidence, "evidence");
            Objects.requireNonNull(digest, "digest");
        }
    }

    /** A stored run; {@code id} is 0 before it is saved. */
    record StoredRun(long id, Instant startedAt, Instant finishedAt, Optional<String> phase, String status,
                     String trigger, List<StoredResult> results) {
        public StoredRun {
            results = List.copyOf(results);
        }
    }

    /** A stored waiver. */
    record StoredWaiver(String ruleId, String reason, String owner, LocalDate expires, String createdBy,
                        Instant createdAt) {
    }

    /** Saves a run and its results in one transaction; returns the run's id. */
    long save(StoredRun run);

    /** The newest run (of any phase), with results. */
    Optional<StoredRun> latest();

    /** The run saved just before {@code runId}, with results. */
    Optional<StoredRun> before(long runId);

    void addWaiver(StoredWaiver waiver);

    /** Every waiver, oldest first. */
    List<StoredWaiver> waivers();
}
