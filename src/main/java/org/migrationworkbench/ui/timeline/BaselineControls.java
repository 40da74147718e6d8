package org.migrationworkbench.ui.timeline;

import java.time.ZoneId;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.migrationworkbench.core.timeline.Baseline;
import org.migrationworkbench.core.timeline.TimelineData;

/**
 * The header's baseline controls: a "Baseline" toggle that shows or hides the planned bars and slip flags
 * (disabled until a baseline exists), and "Save baseline", which asks first and saves in the background.
 */
final class BaselineControls {
    static final ButtonType SAVE = new ButtonType("Save baseline", ButtonBar.ButtonData.OK_DONE);

    private final TimelineViewModel model;
    private final ToggleButton shown = new ToggleButton("Baseline", new FontIcon(Feather.LAYERS));
    private final Button save = new Button("Save baseline", new FontIcon(Feather.BOOKMARK));
    private final HBox box = new HBox(6, shown, save);

    BaselineControls(TimelineViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    Node node() {
        return box;
    }

    private void createView() {
        shown.setId("timeline-baseline");
        save.setId("timeline-save-baseline");
        save.setTooltip(new Tooltip("Record every phase's planned days now, to compare later plans against"));
        shown.selectedProperty().bindBidirectional(model.baselineShownProperty());
        show(model.dataProperty().get());
    }

    private void initListeners() {
        model.dataProperty().addListener((obs, was, now) -> show(now));
        save.setOnAction(e -> confirm());
    }

    private void show(TimelineData data) {
        Optional<Baseline> baseline = data.baseline();
        shown.setDisable(baseline.isEmpty());
        shown.setTooltip(new Tooltip(baseline.map(b -> "Show the baseline of " + BaselineText.day(b,
                ZoneId.systemDefault()) + " (" + b.reason() + "): planned bars in grey, slips in red")
                .orElse("No baseline yet: save one, or sign off a gate")));
    }

    private void confirm() {
        int phases = model.phasesToBaseline();
        Alert alert = new Alert(phases == 0 ? Alert.AlertType.INFORMATION : Alert.AlertType.CONFIRMATION);
        alert.initOwner(box.getScene().getWindow());
        alert.setTitle("Save baseline");
        alert.setHeaderText(phases == 0 ? "Nothing to record" : "Save a baseline of " + phases
                + (phases == 1 ? " phase?" : " phases?"));
        alert.setContentText(phases == 0 ? "No phase has dates or weeks yet."
                : "It records the planned days of every scheduled phase as they are now. Later changes then show "
                + "as slips against it. Baselines are never changed; the newest one is compared against.");
        if (phases > 0) {
            alert.getButtonTypes().setAll(SAVE, ButtonType.CANCEL);
        }
        alert.getDialogPane().setId("save-baseline-dialog");
        alert.showAndWait().filter(SAVE::equals).ifPresent(b -> model.saveBaseline());
    }
}
