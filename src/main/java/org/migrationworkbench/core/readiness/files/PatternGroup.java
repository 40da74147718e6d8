package org.migrationworkbench.core.readiness.files;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.model.RuleKind;

/** Which pattern rules of a run search the same files, and so can be searched in one pass. */
final class PatternGroup {
    private PatternGroup() {
    }

    /**
     * The distinct valid regexes, in rule order, of the {@code pattern-absent} and {@code pattern-present} rules
     * among {@code rules} whose {@code files} are {@code globs}. Rules with a missing or invalid regex are left
     * out: they fail on their own, as before.
     */
    static List<String> regexes(List<Rule> rules, List<String> globs) {
        return rules.stream()
                .filter(r -> r.kind() == RuleKind.PATTERN_ABSENT || r.kind() == RuleKind.PATTERN_PRESENT)
                .map(r -> regex(r, globs))
                .flatMap(Optional::stream)
                .distinct()
                .toList();
    }

    /** The rule's regex when it searches {@code globs} and its parameters are valid. */
    private static Optional<String> regex(Rule rule, List<String> globs) {
        try {
            return Params.strings(rule, "files").equals(globs)
                    ? Params.text(rule, "pattern").filter(PatternGroup::compiles) : Optional.empty();
        } catch (RuntimeException badParameters) {
            return Optional.empty();
        }
    }

    private static boolean compiles(String regex) {
        try {
            Pattern.compile(regex);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}
