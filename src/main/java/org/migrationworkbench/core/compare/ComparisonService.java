package org.migrationworkbench.core.compare;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.model.Comparison;
import org.migrationworkbench.core.model.OutputRef;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.store.AuditLog;
import org.migrationworkbench.core.store.CompareRepository;
import org.migrationworkbench.core.store.CompareRepository.StoredCompareRun;

/**
 * Runs the comparisons a workspace declares: resolves both sides (workspace paths, or {@code git:<ref>:<path>}
 * read from the target repository), applies the accepted-differences register, and stores every run with its
 * digests. Thread-safe; runs on the caller's thread.
 */
public final class ComparisonService {
    private final Comparisons comparisons;
    private final CompareRepository repository;
    private final AcceptanceRegister register;
    private final Clock clock;

    public ComparisonService(Comparisons comparisons, CompareRepository repository, AuditLog audit, Clock clock) {
        this.comparisons = comparisons;
        this.repository = repository;
        this.register = new AcceptanceRegister(repository, audit, clock);
        this.clock = clock;
    }

    public AcceptanceRegister register() {
        return register;
    }

    /** Runs a declared comparison and stores the run; every difference also goes to {@code sink}. */
    public ComparisonRun run(Workspace ws, Comparison c, DifferenceSink sink, Progress progress, String trigger) {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        CompareOptions options = ComparisonOptions.of(c, register.entries(c.id()));
        CompareResult result = compare(ws, c.oldSide(), c.newSide(), options, sink, progress);
        long durationMs = (System.nanoTime() - t0) / 1_000_000;
        String json = ResultJson.write(result);
        String digest = resultDigest(json);
        long id = repository.save(new StoredCompareRun(0, c.id(), started, durationMs, result.identical(),
                result.comparedAs().id(), result.inputDigest(), digest, json, trigger));
        return new ComparisonRun(id, c.id(), started, durationMs, result, digest);
    }

    /** Compares the old output against a second run of the old system ({@code rerun}): what differs by itself. */
    public NoiseReport noise(Workspace ws, Comparison c, Progress progress) {
        OutputRef rerun = c.rerun().orElseThrow(() -> new org.migrationworkbench.core.WorkbenchException(
                "Comparison '" + c.id() + "' declares no 'rerun' (a second run of the old system) to check noise."));
        // nothing hidden: the check is there to find what the ignore rules, tolerances and normalizers should be
        CompareOptions options = ComparisonOptions.of(c, List.of()).withIgnore(List.of())
                .withTolerance(org.migrationworkbench.core.model.Tolerance.EXACT).withFieldTolerances(java.util.Map.of())
                .withText(TextOptions.EXACT);
        return NoiseCheck.report(compare(ws, c.oldSide(), rerun, options.withSampleLimit(1000), DifferenceSink.NONE,
                progress), c.id());
    }

    /** Compares two sides of the workspace, reading git revisions from its target repository. */
    public CompareResult compare(Workspace ws, OutputRef oldRef, OutputRef newRef, CompareOptions options,
                                 DifferenceSink sink, Progress progress) {
        try (Side oldSide = Side.of(ws, oldRef); Side newSide = Side.of(ws, newRef)) {
            return comparisons.compare(oldSide.path(), newSide.path(), options, sink, progress);
        }
    }

    /** The newest stored run of a comparison. */
    public Optional<ComparisonRun> latest(String comparisonId) {
        return repository.latest(comparisonId).map(ComparisonService::toRun);
    }

    public List<ComparisonRun> latestOfEach() {
        return repository.latestOfEach().stream().map(ComparisonService::toRun).toList();
    }

    private static ComparisonRun toRun(StoredCompareRun s) {
        return new ComparisonRun(s.id(), s.comparisonId(), s.startedAt(), s.durationMs(),
                ResultJson.read(s.resultJson()), s.resultDigest());
    }

    static String resultDigest(String resultJson) {
        var sha = InputDigest.sha256();
        InputDigest.update(sha, resultJson);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A resolved side: a workspace path as is, or a git revision written to a temporary folder. */
    private record Side(Path path, GitSide git) implements AutoCloseable {
        static Side of(Workspace ws, OutputRef ref) {
            if (ref instanceof OutputRef.GitRevision g) {
                GitSide side = GitSide.checkout(ws.target(), g.ref(), g.path());
                return new Side(side.path(), side);
            }
            return new Side(((OutputRef.WorkspacePath) ref).path(), null);
        }

        @Override
        public void close() {
            if (git != null) {
                git.close();
            }
        }
    }
}
