package org.migrationworkbench.core.signoff;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing that differs between a signed evidence snapshot and today's.
 *
 * @param kind   {@code item}, {@code rule}, {@code comparison} or {@code metric}
 * @param id     which one: {@code checklist/item} for items, else the rule, comparison or metric id
 * @param before its value when signed (JSON text); empty when it was not there
 * @param after  its value today (JSON text); empty when it is gone
 */
public record EvidenceChange(String kind, String id, Optional<String> before, Optional<String> after) {
    public EvidenceChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
