package org.migrationworkbench.ui.common;

import java.util.Objects;

/**
 * Shows a declared thing in its own view: a checklist, a readiness rule, a comparison, a gate's sign-offs, or the
 * sign-off ledger as a whole (the Sign-offs view, which says whether it verifies).
 */
@FunctionalInterface
public interface Navigator {
    /** Switches to the view of {@code target} and selects it there (once the view has read it). */
    void show(Target target);

    /** What kind of thing a {@link Target} names. */
    enum Kind {
        CHECKLIST, RULE, COMPARISON, SIGNOFFS, LEDGER
    }

    /**
     * A declared thing to show.
     *
     * @param id the checklist, rule or comparison id; for {@link Kind#SIGNOFFS} the gate's phase id; empty for
     *           {@link Kind#LEDGER}
     */
    record Target(Kind kind, String id) {
        public Target {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
        }

        /** The sign-off ledger as a whole. */
        public static Target ledger() {
            return new Target(Kind.LEDGER, "");
        }
    }
}
