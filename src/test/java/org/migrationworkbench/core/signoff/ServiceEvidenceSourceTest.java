package org.migrationworkbench.core.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.checklist.ChecklistService;
import org.migrationworkbench.core.checklist.ItemEdit;
import org.migrationworkbench.core.compare.ComparisonRun;
import org.migrationworkbench.core.compare.ComparisonService;
import org.migrationworkbench.core.compare.DifferenceSink;
import org.migrationworkbench.core.compare.StandardComparators;
import org.migrationworkbench.core.guide.GuideImporter;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.readiness.Checkers;
import org.migrationworkbench.core.readiness.ReadinessEngine;
import org.migrationworkbench.core.readiness.ReadinessService;
import org.migrationworkbench.core.readiness.files.GitFileTree;
import org.migrationworkbench.core.store.JdbcAuditLog;
import org.migrationworkbench.core.store.JdbcChecklistCatalogRepository;
import org.migrationworkbench.core.store.JdbcChecklistStateRepository;
import org.migrationworkbench.core.store.JdbcCompareRepository;
import org.migrationworkbench.core.store.JdbcReadinessRepository;
import org.migrationworkbench.core.store.ReadinessRepository.StoredResult;
import org.migrationworkbench.core.store.ReadinessRepository.StoredRun;
import org.migrationworkbench.core.store.ReadinessRepository.StoredWaiver;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import org.migrationworkbench.testing.TestWorkspaces;

/** Evidence read through the real services from an H2 store and the workspace's files. */
class ServiceEvidenceSourceTest {
    @TempDir
    Path root;
    WorkbenchStore store;
    Workspace ws;
    ChecklistService checklists;
    ReadinessService readiness;
    ComparisonService comparisons;
    JdbcReadinessRepository runs;

    @BeforeEach
    void open() {
        TestWorkspaces.write(root.resolve("checklists/go-live.md"), "# Go live\n\n- [ ] Freeze\n- [x] Announce\n");
        TestWorkspaces.write(root.resolve("out/old.txt"), "a\nb\n");
        TestWorkspaces.write(root.resolve("out/new.txt"), "a\nc\n");
        TestWorkspaces.write(root.resolve("workbench.yaml"), """
                name: Evidence
                start: 2026-09-07
                target: .
                phases:
                  - id: p1
                    title: Cut over
                    weeks: 1
                    gates: {checklists: [go-live], rules: [legacy-gone], comparisons: [scores]}
                checklists:
                  - {id: go-live, file: checklists/go-live.md}
                rules:
                  - {id: legacy-gone, kind: path-absent, paths: [legacy/**]}
                comparisons:
                  - {id: scores, old: out/old.txt, new: out/new.txt}
                """);
        ws = new WorkspaceLoader().load(root).workspace();
        store = WorkbenchStore.open(StoreConfig.forWorkspace(root, Map.of()));
        Clock clock = Clock.systemUTC();
        checklists = new ChecklistService(new GuideImporter()::read,
                new JdbcChecklistCatalogRepository(store.dataSource()),
                new JdbcChecklistStateRepository(store.dataSource()), clock);
        runs = new JdbcReadinessRepository(store.dataSource());
        readiness = new ReadinessService(new ReadinessEngine(Checkers.all(), 1, Duration.ofSeconds(30)), runs,
                new JdbcAuditLog(store.dataSource()), GitFileTree::new, clock);
        comparisons = new ComparisonService(StandardComparators.create(clock),
                new JdbcCompareRepository(store.dataSource()), new JdbcAuditLog(store.dataSource()), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ServiceEvidenceSource source() {
        return new ServiceEvidenceSource(ws, checklists, readiness, comparisons);
    }

    @Test
    void itemStatesComeFromTheGuideUntilAChangeIsRecordedWithItsActor() {
        Map<String, String> before = source().itemStates("go-live");
        assertThat(before.values()).containsExactly("open", "done");
        assertThat(source().completedBy("go-live")).isEmpty();

        String freeze = before.keySet().iterator().next();
        checklists.apply("go-live", freeze, Optional.empty(), ItemEdit.state("done"), "ada");

        ServiceEvidenceSource after = source();
        assertThat(after.itemStates("go-live")).containsEntry(freeze, "done").hasSize(2);
        assertThat(after.completedBy("go-live")).containsExactly(Map.entry(freeze, "ada"));
    }

    @Test
    void anUndeclaredChecklistIsReportedWithTheManifest() {
        assertThatThrownBy(() -> source().itemStates("nope")).isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("Checklist 'nope' is not declared");
    }

    @Test
    void aRuleHasTheLatestStoredResultAndIsWaivedOnlyWhileTheWaiverLasts() {
        assertThat(source().rule("legacy-gone")).isEmpty();
        Instant now = Instant.now();
        runs.save(new StoredRun(0, now, now, Optional.empty(), "not_ready", "test",
                List.of(new StoredResult("legacy-gone", "fail", "legacy/ exists", "[]", "d-1", 3))));

        assertThat(source().rule("legacy-gone")).contains(new EvidenceSource.RuleEvidence("fail", "d-1", false));
        runs.addWaiver(new StoredWaiver("legacy-gone", "old", "ops", LocalDate.now().minusDays(1), "ada", now));
        assertThat(source().rule("legacy-gone").orElseThrow().waived()).isFalse();
        runs.addWaiver(new StoredWaiver("legacy-gone", "until cutover", "ops", LocalDate.now().plusDays(3), "ada",
                now));
        assertThat(source().rule("legacy-gone").orElseThrow().waived()).isTrue();
    }

    @Test
    void aComparisonHasTheDigestAndVerdictOfItsLatestRun() {
        assertThat(source().comparison("scores")).isEmpty();

        ComparisonRun run = comparisons.run(ws, ws.comparisons().get(0), DifferenceSink.NONE, Progress.NONE, "test");

        assertThat(source().comparison("scores"))
                .contains(new EvidenceSource.ComparisonEvidence(run.resultDigest(), false));
    }

    @Test
    void oneSourceAnswersForOneMomentOfChecklistsAndRules() {
        ServiceEvidenceSource source = source();
        Map<String, String> first = source.itemStates("go-live");
        assertThat(source.rule("legacy-gone")).isEmpty();
        checklists.apply("go-live", first.keySet().iterator().next(), Optional.empty(), ItemEdit.state("done"), "ada");
        Instant now = Instant.now();
        runs.save(new StoredRun(0, now, now, Optional.empty(), "ready", "test",
                List.of(new StoredResult("legacy-gone", "pass", "", "[]", "d-2", 1))));

        assertThat(source.itemStates("go-live")).isEqualTo(first);
        assertThat(source.rule("legacy-gone")).isEmpty();
        assertThat(source().rule("legacy-gone")).isPresent();
    }
}
