package org.migrationworkbench.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import org.migrationworkbench.core.AtomicFiles;
import org.migrationworkbench.ui.task.TaskRunner;

/**
 * Exporting a picture or report to a file: choosing the file (FX thread), then encoding and writing it in the
 * background.
 */
public final class PictureExport {
    private PictureExport() {
    }

    /**
     * Asks where to save a PNG, starting in {@code folder} with {@code name}; adds ".png" when the chosen name
     * lacks it. Empty when cancelled. FX thread.
     */
    public static Optional<Path> choose(Node owner, String title, String name, Path folder) {
        return choose(owner, title, name, folder, new FileChooser.ExtensionFilter("PNG pictures", "*.png"));
    }

    /**
     * Asks where to save a file of one of the {@code kinds}, starting in {@code folder} with {@code name}; adds the
     * chosen kind's extension when the name has none of the kinds' extensions. Empty when cancelled. FX thread.
     */
    public static Optional<Path> choose(Node owner, String title, String name, Path folder,
                                        FileChooser.ExtensionFilter... kinds) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(kinds);
        chooser.setInitialFileName(name);
        if (folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File file = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        if (file == null) {
            return Optional.empty();
        }
        String chosen = file.getName().toLowerCase(Locale.ROOT);
        boolean named = Arrays.stream(kinds).flatMap(k -> k.getExtensions().stream())
                .anyMatch(pattern -> chosen.endsWith(pattern.substring(1)));
        FileChooser.ExtensionFilter kind = chooser.getSelectedExtensionFilter() == null ? kinds[0]
                : chooser.getSelectedExtensionFilter();
        return Optional.of(named ? file.toPath()
                : file.toPath().resolveSibling(file.getName() + kind.getExtensions().get(0).substring(1)));
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
