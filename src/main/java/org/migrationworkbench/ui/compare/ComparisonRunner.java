package org.migrationworkbench.ui.compare;

import java.nio.file.Path;
import java.util.Optional;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.compare.CompareResult;
import org.migrationworkbench.core.compare.DifferenceSink;
import org.migrationworkbench.core.model.Comparison;
import org.migrationworkbench.core.model.OutputRef;

/**
 * Runs a comparison declared in the workspace: resolves both sides (workspace paths, git revisions) and
 * compares them. Called on a worker thread; honours cancellation.
 */
public interface ComparisonRunner {
    CompareResult run(Comparison comparison, DifferenceSink sink, Progress progress);

    /**
     * The files or folders the side-by-side views open for a side, when it is on disk; empty for sides that
     * are only readable through the runner (e.g. a git revision not checked out).
     */
    Optional<Path> location(OutputRef side);

    /** The newest stored result of each comparison, by id; read on a worker thread. Empty when none are kept. */
    default java.util.Map<String, CompareResult> latest() {
        return java.util.Map.of();
    }

    /** The accepted-differences register of declared comparisons; empty when runs are not stored. */
    default Optional<org.migrationworkbench.core.compare.AcceptanceRegister> register() {
        return Optional.empty();
    }

    /**
     * Compares the old output with a second run of the old system ({@code rerun}). Called on a worker thread.
     *
     * @throws org.migrationworkbench.core.WorkbenchException when the comparison declares no rerun, or this
     *                                                        runner cannot check noise
     */
    default org.migrationworkbench.core.compare.NoiseReport noise(Comparison comparison, Progress progress) {
        throw new org.migrationworkbench.core.WorkbenchException("Checking noise needs the comparison service.");
    }
}
