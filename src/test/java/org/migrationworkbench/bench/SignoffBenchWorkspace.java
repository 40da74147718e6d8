package org.migrationworkbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.checklist.ChecklistEntry;
import org.migrationworkbench.core.checklist.ChecklistService;
import org.migrationworkbench.core.checklist.ItemEdit;
import org.migrationworkbench.core.compare.ComparisonService;
import org.migrationworkbench.core.compare.DifferenceSink;
import org.migrationworkbench.core.compare.StandardComparators;
import org.migrationworkbench.core.guide.GuideImporter;
import org.migrationworkbench.core.model.Comparison;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.readiness.Checkers;
import org.migrationworkbench.core.readiness.ReadinessEngine;
import org.migrationworkbench.core.readiness.ReadinessService;
import org.migrationworkbench.core.readiness.files.GitFileTree;
import org.migrationworkbench.core.signoff.ChainHead;
import org.migrationworkbench.core.signoff.ServiceEvidenceSource;
import org.migrationworkbench.core.signoff.SignoffLedger;
import org.migrationworkbench.core.store.JdbcAuditLog;
import org.migrationworkbench.core.store.JdbcChecklistCatalogRepository;
import org.migrationworkbench.core.store.JdbcChecklistStateRepository;
import org.migrationworkbench.core.store.JdbcCompareRepository;
import org.migrationworkbench.core.store.JdbcReadinessRepository;
import org.migrationworkbench.core.store.ReadinessRepository.StoredResult;
import org.migrationworkbench.core.store.ReadinessRepository.StoredRun;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.core.workspace.WorkspaceLoader;

/**
 * A workspace whose cut-over gate covers a checklist of 200 items (150 done), 10 rules with a stored run and 2
 * comparisons with a stored run each, opened on an H2 file store as the app opens it, with the services that
 * read its evidence. Separation of duties is off, so a sign-off reads no earlier records of its gate.
 */
final class SignoffBenchWorkspace implements AutoCloseable {
    static final String GATE = "p2-cutover";
    static final String ROLE = "Technical Lead";
    static final int ITEMS = 200;
    static final int RULES = 10;

    final Path root;
    final Workspace workspace;
    final WorkbenchStore store;
    final ChecklistService checklists;
    final ReadinessService readiness;
    final ComparisonService comparisons;
    final SignoffLedger ledger;

    private SignoffBenchWorkspace(Path root) {
        this.root = root;
        this.workspace = new WorkspaceLoader().load(root).workspace();
        this.store = WorkbenchStore.open(StoreConfig.forWorkspace(root, Map.of()));
        Clock clock = Clock.systemUTC();
        this.checklists = new ChecklistService(new GuideImporter()::read,
                new JdbcChecklistCatalogRepository(store.dataSource()),
                new JdbcChecklistStateRepository(store.dataSource()), clock);
        this.readiness = new ReadinessService(new ReadinessEngine(Checkers.all(), 1, Duration.ofSeconds(30)),
                new JdbcReadinessRepository(store.dataSource()), new JdbcAuditLog(store.dataSource()),
                GitFileTree::new, clock);
        this.comparisons = new ComparisonService(StandardComparators.create(clock),
                new JdbcCompareRepository(store.dataSource()), new JdbcAuditLog(store.dataSource()), clock);
        this.ledger = new SignoffLedger(store, ChainHead.file(root));
    }

    /** Writes the workspace into a new temporary folder, opens it and stores its evidence. */
    static SignoffBenchWorkspace create() throws IOException {
        Path root = Files.createTempDirectory("workbench-signoff-bench");
        write(root);
        SignoffBenchWorkspace ws = new SignoffBenchWorkspace(root);
        ws.storeEvidence();
        return ws;
    }

    /** Today's evidence as the commands read it: a new source, so nothing is cached from an earlier call. */
    ServiceEvidenceSource evidence() {
        return new ServiceEvidenceSource(workspace, checklists, readiness, comparisons);
    }

    private static void write(Path root) throws IOException {
        StringBuilder guide = new StringBuilder("# Cut-over runbook\n");
        for (int i = 0; i < ITEMS; i++) {
            if (i % 20 == 0) {
                guide.append("\n## Step ").append(i / 20 + 1).append("\n\n");
            }
            guide.append("- [ ] Check item ").append(i + 1).append(": confirm the system ").append(i % 7)
                    .append(" is switched over and the owner has signed the log\n");
        }
        Files.createDirectories(root.resolve("checklists"));
        Files.writeString(root.resolve("checklists/cutover.md"), guide);
        Files.createDirectories(root.resolve("out"));
        StringBuilder scores = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            scores.append("account-").append(i).append(",").append(i * 37 % 1000).append('\n');
        }
        for (String side : List.of("old", "new")) {
            Files.writeString(root.resolve("out/scores-" + side + ".csv"), "account,score\n" + scores);
            Files.writeString(root.resolve("out/report-" + side + ".txt"), scores);
        }
        Files.writeString(root.resolve("workbench.yaml"), manifest());
    }

    private static String manifest() {
        List<String> rules = new ArrayList<>();
        StringBuilder ruleDocs = new StringBuilder();
        for (int i = 1; i <= RULES; i++) {
            String id = "rule-" + i;
            rules.add(id);
            ruleDocs.append("  - {id: ").append(id).append(", kind: path-absent, paths: [legacy-").append(i)
                    .append("/**]}\n");
        }
        return """
                name: Sign-off bench
                target: .
                start: 2026-09-07
                phases:
                  - {id: p1-build, title: Build, weeks: 1}
                  - id: %s
                    title: Cut over
                    weeks: 2
                    gates:
                      checklists: [cutover]
                      rules: [%s]
                      comparisons: [scores, report]
                      signoffs: [%s]
                checklists:
                  - {id: cutover, file: checklists/cutover.md}
                rules:
                %scomparisons:
                  - {id: scores, old: out/scores-old.csv, new: out/scores-new.csv, key: account}
                  - {id: report, old: out/report-old.txt, new: out/report-new.txt}
                metrics:
                  - {name: latency, target: '<= 7 s', actual: 5.2 s, phase: %s}
                  - {name: throughput, target: '>= 500/h', actual: 640/h, phase: %s}
                signoff:
                  roles: [%s, Product Owner]
                  separation: false
                """.formatted(GATE, String.join(", ", rules), ROLE, ruleDocs, GATE, GATE, ROLE);
    }

    private void storeEvidence() {
        List<ChecklistEntry> items = checklists.load(workspace.checklists().get(0)).entries();
        for (int i = 0; i < items.size() * 3 / 4; i++) {
            checklists.apply("cutover", items.get(i).id(), Optional.empty(), ItemEdit.state("done"), "bench");
        }
        Instant now = Instant.now();
        List<StoredResult> results = new ArrayList<>();
        for (int i = 1; i <= RULES; i++) {
            results.add(new StoredResult("rule-" + i, "pass", "nothing found", "[]", "digest-" + i, 4));
        }
        new JdbcReadinessRepository(store.dataSource()).save(new StoredRun(0, now, now, Optional.empty(), "ready",
                "bench", results));
        for (Comparison c : workspace.comparisons()) {
            comparisons.run(workspace, c, DifferenceSink.NONE, Progress.NONE, "bench");
        }
    }

    @Override
    public void close() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
