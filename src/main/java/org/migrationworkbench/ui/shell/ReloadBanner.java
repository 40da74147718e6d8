package org.migrationworkbench.ui.shell;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A banner above the view when workbench.yaml changed on disk and the new version cannot be loaded. */
final class ReloadBanner {
    private final Message message = new Message("workbench.yaml cannot be reloaded", "",
            new FontIcon(Feather.ALERT_OCTAGON));

    ReloadBanner(ReadOnlyStringProperty problem) {
        message.setId("reload-banner");
        message.getStyleClass().add(Styles.DANGER);
        message.descriptionProperty().bind(problem);
        message.visibleProperty().bind(problem.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        javafx.scene.layout.VBox.setMargin(message, new javafx.geometry.Insets(12, 16, 0, 16));
    }

    Node node() {
        return message;
    }
}
