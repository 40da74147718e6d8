package org.migrationworkbench.ui.common;

import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.migrationworkbench.core.CancelledException;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.workspace.WorkspaceInvalidException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place errors reach the user: a dialog with the message a user can act on, technical details
 * folded away, and where the log is. Each error is logged here, once. Call on the FX thread.
 */
public final class ErrorDialogs implements ErrorReporter {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialogs.class);

    private final Path logFile;
    private final java.util.function.Supplier<Window> owner;

    public ErrorDialogs(Path logFile, java.util.function.Supplier<Window> owner) {
        this.logFile = logFile;
        this.owner = owner;
    }

    @Override
    public void report(String title, Throwable error) {
        if (error instanceof CancelledException) {
            return;
        }
        boolean expected = error instanceof WorkbenchException;
        if (expected) {
            LOG.info("{}: {}", title, error.getMessage());
        } else {
            LOG.error("{}: unexpected failure", title, error);
        }
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label message = new Label(summary(error));
        message.setWrapText(true);
        Label log = new Label("Log: " + logFile);
        log.getStyleClass().addAll(Styles.MUTED, Styles.MONO);
        VBox content = new VBox(10, message, log);
        content.setPrefWidth(860);
        alert.getDialogPane().setContent(content);
        TextArea details = new TextArea(details(error));
        details.setEditable(false);
        details.setWrapText(false);
        details.getStyleClass().add(Styles.MONO);
        details.setPrefRowCount(12);
        alert.getDialogPane().setExpandableContent(details);
        alert.getDialogPane().setExpanded(error instanceof WorkspaceInvalidException);
        alert.show();
    }

    static String summary(Throwable error) {
        if (error instanceof WorkspaceInvalidException invalid) {
            String first = invalid.errors().isEmpty() ? "" : "\n\nFirst problem:\n" + invalid.errors().get(0);
            return invalid.getMessage().lines().findFirst().orElse("") + first;
        }
        if (error instanceof WorkbenchException) {
            return error.getMessage();
        }
        return "Something went wrong that the workbench did not expect: " + error.getClass().getSimpleName()
                + (error.getMessage() == null ? "" : ": " + error.getMessage())
                + ". Nothing was changed. The details are in the log.";
    }

    static String details(Throwable error) {
        if (error instanceof WorkspaceInvalidException invalid) {
            return invalid.problems().stream().map(Object::toString).collect(Collectors.joining("\n"));
        }
        StringBuilder chain = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            chain.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
        }
        return chain.toString();
    }
}
