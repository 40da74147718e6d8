package org.migrationworkbench.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.signoff.GateCheck;
import org.migrationworkbench.core.signoff.GateStatus;
import org.migrationworkbench.core.signoff.GateStatus.RoleCheck;
import org.migrationworkbench.core.signoff.SignoffRecord;
import org.migrationworkbench.core.signoff.SignoffStatus;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gate}: whether a phase gate is open, from stored results and sign-offs. Exit 0 open, 1 closed. */
@Command(name = "gate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Check a phase gate: every checklist item done or n/a, every rule's latest stored result "
                + "passing (or waived), every comparison's latest stored run identical, and enough approvals of "
                + "each required role that are neither stale nor superseded by a reject. Runs nothing; reads what "
                + "is stored.", "Exit 0 when the gate is open, 1 when something is missing, 2 on bad input."})
final class GateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions options;

    @Option(names = "--phase", paramLabel = "ID", required = true, description = "The phase whose gate to check.")
    String phase;

    @Override
    public Integer call() {
        Workspace ws = new WorkspaceLoader().load(options.workspace).workspace();
        GateStatus status;
        try (WorkbenchStore store = ReadingStore.open(ws, spec.commandLine().getErr())) {
            status = GateCheck.of(ws, phase, SignoffSupport.evidence(store, ws), SignoffSupport.ledger(store, ws));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            Json.print(out, document(status));
        } else {
            out.printf("Gate %s: %s%n", status.phase(), status.open() ? "open" : "closed");
            status.requirements().forEach(r -> out.printf("  %s %s%n", r.met() ? "✓" : "✗", r.describe()));
            out.flush();
        }
        return status.open() ? 0 : 1;
    }

    static Map<String, Object> document(GateStatus status) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("phase", status.phase());
        doc.put("open", status.open());
        doc.put("checklists", status.checklists().stream().map(c -> row(c.id(), c.met(), Map.of("items", c.items(),
                "openItems", c.openItems()))).toList());
        doc.put("rules", status.rules().stream().map(r -> {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("status", r.status().orElse(null));
            extra.put("waived", r.waived());
            return row(r.id(), r.met(), extra);
        }).toList());
        doc.put("comparisons", status.comparisons().stream().map(c -> {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("run", c.identical().isPresent());
            extra.put("identical", c.identical().orElse(null));
            return row(c.id(), c.met(), extra);
        }).toList());
        doc.put("signoffs", status.signoffs().stream().map(GateCommand::role).toList());
        doc.put("missing", status.missing());
        return doc;
    }

    private static Map<String, Object> row(String id, boolean met, Map<String, Object> extra) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("met", met);
        row.putAll(extra);
        return row;
    }

    private static Map<String, Object> role(RoleCheck r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("role", r.role());
        row.put("met", r.met());
        row.put("needed", r.needed());
        row.put("approvals", records(r.approvals()));
        row.put("stale", r.stale().stream().map(GateCommand::stale).toList());
        row.put("superseded", records(r.superseded()));
        row.put("rejects", records(r.rejects()));
        return row;
    }

    private static List<Map<String, Object>> records(List<SignoffRecord> records) {
        return records.stream().map(GateCommand::record).toList();
    }

    private static Map<String, Object> record(SignoffRecord r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("seq", r.seq());
        row.put("person", r.person());
        row.put("email", r.signoff().email());
        row.put("decision", r.decision().id());
        row.put("signedAt", r.signoff().signedAt().toString());
        row.put("comment", r.signoff().comment());
        return row;
    }

    private static Map<String, Object> stale(SignoffStatus s) {
        Map<String, Object> row = record(s.record());
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
