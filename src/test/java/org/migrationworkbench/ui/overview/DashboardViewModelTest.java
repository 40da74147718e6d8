package org.migrationworkbench.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.checklist.ChecklistEntry;
import org.migrationworkbench.core.checklist.ChecklistService;
import org.migrationworkbench.core.checklist.ItemEdit;
import org.migrationworkbench.core.checklist.LoadedChecklist;
import org.migrationworkbench.core.compare.StandardComparators;
import org.migrationworkbench.core.model.Checklist;
import org.migrationworkbench.core.readiness.Checkers;
import org.migrationworkbench.core.readiness.ReadinessEngine;
import org.migrationworkbench.core.report.dashboard.LedgerCheck;
import org.migrationworkbench.core.report.dashboard.RiskLine;
import org.migrationworkbench.core.session.StoreServices;
import org.migrationworkbench.core.signoff.ChainHash;
import org.migrationworkbench.core.signoff.Decision;
import org.migrationworkbench.core.signoff.Signoff;
import org.migrationworkbench.core.signoff.SignoffLedger;
import org.migrationworkbench.testing.LedgerTampering;
import org.migrationworkbench.core.report.dashboard.TopRisks;
import org.migrationworkbench.core.report.dashboard.Dashboard;
import org.migrationworkbench.core.report.dashboard.PhaseCard;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.timeline.PhaseStatus;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import org.migrationworkbench.ui.common.WorkspaceServices;
import org.migrationworkbench.ui.signoff.SignoffWorkspaces;
import org.migrationworkbench.ui.task.SameThreadTaskRunner;

