package org.migrationworkbench.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.signoff.Decision;
import org.migrationworkbench.core.signoff.LedgerReadBack;
import org.migrationworkbench.core.signoff.SigningKey;
import org.migrationworkbench.core.signoff.SignerIdentity;
import org.migrationworkbench.core.signoff.Signer;
import org.migrationworkbench.core.signoff.SignoffFollowUpException;
import org.migrationworkbench.core.signoff.SignoffRecord;
import org.migrationworkbench.core.signoff.SignoffService;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code signoff}: approves or rejects a phase gate for a role, bound to the gate's evidence; durable on exit. */
@Command(name = "signoff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Approve or reject a phase gate for a role. The sign-off is bound to the gate's evidence "
                + "(checklist items, latest rule results, comparison verdicts, metrics) and chained into the "
                + "tamper-evident ledger.", "Exit 2 with the reason when the policy refuses it."})
final class SignoffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions options;

    @Option(names = "--gate", paramLabel = "ID", required = true, description = "The gate: its phase id.")
    String gate;

    @Option(names = "--role", paramLabel = "ROLE", required = true, description = "The role signed for.")
    String role;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;

    @Option(names = "--comment", paramLabel = "TEXT", defaultValue = "", description = "Why (required to reject).")
    String comment;

    @Option(names = "--as", paramLabel = "NAME", description = "Sign as 'Name' or 'Name <email>' instead of the "
            + "git user of the target repository (else the OS user).")
    String as;

    static final class Choice {
        @Option(names = "--approve", required = true, description = "Approve the gate.")
        boolean approve;

        @Option(names = "--reject", required = true, description = "Reject the gate.")
        boolean reject;
    }

    @Override
    public Integer call() {
        Workspace ws = new WorkspaceLoader().load(options.workspace).workspace();
        Signer signer = Optional.ofNullable(as).map(Signer::parse).orElseGet(() -> SignerIdentity.of(ws.target()));
        Decision decision = choice.approve ? Decision.APPROVE : Decision.REJECT;
        SignoffRecord record;
        SigningKey key = SigningKey.forUser();
        StoreConfig config = StoreConfig.forWorkspace(ws.root());
        try (WorkbenchStore store = WorkbenchStore.open(config)) {
            record = new SignoffService(SignoffSupport.ledger(store, ws), SignoffSupport.clock(),
                    SignoffSupport.baselines(store).onGateSignedOff(), () -> Optional.of(key))
                    .sign(ws, gate, role, signer, decision, comment, SignoffSupport.evidence(store, ws));
        } catch (SignoffFollowUpException e) {
            // the sign-off is durable; only the baseline that follows a gate's completion is missing
            spec.commandLine().getErr().println("workbench: warning: " + e.getMessage());
            spec.commandLine().getErr().flush();
            record = e.record();
        }
        // acknowledged only once the record is read back from the closed file
        LedgerReadBack.confirm(config, record);
        if (key.created()) {
            spec.commandLine().getErr().println("workbench: note: made your sign-off key " + SigningKey.userKeyFile()
                    + ". To let this key sign for " + role + ", list it under signoff.signers in workbench.yaml: \""
                    + key.publicKey() + " " + signer.display() + "\"");
            spec.commandLine().getErr().flush();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("seq", record.seq());
            doc.put("gate", record.gate());
            doc.put("role", record.role());
            doc.put("person", record.person());
            doc.put("email", record.signoff().email());
            doc.put("decision", record.decision().id());
            doc.put("signedAt", record.signoff().signedAt().toString());
            doc.put("evidenceDigest", record.signoff().evidenceDigest());
            doc.put("chainHash", record.chainHash());
            doc.put("signerKey", key.publicKey());
            Json.print(out, doc);
        } else {
            out.printf("Recorded %s of gate %s as %s by %s (record %d, evidence %s)%n", decision.id(), gate, role,
                    record.person(), record.seq(), record.signoff().evidenceDigest().substring(0, 12));
            out.printf("Signed with %s%n", key.publicKey());
            out.flush();
        }
        return 0;
    }
}
