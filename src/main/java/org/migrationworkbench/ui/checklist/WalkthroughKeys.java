package org.migrationworkbench.ui.checklist;

import javafx.event.EventHandler;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The keys for walking through a checklist at the keyboard, on the tree: Space toggles done/open, J/K
 * move (as do the arrows), N jumps to the next open item, A and B ask for a reason and mark n/a or blocked,
 * Enter goes to the note, Ctrl+Z and Ctrl+Shift+Z undo and redo.
 */
final class WalkthroughKeys implements EventHandler<KeyEvent> {
    /** The one-line reminder shown under the tree. */
    static final String HINT = "Space done/open · J/K or ↑/↓ move · N next open · A n/a · B blocked · "
            + "Enter note · Ctrl+Z undo · Ctrl+Shift+Z redo";
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    /** What the keys need from the rest of the view. */
    interface Actions {
        /** Asks for the reason, then marks the selected item n/a ("na") or blocked. */
        void askReason(String state);

        void editNote();

        /** Says something briefly, e.g. that no item is open. */
        void notice(String text);
    }

    private final ChecklistViewModel model;
    private final ChecklistTable table;
    private final Actions actions;

    WalkthroughKeys(ChecklistViewModel model, ChecklistTable table, Actions actions) {
        this.model = model;
        this.table = table;
        this.actions = actions;
    }

    @Override
    public void handle(KeyEvent event) {
        if (UNDO.match(event)) {
            model.undo();
        } else if (REDO.match(event)) {
            model.redo();
        } else if (event.isShortcutDown() || event.isAltDown() || !plainKey(event)) {
            return;
        }
        event.consume();
    }

    /** Handles a key without modifiers; false when it is not one of ours. */
    private boolean plainKey(KeyEvent event) {
        switch (event.getCode()) {
            case SPACE -> space();
            case J -> move(1);
            case K -> move(-1);
            case N -> {
                if (!model.nextOpen()) {
                    actions.notice("No open items" + (model.filterProperty().get().isNone() ? "" : " in this filter"));
                }
            }
            case A -> reason("na");
            case B -> reason("blocked");
            case ENTER -> {
                if (model.selection().item().isPresent()) {
                    actions.editNote();
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void space() {
        TreeTableView<ChecklistRow> tree = table.node();
        TreeItem<ChecklistRow> selected = tree.getSelectionModel().getSelectedItem();
        if (model.selection().item().isPresent()) {
            model.toggle();
        } else if (selected != null && !selected.isLeaf()) {
            selected.setExpanded(!selected.isExpanded());
        }
    }

    private void move(int step) {
        TreeTableView<ChecklistRow> tree = table.node();
        int next = Math.max(0, Math.min(tree.getExpandedItemCount() - 1,
                tree.getSelectionModel().getSelectedIndex() + step));
        tree.getSelectionModel().clearAndSelect(next);
        tree.getFocusModel().focus(next);
        table.reveal(next);
    }

    private void reason(String state) {
        if (model.selection().item().isPresent()) {
            actions.askReason(state);
        }
    }
}
