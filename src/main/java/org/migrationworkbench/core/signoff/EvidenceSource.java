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

    /** The latest result of the rule; empty when it was never run. */
    Optional<RuleEvidence> rule(String ruleId);

    /** The latest run of the comparison; empty when it was never run. */
    Optional<ComparisonEvidence> comparison(String comparisonId);
}
