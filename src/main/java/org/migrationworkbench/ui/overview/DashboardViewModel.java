package org.migrationworkbench.ui.overview;

import org.migrationworkbench.core.AtomicFiles;
import org.migrationworkbench.core.report.ReportFormat;
import org.migrationworkbench.core.report.StatusReport;
import org.migrationworkbench.core.report.dashboard.*;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.ui.common.PictureExport;
import org.migrationworkbench.ui.common.StoreTasks;
import org.migrationworkbench.ui.common.ErrorReporter;
import org.migrationworkbench.ui.common.WorkspaceModel;
import org.migrationworkbench.ui.task.TaskRunner;

/**
 * The Overview and status dashboard of one open workspace (one store): the workspace facts at once, the dashboard
 * once read in the background (while holding a store lease), and the PNG export. UI thread only.
 */
public final class DashboardViewModel implements WorkspaceModel {
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Function<OpenedWorkspace, StatusReport> reader;
    private OpenedWorkspace opened;

    private final ReadOnlyObjectWrapper<OverviewViewModel> overview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Dashboard> dashboard = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** {@code reader} reads the workspace's status (blocking; called on a worker thread). */
    public DashboardViewModel(OpenedWorkspace opened, TaskRunner runner, ErrorReporter errors,
                              Function<OpenedWorkspace, StatusReport> reader) {
        this.runner = runner;
        this.errors = errors;
        this.reader = reader;
        this.opened = opened;
        overview.set(OverviewViewModel.of(opened));
    }

    @Override
    public OpenedWorkspace opened() {
        return opened;
    }

    /** The workspace was read again (same store): show its facts, then read the dashboard again if it was read. */
    @Override
    public void reloaded(OpenedWorkspace next) {
        opened = next;
        overview.set(OverviewViewModel.of(next));
        if (dashboard.get() != null) {
            load();
        }
    }

    /** Reads the dashboard in the background; the previous one stays on screen meanwhile. */
    @Override
    public void load() {
        OpenedWorkspace at = opened;
        StoreTasks.run(at, runner, "Reading the status dashboard", () -> Dashboard.of(reader.apply(at)), next -> {
            if (at == opened) {
                dashboard.set(next);
            }
        }, e -> errors.report("Could not read the status dashboard", e));
    }

    /**
     * Encodes the picture and writes it to {@code target} atomically, both in the background; then says where it
     * went in {@link #messageProperty()}.
     *
     * @param png encodes the picture (called on a worker thread)
     */
    public void export(Callable<byte[]> png, Path target) {
        PictureExport.write(runner, errors, "dashboard", png, target,
                written -> message.set("Saved " + written.getFileName()));
    }

    /**
     * Writes the status report to {@code target} in the background, read afresh from the store: a PDF when the
     * name ends with {@code .pdf}, else one self-contained HTML file; then says where it went in
     * {@link #messageProperty()}.
     */
    public void exportReport(Path target) {
        OpenedWorkspace at = opened;
        ReportFormat format = ReportFormat.document(target);
        StoreTasks.run(at, runner, "Writing the status report", () -> {
            AtomicFiles.write(target, format.render(reader.apply(at)));
            return target;
        }, written -> message.set("Saved " + written.getFileName()),
                e -> errors.report("Could not write the status report to " + target, e));
    }

    /** The workspace's facts (name, repository, counts); never null. */
    public ReadOnlyObjectProperty<OverviewViewModel> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    /** The dashboard as last read; null until the first reading finishes. */
    public ReadOnlyObjectProperty<Dashboard> dashboardProperty() {
        return dashboard.getReadOnlyProperty();
    }

    public Optional<Dashboard> dashboard() {
        return Optional.ofNullable(dashboard.get());
    }

    /** The outcome of the last export, to show beside the button; empty before one. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
