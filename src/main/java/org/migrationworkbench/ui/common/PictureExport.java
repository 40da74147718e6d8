package org.migrationworkbench.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import org.migrationworkbench.core.AtomicFiles;
import org.migrationworkbench.ui.task.TaskRunner;

/** Exporting a picture to a PNG file: choosing the file (FX thread), then encoding and writing it in the background. */
public final class PictureExport {
    private PictureExport() {
    }

    /**
     * Asks where to save a PNG, starting in {@code folder} with {@code name}; adds ".png" when the chosen name
     * lacks it. Empty when cancelled. FX thread.
     */
    public static Optional<Path> choose(Node owner, String title, String name, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG pictures", "*.png"));
        chooser.setInitialFileName(name);
        if (folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File file = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        if (file == null) {
            return Optional.empty();
        }
        Path target = file.toPath();
        return Optional.of(target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png") ? target
                : target.resolveSibling(target.getFileName() + ".png"));
    }

    /**
     * Encodes the picture with {@code png} and writes it to {@code target} atomically, both on {@code runner}; then
     * calls {@code written} (FX thread), or reports the failure as "Could not export the {what} to {target}".
     */
    public static void write(TaskRunner runner, ErrorReporter errors, String what, Callable<byte[]> png, Path target,
                             Consumer<Path> written) {
        runner.task("Exporting the " + what, p -> {
                    AtomicFiles.write(target, png.call());
                    return target;
                })
                .onSuccess(written::accept)
                .onError(e -> errors.report("Could not export the " + what + " to " + target, e))
                .start();
    }
}
