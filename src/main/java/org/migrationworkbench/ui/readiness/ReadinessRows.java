package org.migrationworkbench.ui.readiness;

import java.util.List;
import java.util.Optional;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.readiness.Analysis;
import org.migrationworkbench.core.readiness.Readiness.Scored;

/** Rows for the declared rules: each with its scored result in the analysis, if it was in it. */
final class ReadinessRows {
    private ReadinessRows() {
    }

    static List<RuleRow> of(List<Rule> declared, Optional<Analysis> analysis) {
        return declared.stream().map(rule -> analysis.flatMap(a -> row(rule, a)).orElseGet(() -> RuleRow.notRun(rule)))
                .toList();
    }

    private static Optional<RuleRow> row(Rule rule, Analysis analysis) {
        return analysis.readiness().results().stream()
                .filter(s -> s.result().rule().id().equals(rule.id()))
                .findFirst()
                .map(s -> new RuleRow(rule, Optional.of(new Scored(s.result(), s.waiver())), false,
                        analysis.previousStatus(rule.id()),
                        // the first run ever has nothing to differ from: no rule is "new" then
                        !analysis.previous().isEmpty() && analysis.changed(rule.id())));
    }
}
