package org.migrationworkbench.cli;

import java.nio.file.Path;
import java.util.Optional;

/** Opens the desktop app; supplied by the app layer so the CLI stays free of JavaFX. */
@FunctionalInterface
public interface GuiStarter {
    /** Blocks until the window is closed; returns the exit code. */
    int start(Optional<Path> workspace);
}
