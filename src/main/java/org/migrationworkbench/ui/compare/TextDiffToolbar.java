package org.migrationworkbench.ui.compare;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.migrationworkbench.ui.common.Styles;

/** Previous / next difference, where we are, the ignore options, and the line counts. */
final class TextDiffToolbar {
    private final HBox root;

    TextDiffToolbar(TextDiffViewModel model) {
        Button previous = button("previous-difference", Feather.ARROW_UP, "Previous difference (Shift+F7)",
                model::previous);
        Button next = button("next-difference", Feather.ARROW_DOWN, "Next difference (F7)", model::next);
        Label position = new Label();
        position.setId("diff-position");
        position.setMinWidth(Region.USE_PREF_SIZE);
        position.textProperty().bind(Bindings.createStringBinding(model::positionText,
                model.alignmentProperty(), model.currentHunkProperty()));
        Label lines = new Label();
        lines.setId("diff-lines");
        lines.getStyleClass().add(Styles.MUTED);
        lines.setMinWidth(0);
        lines.textProperty().bind(Bindings.createStringBinding(model::linesText, model.alignmentProperty()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        root = new HBox(previous, next, position, new Separator(javafx.geometry.Orientation.VERTICAL),
                toggle("ignore-whitespace", "Ignore whitespace", model.ignoreWhitespaceProperty()),
                toggle("ignore-case", "Ignore case", model.ignoreCaseProperty()),
                toggle("ignore-blank-lines", "Ignore blank lines", model.ignoreBlankLinesProperty()), grow, lines);
        root.getStyleClass().add(Styles.CHECKLIST_TOOLBAR);
    }

    Node node() {
        return root;
    }

    private static Button button(String id, Feather icon, String tip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().add(atlantafx.base.theme.Styles.BUTTON_ICON);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        return button;
    }

    private static ToggleButton toggle(String id, String text, BooleanProperty option) {
        ToggleButton toggle = new ToggleButton(text);
        toggle.setId(id);
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.selectedProperty().bindBidirectional(option);
        toggle.setFocusTraversable(false);
        return toggle;
    }
}
