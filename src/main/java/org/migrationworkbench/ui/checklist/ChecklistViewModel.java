package org.migrationworkbench.ui.checklist;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javax.sql.DataSource;
import org.migrationworkbench.core.checklist.ChecklistService;
import org.migrationworkbench.core.checklist.LoadedChecklist;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.store.ChecklistStateRepository.ItemState;
import org.migrationworkbench.core.store.JdbcChecklistCatalogRepository;
import org.migrationworkbench.core.store.JdbcChecklistStateRepository;

/**
 * The Checklists view of one open workspace: the declared checklists with their progress, the selected one
 * as a tree of sections and items, the filter, the selected row with its history, and the walkthrough
 * actions. Every edit shows at once and is stored in the background, in order. UI thread only.
 */
public final class ChecklistViewModel {
    private final ChecklistContext context;
    private final ChecklistReads reads;
    private final StateWriter writer;
    private final ItemEditor editor;
    private final ItemSelection selection;
    private final MarkdownExporter exporter;
    private final ReadOnlyStringWrapper exported = new ReadOnlyStringWrapper("");
    private OpenedWorkspace opened;

    private final ObjectProperty<ChecklistSummary> selectedChecklist = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ChecklistTree> tree = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<ItemFilter> filter = new SimpleObjectProperty<>(ItemFilter.NONE);
    private final ReadOnlyObjectWrapper<List<ChecklistRow>> visibleRows = new ReadOnlyObjectWrapper<>(List.of());
    private final Map<String, String> lastSelected = new HashMap<>();

    public ChecklistViewModel(OpenedWorkspace opened, ChecklistContext context) {
        this.opened = opened;
        this.context = context;
        DataSource data = opened.store().dataSource();
        ChecklistService service = new ChecklistService(context.guides(), new JdbcChecklistCatalogRepository(data),
                new JdbcChecklistStateRepository(data), Clock.systemUTC());
        reads = new ChecklistReads(service, context.runner());
        writer = new StateWriter(service, context, this::showState);
        exporter = new MarkdownExporter(service, context);
        editor = new ItemEditor(writer);
        selection = new ItemSelection(writer, tree.getReadOnlyProperty());
        selectedChecklist.addListener((obs, was, now) -> {
            remember(was);
            show(now);
        });
        filter.addListener((obs, was, now) -> {
            refilter();
            selection.selectKeyOrFirst(selection.key().orElse(null), visibleRows.get()); // a row still shown stays
        });
    }

    /** True when the selected checklist comes from a Markdown file (so it can be exported). */
    public boolean canExport() {
        return selectedChecklist.get() != null && selectedChecklist.get().declaration().file().isPresent();
    }

    /** Writes the selected checklist's guide, states ticked, to {@code target}, after every pending change. */
    public void exportMarkdown(java.nio.file.Path target) {
        if (canExport()) {
            exporter.export(selectedChecklist.get().declaration(), target, exported::set);
        }
    }

    /** What the last export wrote; empty before the first. */
    public ReadOnlyStringProperty exportedProperty() {
        return exported.getReadOnlyProperty();
    }

    /** Reads the workspace's checklists: the selected one first, then the others to count their progress. */
    public void load() {
        reloaded(opened);
    }

    /** The workspace was read again (workbench.yaml changed): same store, maybe other checklists. */
    public void reloaded(OpenedWorkspace next) {
        opened = next;
        ChecklistSummary before = selectedChecklist.get();
        reads.declare(next.workspace().checklists());
        ChecklistSummary keep = before == null ? null : reads.summary(before.id()).orElse(null);
        if (keep == null && !reads.summaries().isEmpty()) {
            keep = reads.summaries().get(0);
        }
        if (selectedChecklist.get() == keep) {
            show(keep); // read again
        } else {
            selectedChecklist.set(keep);
        }
    }

    public OpenedWorkspace opened() {
        return opened;
    }

    public ObservableList<ChecklistSummary> checklists() {
        return reads.summaries();
    }

    public ObjectProperty<ChecklistSummary> selectedChecklistProperty() {
        return selectedChecklist;
    }

    /** The selected checklist's rows; null while none is shown. */
    public ReadOnlyObjectProperty<ChecklistTree> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    /** Why the selected checklist cannot be shown; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    public ObjectProperty<ItemFilter> filterProperty() {
        return filter;
    }

    /** The rows the filter lets through, in document order; a new list whenever the filter or checklist changes. */
    public ReadOnlyObjectProperty<List<ChecklistRow>> visibleRowsProperty() {
        return visibleRows.getReadOnlyProperty();
    }

    /** The row under the cursor, its history, and moving between rows. */
    public ItemSelection selection() {
        return selection;
    }

    /** Space: done becomes open, anything else done. */
    public void toggle() {
        selection.item().ifPresent(item -> editor.toggle(checklistId(), item));
    }

