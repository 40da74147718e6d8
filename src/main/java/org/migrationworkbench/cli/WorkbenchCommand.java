package org.migrationworkbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        footer = {"", "Exit codes: 0 ok, 1 differences found / not ready / verification failed, "
                + "2 bad usage or bad input."})
public final class WorkbenchCommand implements Callable<Integer> {
    /** The subcommands, in the order help lists them. */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

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

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("import-guide", ImportGuideCommand.class);
        m.put("checklist", ChecklistCommand.class);
        m.put("analyze", AnalyzeCommand.class);
        m.put("waive", WaiveCommand.class);
        m.put("validate", ValidateCommand.class);
        m.put("compare", CompareCommand.class);
        m.put("accept", AcceptCommand.class);
        m.put("signoff", SignoffCommand.class);
        m.put("verify", VerifyCommand.class);
        m.put("gate", GateCommand.class);
        m.put("report", ReportCommand.class);
        m.put("backup", BackupCommand.class);
        m.put("restore", RestoreCommand.class);
        return m;
    }

    /** The command line with every subcommand and our error handling: messages on stderr and exit code 2. */
    public static CommandLine commandLine(GuiStarter gui) {
        return commandLine(gui, SUBCOMMANDS.keySet());
    }

    /**
     * The command line for these arguments: when they start with a subcommand, only that one is built (picocli
     * reads each command's annotations when it is added, a noticeable part of a CLI run's start-up).
     */
    public static CommandLine commandLine(GuiStarter gui, String... args) {
        if (args.length > 0 && SUBCOMMANDS.containsKey(args[0])) {
            return commandLine(gui, List.of(args[0]));
        }
        return commandLine(gui);
    }

    private static CommandLine commandLine(GuiStarter gui, java.util.Collection<String> names) {
        CommandLine cmd = new CommandLine(new WorkbenchCommand(gui));
        for (String name : names) {
            cmd.addSubcommand(name, new CommandLine(SUBCOMMANDS.get(name)));
        }
        cmd.setExecutionExceptionHandler(new CliErrors());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        return cmd;
    }
}
