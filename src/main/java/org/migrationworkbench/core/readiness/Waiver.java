package org.migrationworkbench.core.readiness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A failing rule accepted for now: with a reason, an owner and an expiry date (inclusive). An expired waiver
 * no longer counts, so the rule fails again.
 */
public record Waiver(String ruleId, String reason, String owner, LocalDate expires, String createdBy,
                     Instant createdAt) {
    public Waiver {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        if (reason.isBlank() || owner.isBlank()) {
            throw new IllegalArgumentException("a waiver needs a reason and an owner");
        }
    }

    public boolean activeOn(LocalDate day) {
        return !day.isAfter(expires);
    }
}
