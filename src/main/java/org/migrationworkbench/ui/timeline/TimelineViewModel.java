package org.migrationworkbench.ui.timeline;

import org.migrationworkbench.core.timeline.TimelineData;
import org.migrationworkbench.core.timeline.TimelineRow;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.migrationworkbench.core.report.ReportTimeline;
import org.migrationworkbench.core.report.StatusReport;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.timeline.Baseline;
import org.migrationworkbench.core.timeline.BaselineService;
import org.migrationworkbench.core.timeline.Schedule;
import org.migrationworkbench.ui.signoff.SignoffContext;
import org.migrationworkbench.ui.common.PictureExport;
import org.migrationworkbench.ui.common.StoreTasks;
import org.migrationworkbench.ui.common.WorkspaceModel;

/**
 * The timeline of one open workspace: the rows (at once from the schedule, then again with the gates evaluated in
 * the background), the zoom, the selected phase, and the baseline (shown or not; saving one). UI thread only; gate
 * evaluation and saving a baseline run on the task runner while holding a store lease.
 */
public final class TimelineViewModel implements WorkspaceModel {
    private final SignoffContext context;
    private final Function<OpenedWorkspace, StatusReport> status;
    private OpenedWorkspace opened;

    private final ReadOnlyObjectWrapper<TimelineData> data = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Zoom> zoom = new SimpleObjectProperty<>(Zoom.WEEK);
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>();
    private final BooleanProperty baselineShown = new SimpleBooleanProperty(true);

    /**
     * Shows the schedule at once (gates not evaluated yet); {@link #load()} evaluates them through {@code status}
     * (blocking, called on a worker thread).
     */
    public TimelineViewModel(OpenedWorkspace opened, SignoffContext context,
                             Function<OpenedWorkspace, StatusReport> status) {
        this.context = context;
        this.status = status;
        this.opened = opened;
        data.set(planned(opened));
    }

    private TimelineData planned(OpenedWorkspace at) {
        Optional<Baseline> baseline = Optional.ofNullable(data.get()).flatMap(TimelineData::baseline);
        return TimelineData.planned(Schedule.of(at.workspace()), today(), baseline);
    }

    @Override
    public OpenedWorkspace opened() {
        return opened;
    }

    /** The workspace was read again (same store): show its schedule, then evaluate its gates again. */
    @Override
    public void reloaded(OpenedWorkspace next) {
        opened = next;
        TimelineData was = data.get();
        data.set(planned(next));
        if (was != null && was.gatesRead()) {
            load();
        }
    }

    /** Evaluates every phase's gate in the background, then shows the rows with them. */
    @Override
    public void load() {
        OpenedWorkspace at = opened;
        StoreTasks.run(at, context.runner(), "Reading the phase gates", () -> ReportTimeline.of(status.apply(at)),
                next -> {
                    if (at == opened) {
                        data.set(next);
                    }
                }, e -> context.errors().report("Could not read the phase gates", e));
    }

    /** How many phases a baseline taken now would record: the scheduled ones. */
    public int phasesToBaseline() {
        return Schedule.of(opened.workspace()).scheduled().size();
    }

    /**
     * Takes a baseline of the current schedule in the background (as the default signer of the workspace, like a
     * sign-off), then reads the timeline again.
     */
    public void saveBaseline() {
        OpenedWorkspace at = opened;
        StoreTasks.run(at, context.runner(), "Saving a baseline", () -> {
            String actor = context.identity().apply(at.workspace().target()).name();
            return BaselineService.of(at.store().dataSource(), context.clock())
                    .take(at.workspace(), BaselineService.ON_DEMAND, actor);
        }, saved -> load(), e -> context.errors().report("Could not save the baseline", e));
    }

    private LocalDate today() {
        return LocalDate.now(context.clock());
    }

    /**
     * Encodes a picture with {@code png} and writes it to {@code target}, both in the background; then calls
     * {@code written}.
     */
    public void export(Callable<byte[]> png, Path target, Consumer<Path> written) {
        PictureExport.write(context.runner(), context.errors(), "timeline", png, target, written);
    }

    /** The rows, span and today; never null. */
    public ReadOnlyObjectProperty<TimelineData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ObjectProperty<Zoom> zoomProperty() {
        return zoom;
    }

    /** Whether the chart draws the baseline's planned bars and slip flags (when there is a baseline); on at first. */
    public BooleanProperty baselineShownProperty() {
        return baselineShown;
    }

    /** The id of the chosen phase; null for none. */
    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    /** The chosen phase's row, if any. */
    public Optional<TimelineRow> selectedRow() {
        return Optional.ofNullable(selected.get()).flatMap(id -> data.get().row(id));
    }
}
