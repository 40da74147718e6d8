package org.migrationworkbench.ui.checklist;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.migrationworkbench.core.store.ChecklistStateRepository.ItemState;
import org.migrationworkbench.ui.common.Styles;

/**
 * The state line and the editable note and assignee of the selected item. An edit is saved when it is
 * committed: the field loses focus, Ctrl+Enter in the note, Enter in the assignee. Esc drops the edit and
 * goes back to the list. A field being edited is never overwritten by a state change.
 */
final class ItemFields {
    private final ChecklistViewModel model;
    private final Runnable backToList;
    private final Label state = new Label();
    private final TextArea note = new TextArea();
    private final TextField assignee = new TextField();
    private ItemRow item;

    ItemFields(ChecklistViewModel model, Runnable backToList) {
        this.model = model;
        this.backToList = backToList;
        state.setId("item-state");
        state.setWrapText(true);
        note.setId("note-field");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.setPromptText("Note for the team");
        assignee.setId("assignee-field");
        assignee.setPromptText("Who does it");
        note.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                saveNote();
            }
        });
        assignee.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                saveAssignee();
            }
        });
        note.addEventFilter(KeyEvent.KEY_PRESSED, this::noteKey);
        assignee.addEventFilter(KeyEvent.KEY_PRESSED, this::assigneeKey);
    }

    Node stateLine() {
        HBox line = new HBox(state);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    List<Node> editors() {
        Label hint = ItemDetailPane.muted("Ctrl+Enter saves · Esc goes back to the list");
        return List.of(new VBox(4, ItemDetailPane.label("Note"), note, hint),
                new VBox(4, ItemDetailPane.label("Assignee"), assignee));
    }

    /** Shows the item's current values, leaving a field alone while it is being edited. */
    void show(ItemRow next) {
        boolean other = next != item;
        if (other) {
            saveNote(); // an edit of the item left behind, when the cursor moved on without leaving the field
            saveAssignee();
        }
        item = next;
        state.setText(StateLook.withReason(next));
        state.setGraphic(StateLook.icon(next.state()));
        if (other || !note.isFocused()) {
            note.setText(next.recorded().map(ItemState::note).orElse(""));
        }
        if (other || !assignee.isFocused()) {
            assignee.setText(next.recorded().map(ItemState::assignee).orElse(""));
        }
    }

    void focusNote() {
        note.requestFocus();
        note.end();
    }

    private void noteKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
            event.consume();
            backToList.run(); // saves on focus lost
        } else if (event.getCode() == KeyCode.ESCAPE) {
            event.consume();
            note.setText(saved(ItemState::note));
            backToList.run();
        }
    }

    private void assigneeKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            event.consume();
            saveAssignee();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            event.consume();
            assignee.setText(saved(ItemState::assignee));
            backToList.run();
        }
    }

    private void saveNote() {
        if (item != null && !note.getText().strip().equals(saved(ItemState::note))) {
            model.setNote(item.id(), note.getText());
        }
    }

    private void saveAssignee() {
        if (item != null && !assignee.getText().strip().equals(saved(ItemState::assignee))) {
            model.setAssignee(item.id(), assignee.getText());
        }
    }

    private String saved(java.util.function.Function<ItemState, String> field) {
        return item == null ? "" : item.recorded().map(field).orElse("");
    }
}
