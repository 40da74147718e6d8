package org.migrationworkbench.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** Placeholder replaced in the next commit by the real shell. */
public final class WorkbenchApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Migration Workbench");
        stage.show();
    }
}
