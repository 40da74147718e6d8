package org.migrationworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.signoff.ChainHead;
import org.migrationworkbench.core.signoff.ChainVerification;
import org.migrationworkbench.core.signoff.ChainVerifier;
import org.migrationworkbench.core.signoff.SignoffLedger;
import org.migrationworkbench.core.store.BackupArchive;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backup}: a consistent copy of the workspace's store and chain head in one zip. */
@Command(name = "backup", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Back up the workspace's progress and sign-off ledger (database and chain head) to one zip, "
                + "consistent even while the app has the workspace open.", "Restore it with 'restore'."})
final class BackupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions options;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The backup zip to write.")
    Path out;

    @Override
    public Integer call() {
        Workspace ws = new WorkspaceLoader().load(options.workspace).workspace();
        ChainVerification chain;
        // while the app has the workspace open, the backup is made from a snapshot of its store
        try (WorkbenchStore store = ReadingStore.open(ws, spec.commandLine().getErr())) {
            SignoffLedger ledger = SignoffSupport.ledger(store, ws);
            chain = new ChainVerifier().verify(ledger, ws.signoff(), Optional.empty());
            Map<String, String> manifest = new LinkedHashMap<>();
            manifest.put("workspace", ws.name());
            manifest.put("records", String.valueOf(chain.records()));
            manifest.put("head", chain.head().map(h -> h.seq() + " " + h.chainHash()).orElse(""));
            manifest.put("intact", String.valueOf(chain.intact()));
            BackupArchive.write(store, head(ledger.headFile()), manifest, out);
        }
        PrintWriter o = spec.commandLine().getOut();
        if (options.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("backup", out.toAbsolutePath().toString());
            doc.put("records", chain.records());
            doc.put("head", chain.head().map(ChainHead::chainHash).orElse(null));
            doc.put("intact", chain.intact());
            Json.print(o, doc);
        } else {
            o.printf("Backed up %s to %s (%d sign-off %s%s)%n", ws.name(), out.toAbsolutePath(),
                    chain.records(), chain.records() == 1 ? "record" : "records",
                    chain.head().map(h -> ", head " + h.shortHash()).orElse(""));
            o.flush();
        }
        if (!chain.intact()) {
            spec.commandLine().getErr().println("workbench: warning: the sign-off ledger in this backup does not "
                    + "verify (run 'verify'); 'restore' will refuse it");
            spec.commandLine().getErr().flush();
        }
        return 0;
    }

    private static Optional<String> head(Path file) {
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        } catch (IOException e) {
            throw new WorkbenchException("Could not read the chain head " + file + ": " + e.getMessage(), e);
        }
    }
}
