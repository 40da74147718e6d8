package org.migrationworkbench.ui.compare;

import java.io.File;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.migrationworkbench.ui.common.Styles;

/** Accept…, Check noise and Save all differences… for the result shown, and what the last save wrote. */
final class ResultActionBar {
    private final HBox root = new HBox();

    ResultActionBar(ResultActions actions, PairResult shown) {
        root.setId("result-actions");
        root.getStyleClass().add(Styles.RESULT_ACTIONS);
        boolean declared = actions.register().comparisonProperty().get() != null;
        Button accept = button("accept-difference", "Accept…", Feather.CHECK_SQUARE);
        accept.disableProperty().bind(actions.candidateProperty().isNull().or(
                actions.register().comparisonProperty().isNull()));
        accept.setTooltip(new Tooltip(declared ? "Accept the selected difference into the register"
                : "Ad-hoc comparisons have no register: declare the comparison in workbench.yaml"));
        accept.setOnAction(e -> AcceptDialog.ask(root.getScene().getWindow(), actions.register(),
                actions.candidateProperty().get()));
        Button noise = button("check-noise", "Check noise", Feather.ACTIVITY);
        Optional<String> why = NoiseViewModel.unavailable(shown.declared());
        noise.setTooltip(new Tooltip(why.orElse("Compare the old output with a second run of the old system")));
        noise.disableProperty().bind(actions.noise().checkingProperty().or(
                Bindings.createBooleanBinding(why::isPresent)));
        noise.setOnAction(e -> actions.checkNoise());
        Button save = button("save-differences", "Save all differences…", Feather.DOWNLOAD);
        save.setDisable(!DifferenceExport.canSave(shown));
        save.setTooltip(new Tooltip("Write every difference to a JSON Lines file"));
        save.setOnAction(e -> save(actions, shown));
        Label message = new Label();
        message.setId("result-message");
        message.getStyleClass().add(Styles.MUTED);
        message.textProperty().bind(actions.export().messageProperty());
        message.setMinWidth(0);
        root.getChildren().addAll(accept, noise, save, message);
    }

    Node node() {
        return root;
    }

    private void save(ResultActions actions, PairResult shown) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save all differences");
        chooser.setInitialFileName(DifferenceExport.defaultName(shown));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON Lines", "*.jsonl"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            actions.export().save(shown, file.toPath());
        }
    }

    private static Button button(String id, String text, Feather icon) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
