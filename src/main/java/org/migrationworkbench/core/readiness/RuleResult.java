package org.migrationworkbench.core.readiness;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.migrationworkbench.core.model.Rule;

/** The result of one rule in a run, with how long it took and a digest of what it found. */
public record RuleResult(Rule rule, Outcome outcome, long durationMs, String digest) {
    public RuleResult {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(digest, "digest");
    }

    public static RuleResult of(Rule rule, Outcome outcome, long durationMs) {
        return new RuleResult(rule, outcome, durationMs, digest(rule, outcome));
    }

    public RuleStatus status() {
        return outcome.status();
    }

    /** SHA-256 over the rule id, status, summary and evidence: equal digests mean the same findings. */
    static String digest(Rule rule, Outcome outcome) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, rule.id());
            update(sha, outcome.status().id());
            update(sha, outcome.summary());
            for (Evidence e : outcome.evidence()) {
                update(sha, e.file());
                update(sha, Integer.toString(e.line()));
                update(sha, e.text());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static void update(MessageDigest sha, String field) {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }
}
