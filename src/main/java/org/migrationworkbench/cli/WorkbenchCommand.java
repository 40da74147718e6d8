package org.migrationworkbench.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code workbench} command: with no subcommand it opens the desktop app. */
@Command(name = "workbench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Steer a system migration: checklists, readiness evidence, output comparisons, sign-offs.",
                "With no command, opens the desktop app (on the bundled sample workspace unless --workspace "
                        + "is given)."},
        subcommands = {ImportGuideCommand.class, ChecklistCommand.class, AnalyzeCommand.class, WaiveCommand.class,
                ValidateCommand.class, CompareCommand.class, AcceptCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 differences found / not ready / verification failed, "
                + "2 bad usage or bad input."})
public final class WorkbenchCommand implements Callable<Integer> {
    private final GuiStarter gui;

    @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace folder to open.")
    Path workspace;

    public WorkbenchCommand(GuiStarter gui) {
        this.gui = gui;
    }

    @Override
    public Integer call() {
        return gui.start(Optional.ofNullable(workspace));
    }

    /** The command line with our error handling: user-facing messages on stderr and exit code 2. */
    public static CommandLine commandLine(GuiStarter gui) {
        CommandLine cmd = new CommandLine(new WorkbenchCommand(gui));
        cmd.setExecutionExceptionHandler(new CliErrors());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        return cmd;
    }
}
