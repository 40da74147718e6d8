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
import org.migrationworkbench.core.model.RuleKind;
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
        SecretFiles secrets = SecretFiles.of(workspace);
        List<RuleResult> results = new ArrayList<>();
        for (StoredResult r : stored.results()) {
            Rule rule = rules.get(r.ruleId());
            if (rule != null) {
                Outcome outcome = new Outcome(status(r.status()), r.summary(), evidence(r, rule, secrets));
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

    /**
     * The stored evidence; matching lines of pattern rules redacted again, for runs stored before pattern evidence
     * was redacted (redacting twice changes nothing; the stored digest is kept as it was).
     */
    private static List<Evidence> evidence(StoredResult result, Rule rule, SecretFiles secrets) {
        if (result.evidence().isBlank()) {
            return List.of();
        }
        try {
            List<Evidence> evidence = JSON.readValue(result.evidence(), EVIDENCE);
            boolean lines = rule.kind() == RuleKind.PATTERN_ABSENT || rule.kind() == RuleKind.PATTERN_PRESENT;
            return lines ? secrets.redact(evidence) : evidence;
        } catch (IOException e) {
            // a damaged row should not hide the rest of the run; its summary still says what was found
            LOG.warn("Stored evidence of rule {} is unreadable", result.ruleId(), e);
            return List.of(Evidence.note("(stored evidence is unreadable)"));
        }
    }
}
