package org.migrationworkbench.core.compare;

import java.util.List;
import java.util.regex.Pattern;
import org.migrationworkbench.core.model.Comparison;
import org.migrationworkbench.core.model.TextRules;

/** The options a declared comparison runs with. */
public final class ComparisonOptions {
    private ComparisonOptions() {
    }

    public static CompareOptions of(Comparison c, List<AcceptedDifference> accepted) {
        return CompareOptions.defaults().withFormat(c.format()).withKeys(c.keys()).withIgnore(c.ignore())
                .withTolerance(c.tolerance()).withFieldTolerances(c.fieldTolerances()).withArrayKeys(c.arrays())
                .withText(text(c.text())).withAccepted(accepted);
    }

    public static TextOptions text(TextRules rules) {
        return new TextOptions(rules.ignoreWhitespace(), rules.ignoreCase(), rules.ignoreBlankLines(),
                rules.normalize().stream()
                        .map(n -> new Normalizer(n.name(), Pattern.compile(n.pattern()), n.replace()))
                        .toList());
    }
}
