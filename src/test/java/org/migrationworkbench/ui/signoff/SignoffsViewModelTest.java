package org.migrationworkbench.ui.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.signoff.ChainHead;
import org.migrationworkbench.core.signoff.Signer;
import org.migrationworkbench.core.signoff.SignoffFollowUpException;
import org.migrationworkbench.core.timeline.Baseline;
import org.migrationworkbench.core.timeline.BaselineService;
import org.migrationworkbench.ui.task.SameThreadTaskRunner;

class SignoffsViewModelTest {
    @TempDir
    Path temp;
    private final List<Throwable> errors = new ArrayList<>();
    private OpenedWorkspace opened;
    private SignoffsViewModel model;
    private final Signer signer = new Signer("Ada Lovelace", "ada@example.org");

    @BeforeEach
    void open() {
        opened = SignoffWorkspaces.open(SignoffWorkspaces.write(temp.resolve("ws")));
        model = new SignoffsViewModel(opened, new SignoffContext(new SameThreadTaskRunner(),
                (title, e) -> errors.add(e), SignoffWorkspaces.evidence(), target -> signer, Clock.systemUTC()));
        model.load();
    }

    @AfterEach
    void close() {
        opened.close();
    }

    private MatrixCell cell(String gate, String role) {
        return model.matrixProperty().get().cell(gate, role).orElseThrow();
    }

    private SignDraft draft(String gate, String role) {
        return model.draft(cell(gate, role)).orElseThrow();
    }

