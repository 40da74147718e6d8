package org.migrationworkbench.core.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.model.Workspace;

class GateEvidenceTest {
    @TempDir
    Path root;

    @Test
    void theSnapshotIsCanonicalJsonWithSortedKeys() {
        EvidenceFixture source = new EvidenceFixture();
        Workspace ws = EvidenceFixture.workspace(root);

        GateEvidence.Snapshot p2 = GateEvidence.of(ws, ws.phase("p2").orElseThrow(), source);

        assertThat(p2.json()).isEqualTo("{\"checklists\":{\"c2\":{\"announce\":\"done\"}},"
                + "\"comparisons\":{\"cmp\":{\"digest\":\"d-cmp\",\"identical\":true}},\"gate\":\"p2\","
                + "\"metrics\":{\"latency\":{\"actual\":\"5 s\",\"target\":\"<= 7 s\"}},\"rules\":{}}");
        assertThat(p2.digest()).isEqualTo(ChainHash.digest(p2.json())).hasSize(64);
    }

    @Test
    void equalEvidenceGivesEqualDigestWhateverTheOrderItWasReadIn() {
        EvidenceFixture a = new EvidenceFixture();
        EvidenceFixture b = new EvidenceFixture();
        b.items.put("c1", new java.util.LinkedHashMap<>(Map.of("backup", "open")));
        b.items.get("c1").put("freeze", "done");
        Workspace ws = EvidenceFixture.workspace(root);
        Phase p1 = ws.phase("p1").orElseThrow();

        assertThat(GateEvidence.of(ws, p1, a)).isEqualTo(GateEvidence.of(ws, p1, b));
    }

    @Test
    void changingOneChecklistItemMakesExactlyTheSignoffsOfGatesCoveringItStale() {
        EvidenceFixture source = new EvidenceFixture();
        Workspace ws = EvidenceFixture.workspace(root);
        List<SignoffRecord> ledger = List.of(signed(1, ws, "p1", source), signed(2, ws, "p2", source),
                signed(3, ws, "p3", source));

        source.items.get("c1").put("backup", "done");
        List<SignoffStatus> statuses = StaleSignoffs.inForce(ledger, today(ws, source));

        assertThat(statuses).filteredOn(SignoffStatus::stale).extracting(s -> s.record().gate())
                .containsExactly("p1", "p3");
        assertThat(statuses.get(0).changes()).containsExactly(new EvidenceChange("item", "c1/backup",
                Optional.of("\"open\""), Optional.of("\"done\"")));
    }

    @Test
    void theDiffNamesChangedRuleResultsComparisonVerdictsAndMetrics() {
        EvidenceFixture source = new EvidenceFixture();
        Workspace ws = EvidenceFixture.workspace(root);
        String p1Before = GateEvidence.of(ws, ws.phase("p1").orElseThrow(), source).json();
        String p2Before = GateEvidence.of(ws, ws.phase("p2").orElseThrow(), source).json();

        source.rules.put("r1", new EvidenceSource.RuleEvidence("fail", "d-r1b", false));
        source.comparisons.remove("cmp");

        assertThat(GateEvidence.changes(p1Before, GateEvidence.of(ws, ws.phase("p1").orElseThrow(), source).json()))
                .extracting(EvidenceChange::kind, EvidenceChange::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rule", "r1"));
        assertThat(GateEvidence.changes(p2Before, GateEvidence.of(ws, ws.phase("p2").orElseThrow(), source).json()))
                .singleElement().satisfies(c -> {
                    assertThat(c.kind()).isEqualTo("comparison");
                    assertThat(c.after()).contains("null");
                });
        String metricChanged = p2Before.replace("\"5 s\"", "\"9 s\"");
        assertThat(GateEvidence.changes(p2Before, metricChanged)).extracting(EvidenceChange::kind, EvidenceChange::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("metric", "latency"));
    }

    @Test
    void onlyTheNewestDecisionOfAPersonForARoleIsInForce() {
        EvidenceFixture source = new EvidenceFixture();
        Workspace ws = EvidenceFixture.workspace(root);
        SignoffRecord first = signed(1, ws, "p1", source);
        SignoffRecord revised = new SignoffRecord(2, new Signoff("p1", "Technical Lead", "Ada", "",
                Decision.REJECT, "not yet", Instant.parse("2026-03-02T00:00:00Z"),
                first.signoff().evidenceDigest(), first.signoff().evidenceSnapshot()), "x", "y");

        assertThat(StaleSignoffs.inForce(List.of(first, revised), today(ws, source)))
                .singleElement().satisfies(s -> assertThat(s.record().decision()).isEqualTo(Decision.REJECT));
    }

    private static SignoffRecord signed(long seq, Workspace ws, String gate, EvidenceSource source) {
        GateEvidence.Snapshot snapshot = GateEvidence.of(ws, ws.phase(gate).orElseThrow(), source);
        return new SignoffRecord(seq, new Signoff(gate, "Technical Lead", "Ada", "", Decision.APPROVE, "",
                Instant.parse("2026-03-01T00:00:00Z"), snapshot.digest(), snapshot.json()), "", "h" + seq);
    }

    private static Map<String, GateEvidence.Snapshot> today(Workspace ws, EvidenceSource source) {
        Map<String, GateEvidence.Snapshot> today = new HashMap<>();
        ws.phases().forEach(p -> today.put(p.id(), GateEvidence.of(ws, p, source)));
        return today;
    }
}
