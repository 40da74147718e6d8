package org.migrationworkbench.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.readiness.Waiver;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code waive}: accepts a failing readiness rule until a date, with reason and owner (audited). */
@Command(name = "waive", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Accept a failing readiness rule until a date, with a reason and an owner.")
final class WaiveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions options;

    @Option(names = "--rule", paramLabel = "ID", required = true, description = "The rule to waive.")
    String rule;

    @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why it is acceptable for now.")
    String reason;

    @Option(names = "--owner", paramLabel = "NAME", required = true, description = "Who sees it fixed.")
    String owner;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", required = true, description = "Last day it applies.")
    LocalDate until;

    @Override
    public Integer call() {
        Workspace ws = new WorkspaceLoader().load(options.workspace).workspace();
        if (ws.rules().stream().noneMatch(r -> r.id().equals(rule))) {
            throw new WorkbenchException("Unknown rule '" + rule + "' in " + ws.manifest());
        }
        if (reason.isBlank() || owner.isBlank()) {
            throw new WorkbenchException("A waiver needs a reason and an owner.");
        }
        try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(ws.root()))) {
            Waiver waiver = AnalyzeCommand.service(store).waive(rule, reason, owner, until, System.getProperty("user.name", "unknown"));
            store.checkpointSync();
            if (options.json) {
                Json.print(spec.commandLine().getOut(), java.util.Map.of("rule", rule, "owner", waiver.owner(),
                        "expires", waiver.expires().toString(), "reason", waiver.reason()));
            } else {
                spec.commandLine().getOut().printf("Waived %s until %s (owner %s)%n", rule, until, owner);
            }
        }
        return 0;
    }
}
