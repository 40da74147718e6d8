package org.migrationworkbench.core.readiness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.store.AuditLog;
import org.migrationworkbench.core.store.ReadinessRepository;
import org.migrationworkbench.core.store.ReadinessRepository.StoredResult;
import org.migrationworkbench.core.store.ReadinessRepository.StoredRun;
import org.migrationworkbench.core.store.ReadinessRepository.StoredWaiver;

/**
 * Runs a workspace's readiness rules (all, or those of one phase), stores the run, and scores it with the
 * active waivers. Blocking; call off the UI thread.
 */
public final class ReadinessService {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReadinessEngine engine;
    private final ReadinessRepository repository;
    private final Function<Path, FileTree> trees;
    private final AuditLog audit;
    private final Clock clock;

    public ReadinessService(ReadinessEngine engine, ReadinessRepository repository, AuditLog audit,
                            Function<Path, FileTree> trees, Clock clock) {
        this.engine = engine;
        this.repository = repository;
        this.audit = audit;
        this.trees = trees;
        this.clock = clock;
    }

    /** The rules of a phase: those naming it in {@code phase} and those its gates list. */
    public static List<Rule> rulesOf(Workspace workspace, Optional<String> phaseId) {
        if (phaseId.isEmpty()) {
            return workspace.rules();
        }
        Phase phase = workspace.phase(phaseId.get()).orElseThrow(() -> new WorkbenchException("Unknown phase '"
                + phaseId.get() + "'; the workspace has: " + String.join(", ",
                workspace.phases().stream().map(Phase::id).toList())));
        return workspace.rules().stream()
                .filter(r -> r.phase().equals(phaseId) || phase.gates().rules().contains(r.id()))
                .toList();
    }

    public Analysis analyze(Workspace workspace, Optional<String> phase, boolean trusted, String trigger,
                            Progress progress, ReadinessEngine.Listener listener) {
        return analyze(workspace, rulesOf(workspace, phase), phase, trusted, trigger, progress, listener);
    }

    /** Runs the given rules (one rule again, say); stored as a run of {@code phase} (all when empty). */
    public Analysis analyze(Workspace workspace, List<Rule> rules, Optional<String> phase, boolean trusted,
                            String trigger, Progress progress, ReadinessEngine.Listener listener) {
        ReadinessRun finished = engine.run(workspace, rules, trees.apply(workspace.target()), trusted, clock, progress,
                listener);
        ReadinessRun run = new ReadinessRun(finished.started(), finished.finished(), phase, finished.results(),
                finished.cancelled());
        Readiness readiness = Readiness.of(run, waivers(), LocalDate.now(clock));
        long id = repository.save(new StoredRun(0, run.started(), run.finished(), phase,
                run.cancelled() ? "cancelled" : readiness.level().name().toLowerCase(java.util.Locale.ROOT), trigger,
                run.results().stream().map(ReadinessService::stored).toList()));
        return new Analysis(id, run, readiness, previousOf(id));
    }

    /** How many older runs {@link #latest} looks through for rules the newest run did not cover. */
    static final int LOOK_BACK = 20;

    /**
     * Each declared rule's newest stored result: the newest run, with rules it did not cover (it checked one
     * rule, or a phase) filled in from older runs; rebuilt against the workspace as declared now (results of
     * rules no longer declared are left out) and scored with today's waivers. Empty when nothing was run yet.
     */
    public Optional<Analysis> latest(Workspace workspace) {
        Optional<StoredRun> newest = repository.latest();
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        java.util.Set<String> declared = new java.util.HashSet<>(workspace.rules().stream().map(Rule::id).toList());
        Analysis analysis = rebuild(newest.get(), workspace);
        StoredRun cursor = newest.get();
        for (int i = 0; i < LOOK_BACK && !covers(analysis, declared); i++) {
            Optional<StoredRun> older = repository.before(cursor.id());
            if (older.isEmpty()) {
                break;
            }
            cursor = older.get();
            analysis = fill(analysis, rebuild(cursor, workspace));
        }
        return Optional.of(analysis);
    }

