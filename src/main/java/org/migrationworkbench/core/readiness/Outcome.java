package org.migrationworkbench.core.readiness;

import java.util.List;
import java.util.Objects;

/** What a rule check found: its status, a one-line summary and the evidence. */
public record Outcome(RuleStatus status, String summary, List<Evidence> evidence) {
    /** At most this many evidence entries are kept per result; the summary gives the full count. */
    public static final int MAX_EVIDENCE = 500;

    public Outcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(summary, "summary");
        evidence = List.copyOf(evidence.size() > MAX_EVIDENCE ? evidence.subList(0, MAX_EVIDENCE) : evidence);
    }

    public static Outcome pass(String summary, List<Evidence> evidence) {
        return new Outcome(RuleStatus.PASS, summary, evidence);
    }

    public static Outcome fail(String summary, List<Evidence> evidence) {
        return new Outcome(RuleStatus.FAIL, summary, evidence);
    }

    public static Outcome skipped(String reason) {
        return new Outcome(RuleStatus.SKIPPED, reason, List.of());
    }
}
