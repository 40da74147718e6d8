package org.migrationworkbench.ui.checklist;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.migrationworkbench.core.store.ChecklistStateRepository.ItemState;
import org.migrationworkbench.ui.common.Styles;

/**
 * An item's history as shown, newest first: each entry says what changed against the one before (the
 * state, the note, the assignee), who changed it and when.
 */
final class HistoryEntries {
    private HistoryEntries() {
    }

    static List<Node> of(List<ItemState> states) {
        List<Node> entries = new ArrayList<>();
        for (int i = states.size() - 1; i >= 0; i--) {
            entries.add(entry(i == 0 ? null : states.get(i - 1), states.get(i)));
        }
        return entries;
    }

    private static Node entry(ItemState before, ItemState state) {
        boolean stateChanged = before == null || !before.state().equals(state.state())
                || !before.reason().equals(state.reason());
        boolean noteChanged = before == null ? !state.note().isBlank() : !before.note().equals(state.note());
        boolean assigneeChanged = before == null ? !state.assignee().isBlank()
                : !before.assignee().equals(state.assignee());
        String headline;
        if (stateChanged || !noteChanged && !assigneeChanged) {
            headline = StateLook.word(state.state()) + (state.reason().isBlank() ? "" : ": " + state.reason());
        } else if (noteChanged) {
            headline = state.note().isBlank() ? "Note removed" : "Note changed";
        } else {
            headline = state.assignee().isBlank() ? "Unassigned" : "Assigned to " + state.assignee();
        }
        Label what = new Label(headline, StateLook.icon(state.state()));
        what.setWrapText(true);
        VBox entry = new VBox(what, ItemDetailPane.muted(StateLook.change(state)));
        if (noteChanged && !state.note().isBlank()) {
            entry.getChildren().add(ItemDetailPane.wrapped("Note: " + state.note()));
        }
        if (assigneeChanged && (stateChanged || noteChanged)) {
            entry.getChildren().add(ItemDetailPane.wrapped(state.assignee().isBlank() ? "Unassigned"
                    : "Assigned to " + state.assignee()));
        }
        entry.getStyleClass().add(Styles.HISTORY_ENTRY);
        return entry;
    }
}
