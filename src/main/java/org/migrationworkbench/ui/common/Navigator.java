package org.migrationworkbench.ui.common;

import java.util.Objects;

/** Shows a declared thing in its own view: a checklist, a readiness rule, a comparison, or a gate's sign-offs. */
@FunctionalInterface
public interface Navigator {
    /** Switches to the view of {@code target} and selects it there (once the view has read it). */
    void show(Target target);

    /** What kind of thing a {@link Target} names. */
    enum Kind {
        CHECKLIST, RULE, COMPARISON, SIGNOFFS
    }

    /**
     * A declared thing to show.
     *
     * @param id the checklist, rule or comparison id; for {@link Kind#SIGNOFFS} the gate's phase id
     */
    record Target(Kind kind, String id) {
        public Target {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
        }
    }
}
