package org.migrationworkbench.core.readiness;

import java.util.EnumMap;
import java.util.Map;
import org.migrationworkbench.core.model.RuleKind;
import org.migrationworkbench.core.readiness.files.FileRuleCheckers;

/** Every rule kind's checker, for the engine. */
public final class Checkers {
    private Checkers() {
    }

    public static Map<RuleKind, RuleChecker> all() {
        Map<RuleKind, RuleChecker> checkers = new EnumMap<>(RuleKind.class);
        FileRuleCheckers.registerInto(checkers);
        OtherRuleCheckers.registerInto(checkers);
        return checkers;
    }
}
