package org.migrationworkbench.core.readiness.files;

import java.util.List;
import java.util.Optional;
import org.migrationworkbench.core.readiness.RuleParams;
import org.migrationworkbench.core.model.Rule;

/** Static shortcuts to {@link RuleParams} for the file checkers, and their count wording. */
final class Params {
    private Params() {
    }

    static List<String> strings(Rule rule, String name) {
        return new RuleParams(rule).texts(name);
    }

    static Optional<String> text(Rule rule, String name) {
        return new RuleParams(rule).text(name);
    }

    static String required(Rule rule, String name) {
        return new RuleParams(rule).requiredText(name);
    }

    static Optional<Double> number(Rule rule, String name) {
        return new RuleParams(rule).number(name);
    }

    static String plural(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
