package org.migrationworkbench.ui.signoff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.compare.StandardComparators;
import org.migrationworkbench.core.git.RepositoryInspector;
import org.migrationworkbench.core.readiness.Checkers;
import org.migrationworkbench.core.readiness.ReadinessEngine;
import org.migrationworkbench.ui.present.WorkspaceStatus;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.session.WorkspaceOpener;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import org.migrationworkbench.testing.TestWorkspaces;

/**
 * A workspace with two gates needing sign-offs: p1-build (checklist {@code build}, Technical Lead) and p2-cutover
 * (checklist {@code go-live}, a rule and a metric; Technical Lead, Product Owner and two Stakeholders).
 */
public final class SignoffWorkspaces {
    private SignoffWorkspaces() {
    }

    /** Writes the workspace into {@code folder}; returns it. */
    public static Path write(Path folder) {
        TestWorkspaces.write(folder.resolve("checklists/build.md"), "# Build\n\n- [x] Pipeline builds\n");
        TestWorkspaces.write(folder.resolve("checklists/go-live.md"),
                "# Go live\n\n- [ ] Freeze the old system\n- [x] Announce the cutover\n");
        TestWorkspaces.write(folder.resolve("workbench.yaml"), """
                name: Signoff test
                target: .
                start: 2026-09-07
                phases:
                  - id: p1-build
                    title: Build the new pipeline
                    weeks: 1
                    gates:
                      checklists: [build]
                      signoffs: [Technical Lead]
                  - id: p2-cutover
                    title: Cut over
                    weeks: 2
                    depends_on: [p1-build]
                    gates:
                      checklists: [go-live]
                      rules: [old-code-gone]
                      signoffs: [Technical Lead, Product Owner, Stakeholder]
                checklists:
                  - id: build
                    file: checklists/build.md
                  - id: go-live
                    file: checklists/go-live.md
                rules:
                  - id: old-code-gone
                    kind: path-absent
                    paths: [legacy/**]
                metrics:
                  - name: Batch latency
                    target: <= 7 s
                    actual: 5 s
                    phase: p2-cutover
                signoff:
                  roles: [Technical Lead, Product Owner, Stakeholder]
                  require: {Stakeholder: 2}
                """);
        return folder;
    }

    /** Ticks "Freeze the old system" in the go-live checklist file (evidence of p2-cutover only). */
    public static void tickFreeze(Path folder) throws Exception {
        Path file = folder.resolve("checklists/go-live.md");
        Files.writeString(file, Files.readString(file).replace("- [ ] Freeze", "- [x] Freeze"));
    }

    public static OpenedWorkspace open(Path ws) {
        return new WorkspaceOpener(new WorkspaceLoader(), new RepositoryInspector(),
                root -> StoreConfig.forWorkspace(root, Map.of()), "tester").open(ws, Progress.NONE);
    }

    /** The status of an open workspace as stored, judged on {@code clock}'s day. */
    public static WorkspaceStatus status(Clock clock) {
        return new WorkspaceStatus(new ReadinessEngine(Checkers.all(), 1, Duration.ofSeconds(30)),
                StandardComparators.create(Clock.systemUTC()), clock);
    }

    public static WorkspaceEvidence evidence() {
        return new WorkspaceEvidence(new ReadinessEngine(Checkers.all(), 1, Duration.ofSeconds(30)),
                StandardComparators.create(Clock.systemUTC()));
    }
}
