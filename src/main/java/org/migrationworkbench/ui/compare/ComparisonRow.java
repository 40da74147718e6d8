package org.migrationworkbench.ui.compare;

import java.util.Optional;
import org.migrationworkbench.core.compare.CompareResult;
import org.migrationworkbench.core.model.Comparison;

/** A declared comparison with the verdict of its last run in this session, if any. */
public record ComparisonRow(Comparison comparison, Optional<CompareResult> result, Optional<String> error) {
    public static ComparisonRow notRun(Comparison c) {
        return new ComparisonRow(c, Optional.empty(), Optional.empty());
    }

    public String id() {
        return comparison.id();
    }

    /** "match", "12 differences", "error", or "not run". */
    public String verdict() {
        if (error.isPresent()) {
            return "error";
        }
        return result.map(r -> r.identical() ? "match" : SummaryText.count(r.differences(), "difference"))
                .orElse("not run");
    }

    public String tolerance() {
        if (comparison.tolerance().isExact()) {
            return "exact";
        }
        return "abs " + comparison.tolerance().absolute() + ", rel " + comparison.tolerance().relative();
    }
}
