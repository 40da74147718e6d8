package org.migrationworkbench.ui.compare;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.compare.CompareResult;
import org.migrationworkbench.core.compare.ComparisonRun;
import org.migrationworkbench.core.compare.ComparisonService;
import org.migrationworkbench.core.compare.DifferenceSink;
import org.migrationworkbench.core.model.Comparison;
import org.migrationworkbench.core.model.OutputRef;
import org.migrationworkbench.core.model.Workspace;

/**
 * Runs a workspace's declared comparisons through the comparison service: git revisions resolved, the
 * accepted-differences register applied, every run stored (trigger "ui") so verdicts survive a restart.
 */
public final class StoredComparisonRunner implements ComparisonRunner {
    private final ComparisonService service;
    private final Workspace workspace;

    public StoredComparisonRunner(ComparisonService service, Workspace workspace) {
        this.service = service;
        this.workspace = workspace;
    }

    @Override
    public CompareResult run(Comparison comparison, DifferenceSink sink, Progress progress) {
        return service.run(workspace, comparison, sink, progress, "ui").result();
    }

    /** Workspace paths are on disk; a git revision is only read into a temporary folder during a run. */
    @Override
    public Optional<Path> location(OutputRef side) {
        return side instanceof OutputRef.WorkspacePath p ? Optional.of(p.path()) : Optional.empty();
    }

    @Override
    public Map<String, CompareResult> latest() {
        Map<String, CompareResult> out = new LinkedHashMap<>();
        for (ComparisonRun run : service.latestOfEach()) {
            out.put(run.comparisonId(), run.result());
        }
        return out;
    }

    @Override
    public Optional<org.migrationworkbench.core.compare.AcceptanceRegister> register() {
        return Optional.of(service.register());
    }

    @Override
    public org.migrationworkbench.core.compare.NoiseReport noise(Comparison comparison, Progress progress) {
        return service.noise(workspace, comparison, progress);
    }
}
