package org.migrationworkbench.ui.compare;

import java.nio.file.Path;
import java.util.Optional;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.compare.CompareOptions;
import org.migrationworkbench.core.compare.CompareResult;
import org.migrationworkbench.core.compare.Comparisons;
import org.migrationworkbench.core.compare.DifferenceSink;
import org.migrationworkbench.core.model.Comparison;
import org.migrationworkbench.core.model.OutputRef;

/**
 * Runs declared comparisons whose sides are workspace paths, with the options the declaration gives, storing
 * nothing: for tests and tools. The app wires {@link StoredComparisonRunner}.
 */
public final class WorkspaceComparisonRunner implements ComparisonRunner {
    private final Comparisons comparisons;

    public WorkspaceComparisonRunner(Comparisons comparisons) {
        this.comparisons = comparisons;
    }

    @Override
    public CompareResult run(Comparison comparison, DifferenceSink sink, Progress progress) {
        return comparisons.compare(path(comparison.oldSide()), path(comparison.newSide()), options(comparison),
                sink, progress);
    }

    @Override
    public Optional<Path> location(OutputRef side) {
        return side instanceof OutputRef.WorkspacePath p ? Optional.of(p.path()) : Optional.empty();
    }

    /** The compare options a declaration stands for. */
    public static CompareOptions options(Comparison c) {
        return org.migrationworkbench.core.compare.ComparisonOptions.of(c, java.util.List.of());
    }

    private static Path path(OutputRef side) {
        if (side instanceof OutputRef.WorkspacePath p) {
            return p.path();
        }
        throw new WorkbenchException("Comparing " + side.spec() + " needs the git revision service, which is "
                + "not available here yet.");
    }
}
