package org.migrationworkbench.app;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import org.slf4j.LoggerFactory;
import org.migrationworkbench.cli.WorkbenchCommand;
import org.migrationworkbench.core.AppDirs;
import org.migrationworkbench.core.sample.JGitConfigRedirect;

/**
 * Entry point of the jar. Deliberately not an {@link Application}, so JavaFX can sit on the classpath:
 * picocli parses the command line; with no subcommand the desktop app starts.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        AppDirs dirs = AppDirs.fromEnvironment();
        // before the first logger exists, so logback writes under the XDG state directory
        System.setProperty("workbench.log.dir", dirs.logDirectory().toString());
        // JavaFX would otherwise unpack its native libraries into ~/.openjfx
        if (System.getProperty("javafx.cachedir") == null) {
            System.setProperty("javafx.cachedir", AppDirs.cacheDirectory().resolve("openjfx").toString());
        }
        startLogging();
        // JGit would otherwise keep its file-system timings in ~/.config/jgit
        JGitConfigRedirect.install(dirs.state().resolve("jgit/config"));
        int code = WorkbenchCommand.commandLine(workspace -> {
            List<String> fxArgs = new ArrayList<>();
            workspace.ifPresent(dir -> fxArgs.add("--workspace=" + dir.toAbsolutePath()));
            Application.launch(WorkbenchApp.class, fxArgs.toArray(String[]::new));
            return 0;
        }, args).execute(args);
        System.exit(code);
    }

    /**
     * Sets Logback up on a thread of its own: it takes about a tenth of a second, which every command would
     * otherwise wait for before parsing its arguments. Meanwhile SLF4J hands out substitute loggers and replays
     * their events once Logback is ready.
     */
    public static void startLogging() {
        // the replayed events reach the log; SLF4J's note that it replayed them would only clutter stderr
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        Thread setup = new Thread(LoggerFactory::getILoggerFactory, "logging-setup");
        setup.setDaemon(true);
        setup.start();
    }
}