    /** {@code newer} plus the results (and their previous statuses) of rules only {@code older} has. */
    private Analysis fill(Analysis newer, Analysis older) {
        List<RuleResult> results = new java.util.ArrayList<>(newer.run().results());
        Map<String, RuleStatus> previous = new HashMap<>(newer.previous());
        for (RuleResult result : older.run().results()) {
            String id = result.rule().id();
            if (newer.run().result(id).isEmpty()) {
                results.add(result);
                older.previousStatus(id).ifPresent(status -> previous.put(id, status));
            }
        }
        ReadinessRun run = new ReadinessRun(newer.run().started(), newer.run().finished(), newer.run().phase(),
                results, newer.run().cancelled());
        return new Analysis(newer.runId(), run, Readiness.of(run, waivers(), LocalDate.now(clock)), previous);
    }

    private Analysis rebuild(StoredRun stored, Workspace workspace) {
        return StoredRuns.analysis(stored, workspace, waivers(), LocalDate.now(clock), previousOf(stored.id()));
    }

    private static boolean covers(Analysis analysis, java.util.Set<String> declared) {
        return analysis.run().results().stream().map(r -> r.rule().id()).collect(java.util.stream.Collectors.toSet())
                .containsAll(declared);
    }

    /** The same run scored again with the waivers as they are now (after a waiver was added, say). */
    public Analysis rescore(Analysis analysis) {
        return new Analysis(analysis.runId(), analysis.run(), Readiness.of(analysis.run(), waivers(),
                LocalDate.now(clock)), analysis.previous());
    }

    /**
     * {@code base} with the results of a later, smaller run (one rule run again) in place of its own, scored
     * with the waivers as they are now; what changed is counted against {@code base}.
     */
    public Analysis merge(Analysis base, Analysis update) {
        Map<String, RuleResult> results = new java.util.LinkedHashMap<>();
        base.run().results().forEach(r -> results.put(r.rule().id(), r));
        Map<String, RuleStatus> previous = new HashMap<>(base.previous());
        for (RuleResult r : update.run().results()) {
            base.run().result(r.rule().id()).ifPresentOrElse(old -> previous.put(r.rule().id(), old.status()),
                    () -> previous.remove(r.rule().id()));
            results.put(r.rule().id(), r);
        }
        ReadinessRun run = new ReadinessRun(base.run().started(), update.run().finished(), base.run().phase(),
                List.copyOf(results.values()), base.run().cancelled() || update.run().cancelled());
        return new Analysis(update.runId(), run, Readiness.of(run, waivers(), LocalDate.now(clock)), previous);
    }

    private Map<String, RuleStatus> previousOf(long runId) {
        Map<String, RuleStatus> previous = new HashMap<>();
        repository.before(runId).ifPresent(before -> before.results().forEach(r ->
                previous.put(r.ruleId(), StoredRuns.status(r.status()))));
        return previous;
    }

    /** Accepts a failing rule until {@code expires} (inclusive); recorded with who and when. */
    public Waiver waive(String ruleId, String reason, String owner, LocalDate expires, String actor) {
        Waiver waiver = new Waiver(ruleId, reason, owner, expires, actor, clock.instant());
        repository.addWaiver(new StoredWaiver(ruleId, reason, owner, expires, actor, waiver.createdAt()));
        audit.append(actor, "readiness.waived", ruleId, "until " + expires + ", owner " + owner + ": " + reason);
        return waiver;
    }

    public List<Waiver> waivers() {
        return repository.waivers().stream()
                .map(w -> new Waiver(w.ruleId(), w.reason(), w.owner(), w.expires(), w.createdBy(), w.createdAt()))
                .toList();
    }

    private static StoredResult stored(RuleResult result) {
        try {
            return new StoredResult(result.rule().id(), result.status().id(), result.outcome().summary(),
                    JSON.writeValueAsString(result.outcome().evidence()), result.digest(), result.durationMs());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evidence is always serializable", e);
        }
    }
}
