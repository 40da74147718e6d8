package org.migrationworkbench.core.signoff;

import java.util.Map;
import java.util.Optional;

/** Where {@link GateEvidence} reads the current state of what a gate covers. */
public interface EvidenceSource {
    /** The latest result of a readiness rule: its status word and the digest of its findings. */
    record RuleEvidence(String status, String digest, boolean waived) {
    }

    /** The latest run of a comparison: the digest of its result and whether the outputs were identical. */
    record ComparisonEvidence(String digest, boolean identical) {
    }

    /** Each item's id and state word (open, done, na, blocked) of a checklist, in document order. */
    Map<String, String> itemStates(String checklistId);

    /**
     * Who marked each done item of a checklist done (the actor of its current state), by item id. Items ticked in
     * the guide with no recorded change have no such person and are absent; a source that does not know who
     * changed items returns an empty map.
     */
    default Map<String, String> completedBy(String checklistId) {
        return Map.of();
    }

    /** The latest result of the rule; empty when it was never run. */
    Optional<RuleEvidence> rule(String ruleId);

    /** The latest run of the comparison; empty when it was never run. */
    Optional<ComparisonEvidence> comparison(String comparisonId);
}
