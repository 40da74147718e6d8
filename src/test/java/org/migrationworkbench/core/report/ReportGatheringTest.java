package org.migrationworkbench.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.compare.StandardComparators;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.readiness.Checkers;
import org.migrationworkbench.core.readiness.ReadinessEngine;
import org.migrationworkbench.core.report.dashboard.Dashboard;
import org.migrationworkbench.core.report.dashboard.LedgerCheck;
import org.migrationworkbench.core.report.dashboard.PhaseCard;
import org.migrationworkbench.core.session.StoreServices;
import org.migrationworkbench.core.signoff.ChainProblem;
import org.migrationworkbench.core.signoff.ChainProblem.Kind;
import org.migrationworkbench.core.signoff.Decision;
import org.migrationworkbench.core.signoff.GateEvidence;
import org.migrationworkbench.core.signoff.ServiceEvidenceSource;
import org.migrationworkbench.core.signoff.Signoff;
import org.migrationworkbench.core.signoff.SignoffRecord;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import org.migrationworkbench.testing.LedgerTampering;
import org.migrationworkbench.testing.TestWorkspaces;

/** The status report says whether the sign-off ledger verifies, and never trusts the approvals of one that does not. */
class ReportGatheringTest {
    private static final Clock SEPTEMBER_15 = Clock.fixed(Instant.parse("2026-09-15T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;
    private Workspace workspace;
    private WorkbenchStore store;
    private ReportSources sources;
    private SignoffRecord second;

    /** Gate p1-build needs Technical Lead and Product Owner; both approved it, records 1 and 2. */
    @BeforeEach
    void signBoth() {
        Path root = temp.resolve("ws");
        TestWorkspaces.write(root.resolve("workbench.yaml"), """
                name: Ledger report
                target: .
                start: 2026-09-07
                phases:
                  - id: p1-build
                    title: Build the new pipeline
                    weeks: 1
                    gates:
                      signoffs: [Technical Lead, Product Owner]
                signoff:
                  roles: [Technical Lead, Product Owner]
                """);
        workspace = new WorkspaceLoader().load(root).workspace();
        store = WorkbenchStore.open(StoreConfig.forWorkspace(root, Map.of()));
        sources = StoreServices.report(store, root, new ReadinessEngine(Checkers.all(), 1, Duration.ofSeconds(30)),
                StandardComparators.create(SEPTEMBER_15), SEPTEMBER_15);
        sources.ledger().append(approval("Technical Lead", "Ada"));
        second = sources.ledger().append(approval("Product Owner", "Bo"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Signoff approval(String role, String person) {
        GateEvidence.Snapshot today = GateEvidence.of(workspace, workspace.phase("p1-build").orElseThrow(),
                new ServiceEvidenceSource(workspace, sources.checklists(), sources.readiness(), sources.comparisons()));
        return new Signoff("p1-build", role, person, person.toLowerCase() + "@example.org", Decision.APPROVE, "fine",
                SEPTEMBER_15.instant(), today.digest(), today.json());
    }

    private StatusReport gather() {
        return ReportGathering.gather(workspace, sources, SEPTEMBER_15);
    }

    private static PhaseCard card(StatusReport report) {
        return Dashboard.of(report).phases().get(0);
    }

    @Test
    void anIntactLedgerIsSaidToBeIntactWithItsRecordsAndHead() {
        StatusReport report = gather();
        String html = HtmlReport.render(report);

        assertThat(report.chain().intact()).isTrue();
        assertThat(Dashboard.of(report).ledger().headline())
                .isEqualTo("Sign-off ledger: intact (2 records, head " + second.chainHash().substring(0, 12) + ")");
        assertThat(html).contains("✓ Sign-off ledger: intact (2 records, head " + second.chainHash().substring(0, 12)
                + ")", "Chain head: record 2, hash " + second.chainHash(), "<td>in force</td>")
                .doesNotContain(LedgerCheck.BROKEN, "class=\"ledger-broken\"", "class=\"unverified\"", "· unverified");
        assertThat(card(report).signoffs().headline()).isEqualTo("2 of 2 roles approved");
    }

    @Test
    void anEditedRecordOpensTheReportWithTheProblemAndLeavesNoApprovalLookingValid() throws Exception {
        LedgerTampering.tamper(store.dataSource(), "UPDATE signoff SET person = 'Mallory' WHERE seq = 1");

        StatusReport report = gather();
        String html = HtmlReport.render(report);

        assertThat(report.chain().problems()).extracting(ChainProblem::seq, ChainProblem::kind)
                .contains(org.assertj.core.groups.Tuple.tuple(1L, Kind.EDITED));
        String top = html.substring(0, html.indexOf("<h2>Dashboard</h2>"));
        assertThat(top).contains("<div class=\"ledger-broken\" id=\"ledger-broken\">",
                "<h2>Sign-off ledger does not verify</h2>", "<th>Kind</th><th>Record</th><th>What was found</th>",
                "<td class=\"kind\">edited</td><td class=\"seq\">1</td><td>record 1 (Technical Lead on p1-build) was "
                        + "changed after it was recorded");
        String signoffs = html.substring(html.indexOf("<h2>Sign-offs</h2>"));
        assertThat(signoffs).contains("every sign-off below is unverified",
                "Chain head as Migration Workbench last wrote it: record 2, hash " + second.chainHash(),
                "<tr class=\"unverified\"><td>1</td>", "<td>in force · unverified</td>")
                .doesNotContain("<td>in force</td>", "Sign-off ledger: intact");
        assertThat(card(report).signoffs().headline()).isEqualTo("2 of 2 roles approved · unverified");
        assertThat(card(report).signoffs().details()).contains("unverified: the sign-off ledger does not verify");
    }

    @Test
    void aDeletedRecordIsListedByKindAndRecord() throws Exception {
        sources.ledger().append(approval("Technical Lead", "Cy"));
        LedgerTampering.tamper(store.dataSource(), "DELETE FROM signoff WHERE seq = 2");

        StatusReport report = gather();
        LedgerCheck ledger = Dashboard.of(report).ledger();

        assertThat(ledger.intact()).isFalse();
        assertThat(ledger.problems()).extracting(LedgerCheck.Problem::kind, LedgerCheck.Problem::seq)
                .contains(org.assertj.core.groups.Tuple.tuple("deleted", 3L));
        assertThat(ledger.summary()).startsWith(ledger.problemCount() + " ");
        assertThat(HtmlReport.render(report)).contains("<td class=\"kind\">deleted</td><td class=\"seq\">3</td>");
    }

    @Test
    void aMalformedChainHashNeitherBreaksTheReportNorItsDashboard() throws Exception {
        LedgerTampering.tamper(store.dataSource(), "UPDATE signoff SET chain_hash = 'abcd' WHERE seq = 2");

        StatusReport report = gather();

        assertThat(report.chain().head()).hasValueSatisfying(h -> assertThat(h.shortHash()).isEqualTo("abcd"));
        assertThat(Dashboard.of(report).ledger().problems()).extracting(LedgerCheck.Problem::message)
                .anyMatch(m -> m.contains("malformed chain hash"));
        assertThat(HtmlReport.render(report)).contains(LedgerCheck.BROKEN, "malformed chain hash");
        assertThat(PdfReport.render(report)).startsWith((byte) '%', (byte) 'P', (byte) 'D', (byte) 'F');
    }
}
