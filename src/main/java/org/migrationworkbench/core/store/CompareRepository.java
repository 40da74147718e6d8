package org.migrationworkbench.core.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Stored runs of declared comparisons, and the accepted-differences register. */
public interface CompareRepository {
    /** One stored run; {@code resultJson} is the result document; {@code id} is 0 before it is saved. */
    record StoredCompareRun(long id, String comparisonId, Instant startedAt, long durationMs, boolean identical,
                            String comparedAs, String inputDigest, String resultDigest, String resultJson,
                            String trigger) {
        public StoredCompareRun {
            Objects.requireNonNull(comparisonId, "comparisonId");
            Objects.requireNonNull(resultJson, "resultJson");
        }
    }

    /** One entry of the register as stored; the newest entry of an acceptance id wins. */
    record StoredAcceptance(String comparisonId, String acceptanceId, String match, Optional<String> field,
                            String reason, String owner, Optional<LocalDate> expires, boolean revoked,
                            String createdBy, Instant createdAt) {
    }

    long save(StoredCompareRun run);

    /** The newest run of a comparison. */
    Optional<StoredCompareRun> latest(String comparisonId);

    /** The newest run of every comparison that has one. */
    List<StoredCompareRun> latestOfEach();

    void addAcceptance(StoredAcceptance acceptance);

    /** Every register entry of a comparison, oldest first. */
    List<StoredAcceptance> acceptances(String comparisonId);
}
