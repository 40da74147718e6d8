package org.migrationworkbench.core.readiness.files;

import java.util.Map;
import org.migrationworkbench.core.model.RuleKind;
import org.migrationworkbench.core.readiness.RuleChecker;

/** The checkers of rules about the repository's files: paths, moves, patterns, documents and code references. */
public final class FileRuleCheckers {
    private FileRuleCheckers() {
    }

    /** Adds a checker for each kind this package handles to {@code map}. */
    public static void registerInto(Map<RuleKind, RuleChecker> map) {
        map.put(RuleKind.PATH_EXISTS, new PathCheckers.Exists());
        map.put(RuleKind.PATH_ABSENT, new PathCheckers.Absent());
        map.put(RuleKind.PATTERN_ABSENT, new PatternCheckers.Absent());
        map.put(RuleKind.PATTERN_PRESENT, new PatternCheckers.Present());
        map.put(RuleKind.MOVED, new MovedChecker());
        map.put(RuleKind.DOC_PRESENT, new DocPresentChecker());
        map.put(RuleKind.CODE_REF, new CodeRefChecker());
    }
}
