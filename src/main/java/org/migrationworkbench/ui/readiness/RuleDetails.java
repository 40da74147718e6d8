package org.migrationworkbench.ui.readiness;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.migrationworkbench.core.readiness.Analysis;
import org.migrationworkbench.core.readiness.Evidence;
import org.migrationworkbench.core.readiness.ReadinessService;
import org.migrationworkbench.core.readiness.SecretFiles;
import org.migrationworkbench.core.readiness.SourceExcerpt;
import org.migrationworkbench.core.session.OpenedWorkspace;

/** The selected rule: its details, a code preview of one piece of its evidence, and waiving it. UI thread only. */
public final class RuleDetails {
    private final ReadinessService service;
    private final ReadinessContext context;
    private final Supplier<OpenedWorkspace> opened;
    private final ReadOnlyObjectProperty<Analysis> analysis;
    private final Consumer<Analysis> rescored;
    private final ObjectProperty<RuleRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<SourceExcerpt> preview = new ReadOnlyObjectWrapper<>();

    RuleDetails(ReadinessService service, ReadinessContext context, Supplier<OpenedWorkspace> opened,
                ReadOnlyObjectProperty<Analysis> analysis, Consumer<Analysis> rescored) {
        this.service = service;
        this.context = context;
        this.opened = opened;
        this.analysis = analysis;
        this.rescored = rescored;
        selected.addListener((obs, was, now) -> {
            if (was == null || now == null || !was.id().equals(now.id())) {
                preview.set(null);
            }
        });
    }

    /** The rule shown in the detail pane; null for none. */
    public ObjectProperty<RuleRow> selectedProperty() {
        return selected;
    }

    /** The file around the evidence chosen last; null when none is shown. */
    public ReadOnlyObjectProperty<SourceExcerpt> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Reads the evidence's file from the target repository in the background and shows it. */
    public void showEvidence(Evidence evidence) {
        if (evidence.file().isEmpty()) {
            return;
        }
        var workspace = opened.get().workspace();
        context.runner().task("Reading " + evidence.file(), p -> SourceExcerpt.read(workspace.target(),
                        evidence.file(), evidence.line(), SecretFiles.of(workspace)))
                .onSuccess(preview::set)
                .onError(e -> context.errors().report("Could not show " + evidence.file(), e))
                .start();
    }

    /** The selected code-ref rule's two references, when it has exactly two that resolve. */
    public java.util.Optional<CodeRefPair> codePair() {
        RuleRow row = selected.get();
        return row == null ? java.util.Optional.empty() : CodeRefPair.of(row, opened.get().workspace().target());
    }

    public void closePreview() {
        preview.set(null);
    }

    /** The default expiry offered for a new waiver: two weeks from today. */
    public LocalDate defaultExpiry() {
        return LocalDate.now(context.clock()).plusDays(14);
    }

    /** Waives the selected (failing) rule in the background, then scores the last run again. */
    public void waive(String reason, String owner, LocalDate expires) {
        RuleRow row = selected.get();
        Analysis last = analysis.get();
        if (row == null || last == null || !row.canWaive()) {
            return;
        }
        context.runner().task("Waiving " + row.id(), p -> {
                    service.waive(row.id(), reason.strip(), owner.strip(), expires, context.actor());
                    return service.rescore(last);
                })
                .onSuccess(rescored)
                .onError(e -> context.errors().report("Could not waive " + row.id(), e))
                .start();
    }

    void reselect(List<RuleRow> rows) {
        RuleRow now = selected.get();
        selected.set(now == null ? null : rows.stream().filter(r -> r.id().equals(now.id())).findFirst()
                .orElse(null));
    }

    void refresh(RuleRow row) {
        if (selected.get() != null && selected.get().id().equals(row.id())) {
            selected.set(row);
        }
    }
}
