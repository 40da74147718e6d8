package org.migrationworkbench.bench;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.compare.StandardComparators;
import org.migrationworkbench.core.git.RepositoryInspector;
import org.migrationworkbench.core.readiness.Checkers;
import org.migrationworkbench.core.readiness.ReadinessEngine;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.session.WorkspaceOpener;
import org.migrationworkbench.core.signoff.Signer;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import org.migrationworkbench.testing.TestWorkspaces;
import org.migrationworkbench.ui.common.Styles;
import org.migrationworkbench.ui.present.WorkspaceStatus;
import org.migrationworkbench.ui.signoff.SignoffContext;
import org.migrationworkbench.ui.signoff.WorkspaceEvidence;
import org.migrationworkbench.ui.task.FxTaskRunner;
import org.migrationworkbench.ui.timeline.TimelineView;

/**
 * Times the Timeline view on headless Monocle with a plan of 200 phases (chains of ten with dependencies, a
 * quarter of them risky): showing it (the chart built and laid out, until the pulse after it) and panning (one
 * scroll step to the pulse after it). Target: shown in 200 ms or less, panning smooth (a pulse well under 16 ms).
 * Run with {@code scripts/bench/timeline.sh}.
 */
public final class TimelineViewBench {
    private static final int PHASES = 200;
    private static final int ROUNDS = 12;
    private static final int WARM_FROM = 6;

    private Scene scene;
    private StackPane holder;

    public static void main(String[] args) throws Exception {
        Path root = Files.createTempDirectory("workbench-timeline-bench");
        FxBench.startHeadless();
        try (FxTaskRunner runner = new FxTaskRunner(); OpenedWorkspace workspace = open(root)) {
            new TimelineViewBench().run(workspace, runner);
        } finally {
            Platform.exit();
        }
    }

    /** A workspace of {@link #PHASES} phases of one to three weeks, in chains of ten. */
    static OpenedWorkspace open(Path root) {
        StringBuilder yaml = new StringBuilder("name: Timeline benchmark\ntarget: .\nphases:\n");
        LocalDate start = LocalDate.of(2026, 1, 5);
        for (int i = 0; i < PHASES; i++) {
            LocalDate from = start.plusDays((i % 10) * 12L + (i / 10) * 3L);
            yaml.append("  - id: p").append(i).append("\n    title: Phase number ").append(i)
                    .append(" of the benchmark plan\n    start: ").append(from).append("\n    end: ")
                    .append(from.plusDays(7 + i % 3 * 7L)).append('\n');
            if (i % 10 > 0) {
                yaml.append("    depends_on: [p").append(i - 1).append("]\n");
            }
            if (i % 4 == 0) {
                yaml.append("    risk: high\n");
            }
        }
        TestWorkspaces.write(root.resolve("workbench.yaml"), yaml.toString());
        return new WorkspaceOpener(new WorkspaceLoader(), new RepositoryInspector(),
                folder -> StoreConfig.forWorkspace(folder, Map.of()), "bench").open(root, Progress.NONE);
    }

    private void run(OpenedWorkspace workspace, FxTaskRunner runner) throws Exception {
        ReadinessEngine engine = new ReadinessEngine(Checkers.all(), 1, Duration.ofSeconds(30));
        var comparisons = StandardComparators.create(Clock.systemUTC());
        SignoffContext context = new SignoffContext(runner, (title, e) -> System.err.println(title + ": " + e),
                new WorkspaceEvidence(engine, comparisons), target -> new Signer("Bench", "bench@example.org"),
                Clock.systemUTC());
        WorkspaceStatus status = new WorkspaceStatus(engine, comparisons, Clock.systemDefaultZone());
        FxBench.onFx(() -> {
            holder = new StackPane();
            scene = new Scene(holder, 1280, 800);
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            scene.getStylesheets().addAll(Styles.stylesheets());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return null;
        });
        List<Long> shows = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            long ms = showOnce(workspace, context, status);
            System.out.printf("show %d: %d ms%n", round, ms);
            if (round >= WARM_FROM) {
                shows.add(ms);
            }
        }
        System.out.printf("show 200 phases, median of rounds %d-%d: %d ms%n", WARM_FROM, ROUNDS, FxBench.median(shows));
        List<Long> pans = pan();
        System.out.printf("pan (%d scroll steps): median %.2f ms, p90 %.2f ms, max %.2f ms per step%n", pans.size(),
                FxBench.median(pans) / 1e6, FxBench.percentile(pans, 90) / 1e6, Collections.max(pans) / 1e6);
    }

    /** A fresh Timeline view on the workspace: build, lay out and the pulse after it. */
    private long showOnce(OpenedWorkspace workspace, SignoffContext context, WorkspaceStatus status)
            throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        FxBench.onFx(() -> {
            holder.getChildren().clear();
            return null;
        });
        Thread.sleep(300);
        FxBench.onFx(() -> {
            long start = System.nanoTime();
            ReadOnlyObjectWrapper<OpenedWorkspace> opened = new ReadOnlyObjectWrapper<>(workspace);
            Node view = new TimelineView(opened.getReadOnlyProperty(), context, status, target -> { }).node();
            long built = System.nanoTime();
            holder.getChildren().setAll(view);
            System.out.printf("  built in %d ms%n", (built - start) / 1_000_000);
            FxBench.afterNextPulse(scene, () -> done.complete((System.nanoTime() - start) / 1_000_000));
            return null;
        });
        return done.get(60, TimeUnit.SECONDS);
    }

    private List<Long> pan() throws Exception {
        List<Long> steps = new ArrayList<>();
        ScrollPane scroll = FxBench.onFx(() -> (ScrollPane) scene.lookup("#gantt-chart").getParent().getParent()
                .getParent());
        for (int i = 1; i <= 100; i++) {
            double to = i / 100.0;
            CompletableFuture<Long> done = new CompletableFuture<>();
            FxBench.onFx(() -> {
                long start = System.nanoTime();
                scroll.setHvalue(to);
                scroll.setVvalue(to);
                FxBench.afterNextPulse(scene, () -> done.complete(System.nanoTime() - start));
                return null;
            });
            steps.add(done.get(10, TimeUnit.SECONDS));
        }
        return steps;
    }
}
