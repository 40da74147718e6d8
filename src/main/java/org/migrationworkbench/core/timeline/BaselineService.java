package org.migrationworkbench.core.timeline;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.DateRange;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.signoff.GateSignedOff;
import org.migrationworkbench.core.store.BaselineRepository;
import org.migrationworkbench.core.store.BaselineRepository.PlannedDays;
import org.migrationworkbench.core.store.BaselineRepository.StoredBaseline;
import org.migrationworkbench.core.store.JdbcAuditLog;
import org.migrationworkbench.core.store.JdbcBaselineRepository;

/**
 * Takes and reads a workspace's timeline baselines: on demand, and when a gate is signed off (as the sign-off
 * service's {@link GateSignedOff} follow-up). Blocking; every save is audited by the repository.
 */
public final class BaselineService {
    /** The reason of a baseline taken on demand. */
    public static final String ON_DEMAND = "on demand";

    private final BaselineRepository repository;
    private final Clock clock;

    public BaselineService(BaselineRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Stores the baseline of {@code workspace}'s current schedule, taken now by {@code actor} for {@code reason}.
     *
     * @throws WorkbenchException when no phase is scheduled (nothing to record) or it cannot be stored
     */
    public Baseline take(Workspace workspace, String reason, String actor) {
        Baseline baseline = Baseline.of(Schedule.of(workspace), clock.instant(), reason);
        if (baseline.planned().isEmpty()) {
            throw new WorkbenchException("No baseline was saved: no phase of " + workspace.name() + " has dates or "
                    + "weeks yet, so there is nothing to record. Give the phases dates in the workspace file.");
        }
        save(baseline, actor);
        return baseline;
    }

    /** The baselines of a workspace store (audited in its audit log). */
    public static BaselineService of(DataSource data, Clock clock) {
        return new BaselineService(new JdbcBaselineRepository(data, new JdbcAuditLog(data)), clock);
    }

    /** Stores {@code baseline} as taken by {@code actor}. */
    public void save(Baseline baseline, String actor) {
        List<PlannedDays> planned = baseline.planned().entrySet().stream()
                .map(e -> new PlannedDays(e.getKey(), e.getValue().start(), e.getValue().end())).toList();
        repository.save(new StoredBaseline(0, baseline.takenAt(), baseline.reason(), actor, planned));
    }

    /** The newest baseline; empty when none was taken. */
    public Optional<Baseline> latest() {
        return repository.latest().map(BaselineService::baseline);
    }

    /** Every baseline, newest first. */
    public List<Baseline> all() {
        return repository.all().stream().map(BaselineService::baseline).toList();
    }

    /**
     * The follow-up of a gate's completing approval: a baseline "gate &lt;id&gt; signed off" taken by the approver.
     * A workspace with no scheduled phase gets none.
     */
    public GateSignedOff onGateSignedOff() {
        return (workspace, gate, approval) -> {
            if (!Schedule.of(workspace).scheduled().isEmpty()) {
                take(workspace, "gate " + gate + " signed off", approval.person());
            }
        };
    }

    private static Baseline baseline(StoredBaseline stored) {
        Map<String, DateRange> planned = new LinkedHashMap<>();
        stored.planned().forEach(p -> planned.put(p.phase(), new DateRange(p.start(), p.end())));
        return new Baseline(stored.takenAt(), stored.reason(), planned);
    }
}
