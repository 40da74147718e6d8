package org.migrationworkbench.core.signoff;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.checklist.ChecklistEntry;
import org.migrationworkbench.core.checklist.ChecklistService;
import org.migrationworkbench.core.checklist.LoadedChecklist;
import org.migrationworkbench.core.compare.ComparisonService;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.readiness.Analysis;
import org.migrationworkbench.core.readiness.Readiness;
import org.migrationworkbench.core.readiness.ReadinessService;

/**
 * Evidence as the workspace's services know it: checklists loaded with their progress, each rule's latest stored
 * result (scored with today's waivers), each comparison's latest stored run. Reads lazily and caches, so one
 * instance answers for one moment; make a new one to see later changes. Blocking.
 */
public final class ServiceEvidenceSource implements EvidenceSource {
    private final Workspace workspace;
    private final ChecklistService checklists;
    private final ReadinessService readiness;
    private final ComparisonService comparisons;
    private final Map<String, LoadedChecklist> loaded = new HashMap<>();
    private Optional<Analysis> analysis;

    public ServiceEvidenceSource(Workspace workspace, ChecklistService checklists, ReadinessService readiness,
                                 ComparisonService comparisons) {
        this.workspace = workspace;
        this.checklists = checklists;
        this.readiness = readiness;
        this.comparisons = comparisons;
    }

    @Override
    public synchronized Map<String, String> itemStates(String checklistId) {
        LoadedChecklist checklist = load(checklistId);
        Map<String, String> states = new LinkedHashMap<>();
        for (ChecklistEntry entry : checklist.entries()) {
            states.put(entry.id(), checklist.stateOf(entry));
        }
        return states;
    }

    @Override
    public synchronized Map<String, String> completedBy(String checklistId) {
        LoadedChecklist checklist = load(checklistId);
        Map<String, String> actors = new LinkedHashMap<>();
        for (ChecklistEntry entry : checklist.entries()) {
            checklist.state(entry.id()).filter(s -> s.state().equals("done"))
                    .ifPresent(s -> actors.put(entry.id(), s.actor()));
        }
        return actors;
    }

    private LoadedChecklist load(String checklistId) {
        return loaded.computeIfAbsent(checklistId, id -> checklists.load(workspace.checklists().stream()
                .filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new WorkbenchException("Checklist '" + id + "' is not declared in "
                        + workspace.manifest()))));
    }

    @Override
    public synchronized Optional<RuleEvidence> rule(String ruleId) {
        if (analysis == null) {
            analysis = readiness.latest(workspace);
        }
        return analysis.flatMap(a -> a.readiness().results().stream()
                .filter(s -> s.result().rule().id().equals(ruleId)).findFirst())
                .map(ServiceEvidenceSource::evidence);
    }

    private static RuleEvidence evidence(Readiness.Scored scored) {
        return new RuleEvidence(scored.result().status().id(), scored.result().digest(), scored.waiver().isPresent());
    }

    @Override
    public Optional<ComparisonEvidence> comparison(String comparisonId) {
        return comparisons.latest(comparisonId)
                .map(run -> new ComparisonEvidence(run.resultDigest(), run.result().identical()));
    }
}
