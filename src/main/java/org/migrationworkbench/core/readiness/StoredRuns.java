package org.migrationworkbench.core.readiness;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.store.ReadinessRepository.StoredResult;
import org.migrationworkbench.core.store.ReadinessRepository.StoredRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns stored runs back into domain runs: evidence JSON into {@link Evidence}, rule ids into declared rules. */
final class StoredRuns {
    private static final Logger LOG = LoggerFactory.getLogger(StoredRuns.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Evidence>> EVIDENCE = new TypeReference<>() { };

    private StoredRuns() {
    }

    static Analysis analysis(StoredRun stored, Workspace workspace, List<Waiver> waivers, LocalDate today,
                             Map<String, RuleStatus> previous) {
        Map<String, Rule> rules = workspace.rules().stream().collect(Collectors.toMap(Rule::id, Function.identity()));
        List<RuleResult> results = new ArrayList<>();
        for (StoredResult r : stored.results()) {
            Rule rule = rules.get(r.ruleId());
            if (rule != null) {
                Outcome outcome = new Outcome(status(r.status()), r.summary(), evidence(r));
                results.add(new RuleResult(rule, outcome, r.durationMs(), r.digest()));
            }
        }
        ReadinessRun run = new ReadinessRun(stored.startedAt(), stored.finishedAt(), stored.phase(), results,
                "cancelled".equals(stored.status()));
        return new Analysis(stored.id(), run, Readiness.of(run, waivers, today), previous);
    }

    static RuleStatus status(String id) {
        return RuleStatus.valueOf(id.toUpperCase(Locale.ROOT));
    }

    private static List<Evidence> evidence(StoredResult result) {
        if (result.evidence().isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(result.evidence(), EVIDENCE);
        } catch (IOException e) {
            // a damaged row should not hide the rest of the run; its summary still says what was found
            LOG.warn("Stored evidence of rule {} is unreadable", result.ruleId(), e);
            return List.of(Evidence.note("(stored evidence is unreadable)"));
        }
    }
}