class DashboardViewModelTest {
    private static final Clock SEPTEMBER_15 = Clock.fixed(Instant.parse("2026-09-15T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;
    private final List<Throwable> errors = new ArrayList<>();
    private final WorkspaceServices services = new WorkspaceServices(
            new ReadinessEngine(Checkers.all(), 1, Duration.ofSeconds(30)), StandardComparators.create(SEPTEMBER_15));
    private OpenedWorkspace opened;
    private DashboardViewModel model;
    private int readings;

    @BeforeEach
    void open() {
        opened = SignoffWorkspaces.open(SignoffWorkspaces.write(temp.resolve("ws")));
        var reader = SignoffWorkspaces.status(SEPTEMBER_15);
        model = new DashboardViewModel(opened, new SameThreadTaskRunner(), (title, e) -> errors.add(e), at -> {
            readings++;
            return reader.apply(at);
        });
    }

    @AfterEach
    void close() {
        opened.close();
        assertThat(errors).isEmpty();
    }

    private PhaseStatus status(String phase) {
        return model.dashboard().orElseThrow().phases().stream().filter(c -> c.id().equals(phase)).findFirst()
                .orElseThrow().status();
    }

    private void setFreeze(String state, String reason) {
        ChecklistService checklists = services.apply(opened).checklists();
        Checklist goLive = opened.workspace().checklists().stream().filter(c -> c.id().equals("go-live"))
                .findFirst().orElseThrow();
        LoadedChecklist loaded = checklists.load(goLive);
        ChecklistEntry freeze = loaded.entries().stream().filter(e -> e.item().text().startsWith("Freeze"))
                .findFirst().orElseThrow();
        checklists.apply("go-live", freeze.id(), loaded.state(freeze.id()), ItemEdit.state(state, reason), "tester");
    }

    @Test
    void theWorkspaceFactsShowAtOnceAndTheDashboardOnceRead() {
        assertThat(model.overviewProperty().get().name()).isEqualTo("Signoff test");
        assertThat(model.dashboard()).isEmpty();

        model.load();

        assertThat(model.dashboard().orElseThrow().phases()).extracting(PhaseCard::id)
                .containsExactly("p1-build", "p2-cutover");
        assertThat(model.dashboard().orElseThrow().today()).hasToString("2026-09-15");
    }

    @Test
    void aBlockedItemBlocksItsPhaseAndIsListedWithItsReason() {
        setFreeze("blocked", "Waiting for the change board");
        model.load();

        assertThat(status("p2-cutover")).isEqualTo(PhaseStatus.BLOCKED);
        assertThat(model.dashboard().orElseThrow().risks().shown())
                .filteredOn(r -> r.kind() == RiskLine.Kind.BLOCKED_ITEM)
                .extracting(RiskLine::title, RiskLine::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Freeze the old system",
                        "Go live · Waiting for the change board"));
    }

    @Test
    void readingAgainShowsAChangeMadeElsewhere() {
        setFreeze("blocked", "Waiting");
        model.load();
        assertThat(status("p2-cutover")).isEqualTo(PhaseStatus.BLOCKED);

        setFreeze("done", "");
        model.load();

        assertThat(status("p2-cutover")).isNotEqualTo(PhaseStatus.BLOCKED);
        assertThat(model.dashboard().orElseThrow().risks().shown())
                .noneMatch(r -> r.kind() == RiskLine.Kind.BLOCKED_ITEM);
    }

    @Test
    void theDashboardSaysWhetherTheSignoffLedgerVerifies() throws Exception {
        SignoffLedger ledger = StoreServices.ledger(opened.store(), opened.workspace().root());
        String snapshot = "{\"gate\":\"p1-build\"}";
        ledger.append(new Signoff("p1-build", "Technical Lead", "Ada", "ada@example.org", Decision.APPROVE, "",
                SEPTEMBER_15.instant(), ChainHash.digest(snapshot), snapshot));
        model.load();
        assertThat(model.dashboard().orElseThrow().ledger().intact()).isTrue();

        LedgerTampering.tamper(opened.store().dataSource(), "UPDATE signoff SET chain_hash = 'abcd' WHERE seq = 1");
        model.load();

        LedgerCheck check = model.dashboard().orElseThrow().ledger();
        assertThat(check.intact()).isFalse();
        assertThat(check.headline()).isEqualTo(LedgerCheck.BROKEN);
        assertThat(check.problems()).extracting(LedgerCheck.Problem::seq).contains(1L);
    }

    @Test
    void aReloadedWorkspaceShowsItsNewFactsAndIsReadAgainOnlyOnceItWasRead() throws Exception {
        Path manifest = opened.workspace().root().resolve("workbench.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("name: Signoff test", "name: Renamed"));
        OpenedWorkspace same = new OpenedWorkspace(new WorkspaceLoader().load(opened.workspace().root()),
                opened.repository(), opened.store());
        model.reloaded(same);
        assertThat(model.overviewProperty().get().name()).isEqualTo("Renamed");
        assertThat(readings).isZero();

        model.load();
        model.reloaded(same);
        assertThat(readings).isEqualTo(2);
        assertThat(model.opened()).isSameAs(same);
    }

    @Test
    void anExportWritesTheEncodedPictureAndSaysWhere() throws Exception {
        Path target = temp.resolve("out/dashboard.png");
        model.export(() -> new byte[] {1, 2, 3}, target);

        assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3);
        assertThat(model.messageProperty().get()).isEqualTo("Saved dashboard.png");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailedExportIsReported() {
        model.export(() -> {
            throw new java.io.IOException("disk full");
        }, temp.resolve("x.png"));
        assertThat(errors).hasSize(1);
        errors.clear();
        assertThat(Files.exists(temp.resolve("x.png"))).isFalse();
        assertThat(model.messageProperty().get()).isEmpty();
    }

    @Test
    void theStatusReportExportsAsHtmlOrAsPdfByTheFilesName() throws Exception {
        Path html = temp.resolve("out/status.html");
        Path pdf = temp.resolve("out/status.PDF");

        model.exportReport(html);
        assertThat(model.messageProperty().get()).isEqualTo("Saved status.html");
        model.exportReport(pdf);

        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("Migration status: Signoff test",
                "p1-build", "p2-cutover", "data:image/png;base64,");
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(model.messageProperty().get()).isEqualTo("Saved status.PDF");
        assertThat(readings).isEqualTo(2);
        assertThat(errors).isEmpty();
    }
}
