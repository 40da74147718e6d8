package org.migrationworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.signoff.ChainHead;
import org.migrationworkbench.core.signoff.ChainProblem;
import org.migrationworkbench.core.signoff.ChainVerification;
import org.migrationworkbench.core.signoff.ChainVerifier;
import org.migrationworkbench.core.signoff.EvidenceChange;
import org.migrationworkbench.core.signoff.SignoffLedger;
import org.migrationworkbench.core.signoff.SignoffStatus;
import org.migrationworkbench.core.signoff.StaleSignoffs;
import org.migrationworkbench.core.signoff.Witness;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verify}: recomputes the sign-off chain and lists stale sign-offs. Exit 0 intact and nothing stale, else 1. */
@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Verify the sign-off ledger: recompute its hash chain (edited, deleted, reordered, inserted "
                + "or truncated records) and list sign-offs whose evidence changed since they were given.",
                "Exit 0 when the chain is intact and nothing is stale, 1 otherwise."})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions options;

    @Option(names = "--witness", paramLabel = "FILE", description = "A chain head kept outside the workspace "
            + "('<seq> <hash>', e.g. a copy of .workbench/signoffs.head): the ledger must still hold that record.")
    Path witness;

    @Override
    public Integer call() {
        Workspace ws = new WorkspaceLoader().load(options.workspace).workspace();
        ChainVerification chain;
        List<SignoffStatus> stale;
        try (WorkbenchStore store = ReadingStore.open(ws, spec.commandLine().getErr())) {
            SignoffLedger ledger = SignoffSupport.ledger(store, ws);
            if (ledger.recoverHead()) {
                spec.commandLine().getErr().println("workbench: note: the last sign-off was interrupted before its "
                        + "chain head was written; the head was recovered");
            }
            Optional<ChainHead> external = Optional.ofNullable(witness).map(f -> new Witness(f).read()
                    .orElseThrow(() -> new WorkbenchException("The witness file " + f + " does not exist.")));
            chain = new ChainVerifier().verify(ledger, ws.signoff(), external);
            stale = StaleSignoffs.inForce(ledger.records(),
                    SignoffSupport.today(ws, SignoffSupport.evidence(store, ws))).stream()
                    .filter(SignoffStatus::stale).toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            Json.print(out, document(chain, stale));
        } else {
            print(out, chain, stale);
        }
        return chain.intact() && stale.isEmpty() ? 0 : 1;
    }

    private static void print(PrintWriter out, ChainVerification chain, List<SignoffStatus> stale) {
        printChain(out, chain);
        out.printf("Stale sign-offs: %d%n", stale.size());
        for (SignoffStatus s : stale) {
            out.printf("  %s %s by %s (record %d, %s)%n", s.record().gate(), s.record().role(), s.record().person(),
                    s.record().seq(), s.record().decision().id());
            for (EvidenceChange c : s.changes()) {
                out.printf("    %s %s: %s -> %s%n", c.kind(), c.id(), c.before().orElse("(none)"),
                        c.after().orElse("(gone)"));
            }
        }
        out.flush();
    }

    /** "Sign-off chain: intact (3 records, head …)" and a line per problem; {@code restore} prints the same. */
    static void printChain(PrintWriter out, ChainVerification chain) {
        out.printf("Sign-off chain: %s (%d %s%s)%n", chain.intact() ? "intact" : "BROKEN", chain.records(),
                chain.records() == 1 ? "record" : "records",
                chain.head().map(h -> ", head " + h.shortHash()).orElse(""));
        printProblems(out, chain);
    }

    /** One line per problem: kind, record, what was found. */
    static void printProblems(PrintWriter out, ChainVerification chain) {
        for (ChainProblem p : chain.problems()) {
            out.printf("  %-9s record %d: %s%n", p.kind(), p.seq(), p.message());
        }
    }

    private static Map<String, Object> document(ChainVerification chain, List<SignoffStatus> stale) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("intact", chain.intact());
        doc.put("records", chain.records());
        doc.put("head", chain.head().map(h -> Map.of("seq", h.seq(), "chainHash", h.chainHash())).orElse(null));
        doc.put("problems", chain.problems().stream().map(p -> Map.of("seq", p.seq(),
                "kind", p.kind().name().toLowerCase(java.util.Locale.ROOT), "message", p.message())).toList());
        doc.put("stale", stale.stream().map(VerifyCommand::stale).toList());
        return doc;
    }

    private static Map<String, Object> stale(SignoffStatus s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("seq", s.record().seq());
        row.put("gate", s.record().gate());
        row.put("role", s.record().role());
        row.put("person", s.record().person());
        row.put("decision", s.record().decision().id());
        row.put("signedAt", s.record().signoff().signedAt().toString());
        row.put("changes", s.changes().stream().map(c -> {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("kind", c.kind());
            change.put("id", c.id());
            change.put("before", c.before().orElse(null));
            change.put("after", c.after().orElse(null));
            return change;
        }).toList());
        return row;
    }
}
