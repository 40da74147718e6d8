package org.migrationworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.signoff.ChainHead;
import org.migrationworkbench.core.signoff.ChainProblem;
import org.migrationworkbench.core.signoff.ChainVerification;
import org.migrationworkbench.core.signoff.ChainVerifier;
import org.migrationworkbench.core.signoff.SignoffLedger;
import org.migrationworkbench.core.signoff.Witness;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.StoreRestore;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code restore}: puts a backup in place of the workspace's store, only when its sign-off ledger verifies; the
 * replaced files are kept. Exit 1 when the backup's ledger does not verify (nothing is replaced).
 */
@Command(name = "restore", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Restore the workspace's progress and sign-off ledger from a backup made by 'backup' (or an "
                + "automatic backup in .workbench/backups or the user's data folder). The backup's ledger is "
                + "verified first; the files it replaces are kept in .workbench/replaced-<time>/.",
                "Exit 1 when the backup's ledger does not verify: then nothing is replaced."})
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions options;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup zip.")
    Path backup;

    @Override
    public Integer call() {
        Workspace ws = new WorkspaceLoader().load(options.workspace).workspace();
        StoreRestore.Staged staged = StoreRestore.stage(backup, ws.root());
        ChainVerification chain;
        try {
            try (WorkbenchStore store = WorkbenchStore.open(staged.config())) {
                SignoffLedger ledger = new SignoffLedger(store, staged.headFile(),
                        new Witness(staged.root().resolve("no-witness")));
                chain = withoutMissingHead(new ChainVerifier().verify(ledger, ws.signoff(), Optional.empty()),
                        staged.hasHead());
            }
        } catch (RuntimeException e) {
            StoreRestore.discard(staged);
            throw e;
        }
        if (!chain.intact()) {
            StoreRestore.discard(staged);
            PrintWriter err = spec.commandLine().getErr();
            err.println("workbench: the sign-off ledger in " + backup + " does not verify, so nothing was restored:");
            VerifyCommand.printProblems(err, chain);
            err.flush();
            return 1;
        }
        Witness witness = Witness.local(ws.root());
        Optional<ChainHead> seen = seenBefore(witness);
        Optional<Path> replaced = StoreRestore.install(StoreConfig.forWorkspace(ws.root()), staged);
        if (!staged.hasHead()) {
            try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(ws.root()))) {
                SignoffSupport.ledger(store, ws).adoptEndAsHead();
            }
            spec.commandLine().getErr().println("workbench: note: the backup holds no chain head (an automatic "
                    + "backup): its chain verified up to its last record, which is now the head");
        }
        witness.reset(chain.head());
        ChainVerification after = verifyInstalled(ws);
        print(ws, chain, seen, replaced, after);
        return after.intact() ? 0 : 1;
    }

    /** An automatic backup has no head file: its absence is then no finding, everything else still is. */
    private static ChainVerification withoutMissingHead(ChainVerification chain, boolean hasHead) {
        if (hasHead) {
            return chain;
        }
        return new ChainVerification(chain.records(), chain.head(), chain.problems().stream()
                .filter(p -> p.kind() != ChainProblem.Kind.HEAD).toList());
    }

    private static Optional<ChainHead> seenBefore(Witness witness) {
        try {
            return witness.read();
        } catch (WorkbenchException e) {
            return Optional.empty();
        }
    }

    private static ChainVerification verifyInstalled(Workspace ws) {
        try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(ws.root()))) {
            return new ChainVerifier().verify(SignoffSupport.ledger(store, ws), ws.signoff(), Optional.empty());
        }
    }

    private void print(Workspace ws, ChainVerification chain, Optional<ChainHead> seen, Optional<Path> replaced,
                       ChainVerification after) {
        PrintWriter out = spec.commandLine().getOut();
        long restoredSeq = chain.head().map(ChainHead::seq).orElse(0L);
        Optional<String> behind = seen.filter(s -> s.seq() > restoredSeq).map(s -> "this machine had seen record "
                + s.seq() + "; the backup ends at record " + restoredSeq + ", so " + (s.seq() - restoredSeq)
                + " sign-off record(s) are not in it");
        if (options.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("restored", backup.toAbsolutePath().toString());
            doc.put("records", after.records());
            doc.put("intact", after.intact());
            doc.put("replaced", replaced.map(Path::toString).orElse(null));
            doc.put("behind", behind.orElse(null));
            doc.put("problems", after.problems().stream().map(ChainProblem::message).toList());
            Json.print(out, doc);
            return;
        }
        out.printf("Restored %s from %s%n", ws.name(), backup.toAbsolutePath());
        replaced.ifPresent(p -> out.printf("  the replaced files are kept in %s%n", p));
        VerifyCommand.printChain(out, after);
        behind.ifPresent(b -> out.printf("  note: %s%n", b));
        out.flush();
    }
}
