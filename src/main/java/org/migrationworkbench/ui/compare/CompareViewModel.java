package org.migrationworkbench.ui.compare;

import org.migrationworkbench.ui.common.PairOpener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.migrationworkbench.core.CancelledException;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.compare.CompareOptions;
import org.migrationworkbench.core.compare.CompareResult;
import org.migrationworkbench.core.compare.DifferenceSink;
import org.migrationworkbench.core.model.Comparison;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.ui.task.TaskRunner;

/**
 * The Compare page of one open workspace: the declared comparisons with their last verdicts, running one or
 * all in the background (cancellable), ad-hoc comparison of two chosen files or folders, and the result
 * shown. UI thread only.
 */
public final class CompareViewModel implements PairOpener {
    private final CompareContext context;
    private ComparisonRunner declared;
    private OpenedWorkspace opened;
    private final ObservableList<ComparisonRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ComparisonRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<PairResult> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private TaskRunner.Handle task;

    public CompareViewModel(OpenedWorkspace opened, CompareContext context) {
        this.opened = opened;
        this.context = context;
        this.declared = context.declared().apply(opened);
        showRows();
    }

    /** Reads the newest stored verdict of each comparison not run in this session, in the background. */
    public void load() {
        StoredVerdicts.read(context, declared, rows, false);
    }

    /**
     * The workspace was read again: keep the verdicts of comparisons still declared, then read the stored ones
     * again (a run may have been stored meanwhile, e.g. by the CLI).
     */
    public void reloaded(OpenedWorkspace next) {
        opened = next;
        declared = context.declared().apply(next);
        showRows();
        StoredVerdicts.read(context, declared, rows, true);
    }

    private void showRows() {
        List<ComparisonRow> next = new ArrayList<>();
        for (Comparison c : opened.workspace().comparisons()) {
            next.add(rows.stream().filter(r -> r.id().equals(c.id())).findFirst()
                    .map(r -> new ComparisonRow(c, r.result(), r.error())).orElse(ComparisonRow.notRun(c)));
        }
        String was = selected.get() == null ? null : selected.get().id();
        rows.setAll(next);
        selected.set(next.stream().filter(r -> r.id().equals(was)).findFirst().orElse(null));
    }

    public void runSelected() {
        ComparisonRow row = selected.get();
        if (row != null) {
            run(List.of(row.comparison()));
        }
    }

    /** Runs one declared comparison again (after its register changed), showing its result. */
    public void rerun(Comparison comparison) {
        run(List.of(comparison));
    }

    public void runAll() {
        run(opened.workspace().comparisons());
    }

    private void run(List<Comparison> comparisons) {
        if (running.get() || comparisons.isEmpty()) {
            return;
        }
        running.set(true);
        task = context.runner().task(comparisons.size() == 1 ? "Comparing " + comparisons.get(0).id()
                        : "Comparing " + comparisons.size() + " outputs", p -> runEach(comparisons, p))
                .onSuccess(this::finished)
                .onError(this::failed)
                .start();
    }

    /** Runs each comparison in turn; one failing does not stop the others, a cancel does. */
    private List<ComparisonRow> runEach(List<Comparison> comparisons, Progress progress) {
        List<ComparisonRow> out = new ArrayList<>();
        for (Comparison c : comparisons) {
            progress.checkCancelled();
            try {
                CompareResult r = declared.run(c, DifferenceSink.NONE, progress);
                out.add(new ComparisonRow(c, Optional.of(r), Optional.empty()));
            } catch (CancelledException e) {
                throw e;
            } catch (RuntimeException e) {
                out.add(new ComparisonRow(c, Optional.empty(), Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
            }
        }
        return out;
    }

    private void finished(List<ComparisonRow> done) {
        running.set(false);
        for (ComparisonRow row : done) {
            rows.replaceAll(r -> r.id().equals(row.id()) ? row : r);
        }
        ComparisonRow.firstToShow(done).ifPresent(this::showRow);
        done.stream().filter(r -> r.error().isPresent()).findFirst().ifPresent(r -> context.errors().report(
                "Comparison " + r.id() + " failed", new org.migrationworkbench.core.WorkbenchException(
                        r.error().orElseThrow())));
    }

    /** Shows a row's last result (nothing when it has none). */
    public void showRow(ComparisonRow row) {
        selected.set(rows.stream().filter(r -> r.id().equals(row.id())).findFirst().orElse(row));
        row.result().ifPresent(r -> shown.set(new PairResult(row.comparison().displayTitle(),
                declared.location(row.comparison().oldSide()),
                declared.location(row.comparison().newSide()), r,
                org.migrationworkbench.core.compare.ComparisonOptions.text(row.comparison().text()),
                Optional.of(row.comparison()), 0)));
    }

    /** Compares two files or two folders chosen or dropped by the user, format detected. */
    public void compareFiles(Path oldSide, Path newSide) {
        open(oldSide, newSide, 0, 0, oldSide.getFileName() + " ↔ " + newSide.getFileName());
    }

    @Override
    public void open(Path oldSide, Path newSide, int oldLine, int newLine, String title) {
        if (running.get()) {
            return;
        }
        running.set(true);
        task = context.runner().task("Comparing " + oldSide.getFileName() + " with " + newSide.getFileName(),
                        p -> context.comparisons().compare(oldSide, newSide, CompareOptions.defaults(),
                                DifferenceSink.NONE, p))
                .onSuccess(r -> {
                    running.set(false);
                    shown.set(new PairResult(title, Optional.of(oldSide), Optional.of(newSide), r,
                            org.migrationworkbench.core.compare.TextOptions.EXACT, Optional.empty(), oldLine));
                })
                .onError(this::failed)
                .start();
    }

    private void failed(Throwable error) {
        running.set(false);
        context.errors().report("Comparison failed", error);
    }

    public void cancel() {
        if (running.get() && task != null) {
            task.cancel();
            running.set(false);
        }
    }

    /** Runs the declared comparisons of the open workspace (and keeps their register). */
    public ComparisonRunner declared() {
        return declared;
    }

    public OpenedWorkspace opened() {
        return opened;
    }

    public CompareContext context() {
        return context;
    }

    /** Every declared comparison with its last verdict. */
    public ObservableList<ComparisonRow> rows() {
        return rows;
    }

    public ObjectProperty<ComparisonRow> selectedProperty() {
        return selected;
    }

    /** The result on screen; null before the first. */
    public ReadOnlyObjectProperty<PairResult> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
