package org.migrationworkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.migrationworkbench.core.signoff.ChainVerification;
import org.migrationworkbench.core.signoff.ChainVerifier;
import org.migrationworkbench.core.signoff.GateCheck;
import org.migrationworkbench.core.signoff.GateEvidence;
import org.migrationworkbench.core.signoff.GateStatus;

/** Keeps {@link SignoffBenchmark} measuring the gate it claims (runs no benchmark). */
class SignoffBenchWorkspaceTest {

    @Test
    void theBenchGateHasItsEvidenceAndAFilledChainVerifies() throws Exception {
        try (SignoffBenchWorkspace ws = SignoffBenchWorkspace.create()) {
            GateStatus status = GateCheck.of(ws.workspace, SignoffBenchWorkspace.GATE, ws.evidence(), ws.ledger);
            assertThat(status.checklists().get(0).items()).isEqualTo(SignoffBenchWorkspace.ITEMS);
            assertThat(status.checklists().get(0).openItems()).hasSize(SignoffBenchWorkspace.ITEMS / 4);
            assertThat(status.rules()).hasSize(SignoffBenchWorkspace.RULES).allMatch(GateStatus.RuleCheck::met);
            assertThat(status.comparisons()).hasSize(2).allMatch(GateStatus.ComparisonCheck::met);

            GateEvidence.Snapshot snapshot = GateEvidence.of(ws.workspace,
                    ws.workspace.phase(SignoffBenchWorkspace.GATE).orElseThrow(), ws.evidence());
            SignoffBenchmark.fill(ws, snapshot, 30);
            ChainVerification chain = new ChainVerifier().verify(ws.ledger);
            assertThat(chain.intact()).as(chain.problems().toString()).isTrue();
            assertThat(chain.records()).isEqualTo(30);
        }
    }
}
