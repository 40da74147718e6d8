package org.migrationworkbench.ui.timeline;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.signoff.ChainHead;
import org.migrationworkbench.core.signoff.EvidenceSource;
import org.migrationworkbench.core.signoff.GateCheck;
import org.migrationworkbench.core.signoff.GateStatus;
import org.migrationworkbench.core.signoff.SignoffLedger;
import org.migrationworkbench.core.store.StoreUsage;
import org.migrationworkbench.core.timeline.Schedule;
import org.migrationworkbench.ui.signoff.SignoffContext;
import org.migrationworkbench.ui.common.WorkspaceModel;

/**
 * The timeline of one open workspace: the rows (at once from the schedule, then again with the gates evaluated in
 * the background), the zoom and the selected phase. UI thread only; gate evaluation runs on the task runner
 * while holding a store lease.
 */
public final class TimelineViewModel implements WorkspaceModel {
    private final SignoffContext context;
    private OpenedWorkspace opened;

    private final ReadOnlyObjectWrapper<TimelineData> data = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Zoom> zoom = new SimpleObjectProperty<>(Zoom.WEEK);
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>();

    /** Shows the schedule at once (gates not evaluated yet); {@link #load()} evaluates them. */
    public TimelineViewModel(OpenedWorkspace opened, SignoffContext context) {
        this.context = context;
        this.opened = opened;
        data.set(TimelineData.of(Schedule.of(opened.workspace()), Map.of(), today()));
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
        data.set(TimelineData.of(Schedule.of(next.workspace()), Map.of(), today()));
        if (was != null && was.gatesRead()) {
            load();
        }
    }

    /** Evaluates every phase's gate in the background, then shows the rows with them. */
    @Override
    public void load() {
        OpenedWorkspace at = opened;
        StoreUsage.Lease lease;
        try {
            lease = at.store().lease(() -> { }, "reading the phase gates");
        } catch (RuntimeException e) {
            context.errors().report("Could not read the phase gates", e);
            return;
        }
        context.runner().task("Reading phase gates", p -> {
                    try (lease) {
                        return TimelineData.of(Schedule.of(at.workspace()), gates(at, context), today());
                    }
                })
                .onSuccess(next -> {
                    if (at == opened) {
                        data.set(next);
                    }
                })
                .onError(e -> context.errors().report("Could not read the phase gates", e))
                .start();
    }

    /** Every phase's gate from today's evidence and the ledger. Blocking. */
    static Map<String, GateStatus> gates(OpenedWorkspace at, SignoffContext context) {
        Workspace ws = at.workspace();
        EvidenceSource evidence = context.evidence().apply(at);
        SignoffLedger ledger = new SignoffLedger(at.store(), ChainHead.file(ws.root()));
        Map<String, GateStatus> gates = new LinkedHashMap<>();
        for (Phase phase : ws.phases()) {
            gates.put(phase.id(), GateCheck.of(ws, phase, evidence, ledger.records(phase.id())));
        }
        return gates;
    }

    private LocalDate today() {
        return LocalDate.now(context.clock());
    }

    /** The rows, span and today; never null. */
    public ReadOnlyObjectProperty<TimelineData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ObjectProperty<Zoom> zoomProperty() {
        return zoom;
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
