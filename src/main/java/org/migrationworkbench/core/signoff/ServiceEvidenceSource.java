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
import org.migrationworkbench.core.model.Checklist;
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
    private final Map<String, Map<String, String>> items = new HashMap<>();
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
        return items.computeIfAbsent(checklistId, this::load);
    }

    private Map<String, String> load(String checklistId) {
        Checklist declaration = workspace.checklists().stream().filter(c -> c.id().equals(checklistId)).findFirst()
                .orElseThrow(() -> new WorkbenchException("Checklist '" + checklistId + "' is not declared in "
                        + workspace.manifest()));
        LoadedChecklist loaded = checklists.load(declaration);
        Map<String, String> states = new LinkedHashMap<>();
        for (ChecklistEntry entry : loaded.entries()) {
            states.put(entry.id(), loaded.stateOf(entry));
        }
        return states;
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
