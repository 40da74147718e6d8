package org.migrationworkbench.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.compare.AcceptanceRegister;
import org.migrationworkbench.core.compare.AcceptedDifference;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code accept}: the accepted-differences register of a comparison (add, revoke, list; audited). */
@Command(name = "accept", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Accept known differences of a declared comparison (reason, owner, expiry), revoke one, or list them.")
final class AcceptCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions options;

    @Option(names = "--id", paramLabel = "ID", required = true, description = "The comparison.")
    String id;

    @Option(names = "--match", paramLabel = "REGEX", description = "Record keys (or, for text, changed lines) to accept.")
    String match;

    @Option(names = "--field", paramLabel = "REGEX", description = "Only these fields (JSON paths or columns) of matching records.")
    String field;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the difference is acceptable.")
    String reason;

    @Option(names = "--owner", paramLabel = "NAME", description = "Who answers for it.")
    String owner;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Last day it applies (none: until revoked).")
    LocalDate until;

    @Option(names = "--revoke", paramLabel = "AID", description = "End acceptance AID: its differences count again.")
    String revoke;

    @Override
    public Integer call() {
        Workspace ws = new WorkspaceLoader().load(options.workspace).workspace();
        if (ws.comparisons().stream().noneMatch(c -> c.id().equals(id))) {
            throw new WorkbenchException("Unknown comparison '" + id + "' in " + ws.manifest());
        }
        String actor = System.getProperty("user.name", "unknown");
        try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(ws.root()))) {
            AcceptanceRegister register = CompareCommand.service(store).register();
            if (revoke != null) {
                register.revoke(id, revoke, actor);
            } else if (match != null) {
                register.accept(id, match, Optional.ofNullable(field), reason, owner, Optional.ofNullable(until), actor);
            }
            store.checkpointSync();
            print(spec.commandLine().getOut(), register.entries(id));
        }
        return 0;
    }

    private void print(PrintWriter out, List<AcceptedDifference> entries) {
        if (options.json) {
            Json.print(out, Map.of("comparison", id, "accepted", entries.stream().map(AcceptCommand::entry).toList()));
            return;
        }
        if (entries.isEmpty()) {
            out.println("No accepted differences for " + id + ".");
        }
        for (AcceptedDifference a : entries) {
            out.printf("%s  match %s%s  owner %s%s: %s%n", a.id(), a.match().pattern(),
                    a.field().map(f -> " field " + f.pattern()).orElse(""), a.owner(),
                    a.expires().map(e -> " until " + e).orElse(""), a.reason());
        }
    }

    private static Map<String, Object> entry(AcceptedDifference a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("match", a.match().pattern());
        a.field().ifPresent(f -> m.put("field", f.pattern()));
        m.put("reason", a.reason());
        m.put("owner", a.owner());
        a.expires().ifPresent(e -> m.put("expires", e.toString()));
        m.put("active", a.activeOn(LocalDate.now()));
        return m;
    }
}