    @Test
    void theMatrixHasAGateRowPerGateWithSignoffsAndEveryRequiredCellMissing() {
        SignoffMatrix matrix = model.matrixProperty().get();
        assertThat(matrix.roles()).containsExactly("Technical Lead", "Product Owner", "Stakeholder");
        assertThat(matrix.gates()).extracting(SignoffMatrix.GateRow::gate).containsExactly("p1-build", "p2-cutover");
        assertThat(cell("p1-build", "Technical Lead").state()).isEqualTo(CellState.MISSING);
        assertThat(cell("p1-build", "Product Owner").state()).isEqualTo(CellState.NOT_REQUIRED);
        assertThat(cell("p2-cutover", "Stakeholder").headline()).isEqualTo("Missing · 0 of 2");
        assertThat(model.bannerProperty().get()).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void approvingShowsTheCellApprovedByThePersonAndClosesTheDraft() {
        SignDraft draft = draft("p1-build", "Technical Lead");
        assertThat(draft.nameProperty().get()).isEqualTo("Ada Lovelace");
        assertThat(draft.evidence()).contains(new EvidenceText.Line("Checklists", "build", "1 of 1 done"));

        draft.nameProperty().set("Grace Hopper");
        draft.emailProperty().set("grace@example.org");
        draft.approve();

        assertThat(draft.doneProperty().get()).isTrue();
        assertThat(draft.refusalProperty().get()).isEmpty();
        MatrixCell approved = cell("p1-build", "Technical Lead");
        assertThat(approved.state()).isEqualTo(CellState.APPROVED);
        assertThat(approved.who()).startsWith("Grace Hopper · ");
        assertThat(errors).isEmpty();
    }

    @Test
    void approvingTheLastRequiredRoleOfAGateSavesABaseline() {
        BaselineService baselines = BaselineService.of(opened.store().dataSource(), Clock.systemUTC());
        draft("p2-cutover", "Technical Lead").approve();
        assertThat(baselines.all()).isEmpty();

        draft("p1-build", "Technical Lead").approve();

        assertThat(baselines.all()).extracting(Baseline::reason).containsExactly("gate p1-build signed off");
        assertThat(errors).isEmpty();
    }

    @Test
    void aBaselineThatCannotBeSavedIsReportedAndTheApprovalStays() throws Exception {
        try (var connection = opened.store().dataSource().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("DROP TABLE timeline_baseline_phase");
            statement.execute("DROP TABLE timeline_baseline");
        }
        SignDraft draft = draft("p1-build", "Technical Lead");

        draft.approve();

        assertThat(draft.doneProperty().get()).isTrue();
        assertThat(cell("p1-build", "Technical Lead").state()).isEqualTo(CellState.APPROVED);
        assertThat(errors).singleElement().satisfies(e -> assertThat(e)
                .isInstanceOf(SignoffFollowUpException.class).hasMessageContaining("Could not save the timeline"));
    }

    @Test
    void theDraftSummarisesTheGatesEvidenceInWords() {
        assertThat(draft("p2-cutover", "Product Owner").evidence()).containsExactly(
                new EvidenceText.Line("Checklists", "go-live", "1 of 2 done"),
                new EvidenceText.Line("Rules", "old-code-gone", "not run"),
                new EvidenceText.Line("Metrics", "Batch latency", "target <= 7 s · actual 5 s"));
    }

    @Test
    void aStakeholderApprovalCountsAsOneOfTwo() {
        draft("p2-cutover", "Stakeholder").approve();
        assertThat(cell("p2-cutover", "Stakeholder").headline()).isEqualTo("Missing · 1 of 2");

        SignDraft bob = draft("p2-cutover", "Stakeholder");
        bob.nameProperty().set("Bob");
        bob.emailProperty().set("bob@example.org");
        bob.approve();
        assertThat(cell("p2-cutover", "Stakeholder").headline()).isEqualTo("Approved · 2 of 2");
        assertThat(cell("p2-cutover", "Stakeholder").who()).startsWith("Ada Lovelace, Bob · ");
    }

    @Test
    void aChecklistChangeMakesOnlyTheApprovalsOfItsGateStaleAndSaysWhatChanged() throws Exception {
        draft("p1-build", "Technical Lead").approve();
        draft("p2-cutover", "Technical Lead").approve();
        model.selectedProperty().set(cell("p2-cutover", "Technical Lead"));

        SignoffWorkspaces.tickFreeze(opened.workspace().root());
        model.load();

        assertThat(cell("p1-build", "Technical Lead").state()).isEqualTo(CellState.APPROVED);
        MatrixCell stale = cell("p2-cutover", "Technical Lead");
        assertThat(stale.state()).isEqualTo(CellState.STALE);
        assertThat(model.selectedProperty().get()).isEqualTo(stale);
        assertThat(model.changes()).singleElement().satisfies(line -> {
            assertThat(line.section()).isEqualTo("Checklist item");
            assertThat(line.name()).startsWith("go-live/");
            assertThat(line.value()).isEqualTo("open → done");
        });
        assertThat(model.history()).singleElement().extracting(HistoryRow::standing).isEqualTo("stale");
    }

    @Test
    void aRejectWithoutCommentIsRefusedInTheDraftAndNothingIsRecorded() {
        SignDraft draft = draft("p2-cutover", "Product Owner");
        draft.reject();
        assertThat(draft.refusalProperty().get()).isEqualTo("A reject needs a comment saying why.");
        assertThat(draft.doneProperty().get()).isFalse();

        draft.commentProperty().set("Rollback is untested");
        draft.reject();
        assertThat(draft.doneProperty().get()).isTrue();
        assertThat(cell("p2-cutover", "Product Owner").state()).isEqualTo(CellState.REJECTED);
        model.selectedProperty().set(cell("p2-cutover", "Product Owner"));
        assertThat(model.history()).singleElement().satisfies(row -> {
            assertThat(row.decision()).isEqualTo("Rejected");
            assertThat(row.record().signoff().comment()).isEqualTo("Rollback is untested");
            assertThat(row.standing()).isEqualTo("in force");
        });
    }

    @Test
    void separationOfDutiesRefusalIsShownInTheDraftWithTheServicesMessage() {
        draft("p2-cutover", "Technical Lead").approve();
        SignDraft second = draft("p2-cutover", "Product Owner");
        second.approve();

        assertThat(second.doneProperty().get()).isFalse();
        assertThat(second.busyProperty().get()).isFalse();
        assertThat(second.refusalProperty().get()).startsWith("Separation of duties: Ada Lovelace already approved")
                .contains("as Technical Lead");
        assertThat(cell("p2-cutover", "Product Owner").state()).isEqualTo(CellState.MISSING);
        assertThat(errors).as("a refusal is not an error").isEmpty();
    }

    @Test
    void aTruncatedHeadFileRaisesTheBannerNamingTheRecord() throws Exception {
        draft("p1-build", "Technical Lead").approve();
        assertThat(model.bannerProperty().get()).isEmpty();
        Path head = ChainHead.file(opened.workspace().root());
        String line = Files.readString(head);
        Files.writeString(head, line.substring(0, line.length() / 2));

        model.load();

        assertThat(model.verificationProperty().get().intact()).isFalse();
        assertThat(model.bannerProperty().get()).startsWith("record 1 — ")
                .contains("not a sign-off chain head");
    }

    @Test
    void deletedNewestRecordsRaiseTheBannerWithTheSeqWritten() throws Exception {
        draft("p1-build", "Technical Lead").approve();
        Files.writeString(ChainHead.file(opened.workspace().root()), "7 " + "0".repeat(64) + "\n");

        model.load();

        assertThat(model.bannerProperty().get()).startsWith("record 7 — the newest records were deleted");
        // the approval is still there, but a ledger that does not verify cannot vouch for it
        assertThat(model.matrixProperty().get().cell("p1-build", "Technical Lead").orElseThrow().state())
                .isEqualTo(CellState.UNVERIFIED);
    }

    @Test
    void theBannerNamesEachRecordOnce() {
        var v = new org.migrationworkbench.core.signoff.ChainVerification(4, java.util.Optional.empty(), List.of(
                new org.migrationworkbench.core.signoff.ChainProblem(4,
                        org.migrationworkbench.core.signoff.ChainProblem.Kind.EDITED, "record 4 has a malformed hash"),
                new org.migrationworkbench.core.signoff.ChainProblem(5,
                        org.migrationworkbench.core.signoff.ChainProblem.Kind.HEAD, "the head file is missing")));

        assertThat(SignoffsViewModel.bannerText(v))
                .isEqualTo("record 4 has a malformed hash; record 5 — the head file is missing.");
    }

    @Test
    void theBannerShowsTheFirstProblemsAndCountsTheRest() {
        var edited = org.migrationworkbench.core.signoff.ChainProblem.Kind.EDITED;
        var v = new org.migrationworkbench.core.signoff.ChainVerification(9, java.util.Optional.empty(),
                java.util.stream.IntStream.rangeClosed(1, 5).mapToObj(i -> new org.migrationworkbench.core.signoff
                        .ChainProblem(i, edited, "record " + i + " was changed")).toList());

        assertThat(SignoffsViewModel.bannerText(v)).isEqualTo("record 1 was changed; record 2 was changed; and 3 more "
                + "(run 'verify' for all, 'restore' to put a backup back).");
    }
}
