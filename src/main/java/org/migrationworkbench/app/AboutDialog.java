package org.migrationworkbench.app;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.migrationworkbench.cli.VersionProvider;
import org.migrationworkbench.core.AppDirs;
import org.migrationworkbench.ui.common.Styles;

/** Help › About: version, and where the app keeps its log, settings and data. */
final class AboutDialog {
    private final Window owner;
    private final AppDirs dirs;
    private final Path settingsFile;

    AboutDialog(Window owner, AppDirs dirs, Path settingsFile) {
        this.owner = owner;
        this.dirs = dirs;
        this.settingsFile = settingsFile;
    }

    void show() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About Migration Workbench");
        alert.setHeaderText("Migration Workbench " + VersionProvider.version());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        row(grid, 0, "Java", System.getProperty("java.version") + " · JavaFX " + System.getProperty("javafx.version"));
        row(grid, 1, "Log file", dirs.logFile().toString());
        row(grid, 2, "Settings", settingsFile.toString());
        row(grid, 3, "Data", dirs.data().toString());
        alert.getDialogPane().setContent(grid);
        alert.show();
    }

    private static void row(GridPane grid, int row, String name, String value) {
        Label label = new Label(name);
        label.getStyleClass().add(Styles.MUTED);
        Label text = new Label(value);
        text.getStyleClass().add(Styles.MONO);
        grid.addRow(row, label, text);
    }
}
