package org.migrationworkbench.cli;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.migrationworkbench.core.session.StoreServices;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.signoff.EvidenceSource;
import org.migrationworkbench.core.signoff.GateEvidence;
import org.migrationworkbench.core.signoff.ServiceEvidenceSource;
import org.migrationworkbench.core.signoff.SignoffLedger;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.core.timeline.BaselineService;

/** Wires the sign-off ledger, today's gate evidence and the timeline baselines for the sign-off commands. */
final class SignoffSupport {
    private SignoffSupport() {
    }

    static SignoffLedger ledger(WorkbenchStore store, Workspace ws) {
        return StoreServices.ledger(store, ws.root());
    }

    static EvidenceSource evidence(WorkbenchStore store, Workspace ws) {
        return new ServiceEvidenceSource(ws, ChecklistLoading.service(store), AnalyzeCommand.service(store),
                CompareCommand.service(store));
    }

    /** Today's snapshot of every gate, by gate id. */
    static Map<String, GateEvidence.Snapshot> today(Workspace ws, EvidenceSource evidence) {
        Map<String, GateEvidence.Snapshot> today = new LinkedHashMap<>();
        for (Phase phase : ws.phases()) {
            today.put(phase.id(), GateEvidence.of(ws, phase, evidence));
        }
        return today;
    }

    /** The timeline baselines of the workspace store; the sign-off command takes one when a gate completes. */
    static BaselineService baselines(WorkbenchStore store) {
        return BaselineService.of(store.dataSource(), clock());
    }

    static Clock clock() {
        return Clock.systemUTC();
    }
}
