package org.migrationworkbench.ui.present;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.migrationworkbench.core.report.StatusReport;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.ui.common.ErrorReporter;
import org.migrationworkbench.ui.common.StoreTasks;
import org.migrationworkbench.ui.task.TaskRunner;

/**
 * The presenter's slides and the one shown. UI thread only; {@link #refresh(OpenedWorkspace)} gathers the status
 * report on the task runner while holding a store lease, and keeps the slide shown.
 */
public final class PresenterViewModel {
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Function<OpenedWorkspace, StatusReport> gather;
    private final ReadOnlyObjectWrapper<List<Slide>> slides = new ReadOnlyObjectWrapper<>(List.of(
            new Slide("Reading the status…", "", List.of(), "")));
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(0);
    private OpenedWorkspace gathering;
    private boolean busy;
    private boolean failed;

    /** {@code gather} reads a workspace's status report; called on a worker thread. */
    public PresenterViewModel(TaskRunner runner, ErrorReporter errors, Function<OpenedWorkspace, StatusReport> gather) {
        this.runner = runner;
        this.errors = errors;
        this.gather = gather;
    }

    /** Gathers {@code opened}'s status again in the background and shows its slides. */
    public void refresh(OpenedWorkspace opened) {
        gathering = opened;
        failed = false;
        busy = true;
        StoreTasks.run(opened, runner, "Reading the status", () -> gather.apply(opened), report -> {
            busy = false;
            if (gathering == opened) {
                show(Slides.of(report));
            }
        }, this::failed);
    }

    /**
     * The periodic refresh that keeps the slides live: like {@link #refresh}, but skipped while a reading runs and
     * after one failed (the failure was reported once; the next slide change tries again).
     */
    public void poll(OpenedWorkspace opened) {
        if (!busy && !failed) {
            refresh(opened);
        }
    }

    private void failed(Throwable e) {
        busy = false;
        failed = true;
        errors.report("Could not read the status", e);
    }

    /** Shows {@code next} slides, staying on the same slide number when it still exists. */
    public void show(List<Slide> next) {
        if (next.isEmpty()) {
            throw new IllegalArgumentException("no slides");
        }
        slides.set(List.copyOf(next));
        index.set(Math.min(index.get(), next.size() - 1));
    }

    /** Moves to the next slide; false (and stays) on the last. */
    public boolean next() {
        return moveTo(index.get() + 1);
    }

    /** Moves to the previous slide; false (and stays) on the first. */
    public boolean previous() {
        return moveTo(index.get() - 1);
    }

    private boolean moveTo(int at) {
        if (at < 0 || at >= slides.get().size()) {
            return false;
        }
        index.set(at);
        return true;
    }

    public ReadOnlyObjectProperty<List<Slide>> slidesProperty() {
        return slides.getReadOnlyProperty();
    }

    /** The shown slide's position, from 0. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** The shown slide. */
    public Slide current() {
        return slides.get().get(index.get());
    }

    /** "3 / 6". */
    public StringBinding counter() {
        return Bindings.createStringBinding(() -> (index.get() + 1) + " / " + slides.get().size(), index, slides);
    }
}
