package org.migrationworkbench.ui.signoff;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.session.StoreServices;
import org.migrationworkbench.core.signoff.ChainProblem;
import org.migrationworkbench.core.signoff.ChainVerification;
import org.migrationworkbench.core.signoff.Decision;
import org.migrationworkbench.core.signoff.Signer;
import org.migrationworkbench.core.signoff.SignoffLedger;
import org.migrationworkbench.core.signoff.SignoffFollowUpException;
import org.migrationworkbench.core.signoff.SignoffService;
import org.migrationworkbench.core.signoff.SigningKey;
import org.migrationworkbench.core.timeline.BaselineService;
import org.migrationworkbench.ui.common.StoreTasks;
import org.migrationworkbench.ui.common.WorkspaceModel;

/**
 * The Sign-offs view of one open workspace: the matrix, the selected cell with its gate's history and what
 * changed since a stale approval, the chain verification, and recording decisions. UI thread only; every read
 * and write runs on the task runner while holding a store lease.
 */
public final class SignoffsViewModel implements WorkspaceModel {
    /** Problems the banner names; the rest are counted. */
    private static final int BANNER_PROBLEMS = 2;

    private final SignoffContext context;
    private final SignoffLedger ledger;
    private OpenedWorkspace opened;
    private LoadedSignoffs loaded;
    private String wantedGate;

    private final ReadOnlyObjectWrapper<SignoffMatrix> matrix = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<MatrixCell> selected = new SimpleObjectProperty<>();
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final ObservableList<EvidenceText.Line> changes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ChainVerification> verification = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");

    public SignoffsViewModel(OpenedWorkspace opened, SignoffContext context) {
        this.opened = opened;
        this.context = context;
        this.ledger = StoreServices.ledger(opened.store(), opened.workspace().root());
        selected.addListener((obs, was, now) -> showSelection());
    }

    @Override
    public OpenedWorkspace opened() {
        return opened;
    }

    /** The workspace was read again (same store): read everything again. */
    @Override
    public void reloaded(OpenedWorkspace next) {
        opened = next;
        load();
    }

    /** Reads the ledger, today's evidence and the chain in the background, then shows them. */
    @Override
    public void load() {
        OpenedWorkspace at = opened;
        StoreTasks.run(at, context.runner(), "Reading the sign-offs", () -> LoadedSignoffs.read(at, ledger, context),
                this::show, e -> context.errors().report("Could not read the sign-offs", e));
    }

    private void show(LoadedSignoffs next) {
        loaded = next;
        MatrixCell was = selected.get();
        matrix.set(next.matrix());
        verification.set(next.verification());
        banner.set(bannerText(next.verification()));
        selected.set(was == null ? null : next.matrix().cell(was.gate(), was.role()).orElse(null));
        if (wantedGate != null) {
            showGate(wantedGate);
        }
        showSelection();
    }

    /**
     * Selects the first role of {@code gate} (a phase id); when the matrix is not read yet, once it is. A gate
     * without roles selects nothing.
     */
    public void showGate(String gate) {
        SignoffMatrix now = matrix.get();
        if (now == null) {
            wantedGate = gate;
            return;
        }
        wantedGate = null;
        now.gates().stream().filter(g -> g.gate().equals(gate)).flatMap(g -> g.cells().stream()).findFirst()
                .ifPresent(selected::set);
    }

    private void showSelection() {
        MatrixCell cell = selected.get();
        history.setAll(cell == null || loaded == null ? List.of() : loaded.history(cell.gate()));
        changes.setAll(cell == null ? List.of() : cell.changes().stream().map(EvidenceText::change).toList());
    }

    /** "record 3 — …; record 5 — …." (the banner's title says what failed); empty when the chain is intact. */
    static String bannerText(ChainVerification v) {
        if (v.intact()) {
            return "";
        }
        // a few lines at most, so the matrix keeps its room at 1024×700; verify lists every problem
        String shown = v.problems().stream().limit(BANNER_PROBLEMS)
                .map(SignoffsViewModel::named).collect(Collectors.joining("; "));
        int more = v.problems().size() - BANNER_PROBLEMS;
        return shown + (more > 0 ? "; and " + more + " more (run 'verify' for all, 'restore' to put a backup back)"
                : "") + ".";
    }

    /** The problem's message, led by its record unless it names it first already. */
    private static String named(ChainProblem p) {
        String record = "record " + p.seq();
        return p.message().startsWith(record + " ") ? p.message() : record + " — " + p.message();
    }

    /**
     * The dialog state for signing {@code cell}, with today's evidence of its gate and the default signer;
     * empty before the first reading or for a role the gate does not require.
     */
    public java.util.Optional<SignDraft> draft(MatrixCell cell) {
        if (loaded == null || !cell.required()) {
            return java.util.Optional.empty();
        }
        var snapshot = loaded.today().get(cell.gate());
        List<EvidenceText.Line> evidence = snapshot == null ? List.of() : EvidenceText.summary(snapshot.json());
        return java.util.Optional.of(new SignDraft(cell, loaded.signer(), evidence, loaded.signingKey(),
                this::record));
    }

    private void record(SignDraft draft, Signer signer, Decision decision, Runnable done, Consumer<String> refused) {
        OpenedWorkspace at = opened;
        MatrixCell cell = draft.cell();
        SignoffService service = new SignoffService(ledger, context.clock(),
                BaselineService.of(at.store().dataSource(), context.clock()).onGateSignedOff(),
                () -> java.util.Optional.of(SigningKey.forUser()));
        StoreTasks.run(at, context.runner(), "Recording the sign-off of " + cell.role(),
                () -> service.sign(at.workspace(), cell.gate(), cell.role(), signer, decision,
                        draft.commentProperty().get(), context.evidence().apply(at)),
                record -> {
                    done.run();
                    load();
                }, e -> {
                    if (e instanceof SignoffFollowUpException recorded) {
                        done.run();
                        load();
                        context.errors().report("The sign-off was recorded, but no baseline was saved", recorded);
                    } else {
                        refused.accept(refusal(e));
                    }
                });
    }

    private String refusal(Throwable e) {
        if (!(e instanceof WorkbenchException)) {
            context.errors().report("Could not record the sign-off", e);
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** Gates by roles; null before the first reading. */
    public ReadOnlyObjectProperty<SignoffMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    /** The chosen cell; null for none. */
    public ObjectProperty<MatrixCell> selectedProperty() {
        return selected;
    }

    /** The selected cell's gate: every record, newest first. */
    public ObservableList<HistoryRow> history() {
        return history;
    }

    /** What changed since the selected cell's stale approvals, in words. */
    public ObservableList<EvidenceText.Line> changes() {
        return changes;
    }

    /** The last verification of the chain; null before the first reading. */
    public ReadOnlyObjectProperty<ChainVerification> verificationProperty() {
        return verification.getReadOnlyProperty();
    }

    /** The problems of the chain with their seq, for the banner; empty when intact. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }
}