    /** A: not applicable, with the reason (required). */
    public void markNotApplicable(String reason) {
        selection.item().ifPresent(item -> editor.setState(checklistId(), item, "na", reason));
    }

    /** B: blocked, with the reason (required). */
    public void markBlocked(String reason) {
        selection.item().ifPresent(item -> editor.setState(checklistId(), item, "blocked", reason));
    }

    public void setNote(String note) {
        selection.item().ifPresent(item -> setNote(item.id(), note));
    }

    /** Sets the note of an item of the shown checklist (the one edited, even if the cursor moved on since). */
    public void setNote(String itemId, String note) {
        item(itemId).ifPresent(item -> editor.setNote(checklistId(), item, note));
    }

    public void setAssignee(String assignee) {
        selection.item().ifPresent(item -> setAssignee(item.id(), assignee));
    }

    public void setAssignee(String itemId, String assignee) {
        item(itemId).ifPresent(item -> editor.setAssignee(checklistId(), item, assignee));
    }

    /** Ctrl+Z: writes the previous values of the last edited item again and selects it. */
    public void undo() {
        Optional.ofNullable(tree.get()).flatMap(editor::undo).ifPresent(selection::selectKey);
    }

    /** Ctrl+Shift+Z: makes the last undone edit again and selects its item. */
    public void redo() {
        Optional.ofNullable(tree.get()).flatMap(editor::redo).ifPresent(selection::selectKey);
    }

    public boolean canUndo() {
        return tree.get() != null && editor.canUndo(checklistId());
    }

    public boolean canRedo() {
        return tree.get() != null && editor.canRedo(checklistId());
    }

    /** N: selects the next open item the filter shows, after the selected row, starting over at the top. */
    public boolean nextOpen() {
        return selection.next(visibleRows.get(), row -> row instanceof ItemRow item && item.state().equals("open"));
    }

    private Optional<ItemRow> item(String itemId) {
        return Optional.ofNullable(tree.get()).flatMap(t -> t.item(itemId));
    }

    private String checklistId() {
        return tree.get().checklistId();
    }

    private void show(ChecklistSummary summary) {
        if (summary == null) {
            display(null);
            return;
        }
        reading.set(true);
        if (tree.get() != null && !tree.get().checklistId().equals(summary.id())
                && reads.known(summary.id()).isEmpty()) {
            clear(); // not the previous checklist's rows under the new one's title while it is read
        }
        reads.get(summary, loaded -> {
            if (selectedChecklist.get() == summary) {
                display(loaded);
            }
            reads.readRest(this::counted);
        }, (failed, error) -> {
            if (selectedChecklist.get() == failed) {
                display(null);
                problem.set(failed.problemProperty().get());
            }
            reads.readRest(this::counted);
        });
    }

    private void display(LoadedChecklist loaded) {
        reading.set(false);
        problem.set("");
        if (loaded == null) {
            clear();
            return;
        }
        ChecklistTree previous = tree.get();
        String key = previous != null && previous.checklistId().equals(loaded.id())
                ? selection.key().orElse(null) : lastSelected.get(loaded.id());
        ChecklistTree next = new ChecklistTree(loaded, writer.written(loaded.id()));
        tree.set(next);
        refilter();
        selection.selectKeyOrFirst(key, visibleRows.get());
        reads.summary(loaded.id()).ifPresent(s -> s.counted(next));
    }

    private void clear() {
        tree.set(null);
        visibleRows.set(List.of());
        selection.select(null);
    }

    private void counted(LoadedChecklist loaded) {
        if (tree.get() != null && tree.get().checklistId().equals(loaded.id())) {
            return; // the shown tree counts itself, edits included
        }
        ChecklistTree counted = new ChecklistTree(loaded, writer.written(loaded.id()));
        reads.summary(loaded.id()).ifPresent(s -> s.counted(counted));
    }

    private void refilter() {
        ChecklistTree shown = tree.get();
        visibleRows.set(shown == null ? List.of() : filter.get().apply(shown));
    }

    private void remember(ChecklistSummary left) {
        if (left != null && tree.get() != null && tree.get().checklistId().equals(left.id())) {
            selection.key().ifPresent(key -> lastSelected.put(left.id(), key));
        }
    }

    /** A write reports the state an item shows now: made, stored or reverted. */
    private void showState(String checklistId, String itemId, Optional<ItemState> state, boolean settled) {
        ChecklistTree shown = tree.get();
        if (shown != null && shown.checklistId().equals(checklistId)) {
            shown.item(itemId).ifPresent(item -> {
                item.show(state);
                if (settled) {
                    selection.changed(item); // its history has grown (read before, it would miss the write)
                }
            });
            reads.summary(checklistId).ifPresent(s -> s.counted(shown));
        } else {
            reads.known(checklistId).ifPresent(this::counted);
        }
    }
}
