package org.migrationworkbench.bench;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.git.RepositoryInspector;
import org.migrationworkbench.core.guide.GeneratedGuide;
import org.migrationworkbench.core.guide.GuideImporter;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.session.WorkspaceOpener;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import org.migrationworkbench.testing.TestWorkspaces;
import org.migrationworkbench.ui.checklist.ChecklistContext;
import org.migrationworkbench.ui.checklist.ChecklistRow;
import org.migrationworkbench.ui.checklist.ChecklistSession;
import org.migrationworkbench.ui.checklist.ChecklistViewModel;
import org.migrationworkbench.ui.checklist.ChecklistsView;
import org.migrationworkbench.ui.checklist.ItemRow;
import org.migrationworkbench.ui.common.Styles;
import org.migrationworkbench.ui.task.FxTaskRunner;

/**
 * Times the Checklists view on headless Monocle with a 20,000-item Markdown checklist (see
 * {@link GeneratedGuide}): opening it (read in the background, rows built, tree laid out and the first pulse
 * after it), switching back to it once read, and toggles from the key press to the stored state shown.
 * Targets: open 500 ms or less, toggle to stored 5 ms median or less. Run with {@code scripts/bench/checklist.sh}.
 */
public final class ChecklistViewBench {
    private static final int OPEN_ROUNDS = 12;
    private static final int WARM_FROM = 6;
    private static final int TOGGLES = 300;

    private final ReadOnlyObjectWrapper<OpenedWorkspace> opened = new ReadOnlyObjectWrapper<>();
    private ChecklistSession session;
    private Scene scene;

    public static void main(String[] args) throws Exception {
        Path root = Files.createTempDirectory("workbench-view-bench");
        TimedExecutor writes = new TimedExecutor(Executors.newSingleThreadExecutor());
        FxBench.startHeadless();
        try (FxTaskRunner runner = new FxTaskRunner(); OpenedWorkspace workspace = open(root)) {
            new ChecklistViewBench().run(workspace, runner, writes);
        } finally {
            writes.delegate.shutdown();
            writes.delegate.awaitTermination(10, TimeUnit.SECONDS);
            Platform.exit();
            delete(root);
        }
    }

    private static OpenedWorkspace open(Path root) throws IOException {
        Files.writeString(root.resolve("guide.md"), GeneratedGuide.markdown());
        TestWorkspaces.write(root.resolve("workbench.yaml"), """
                name: View benchmark
                target: .
                start: 2026-09-07
                phases:
                  - id: p1
                    title: Only phase
                    weeks: 1
                checklists:
                  - id: generated
                    file: guide.md
                  - id: small
                    items: [one, two]
                """);
        return new WorkspaceOpener(new WorkspaceLoader(), new RepositoryInspector(),
                folder -> StoreConfig.forWorkspace(folder, Map.of()), "bench").open(root, Progress.NONE);
    }

    /** The checklist writer, noting when each task it ran finished. */
    private static final class TimedExecutor implements java.util.concurrent.Executor {
        final ExecutorService delegate;
        final Map<Integer, Long> finished = new java.util.concurrent.ConcurrentHashMap<>();
        int submitted;

        TimedExecutor(ExecutorService delegate) {
            this.delegate = delegate;
        }

        /** When the task finished; it posts its result before this wrapper notes the time, so wait a moment. */
        long finishedAt(int number) {
            Long at;
            while ((at = finished.get(number)) == null) {
                Thread.onSpinWait();
            }
            return at;
        }

        @Override
        public void execute(Runnable task) {
            int number = submitted++;
            delegate.execute(() -> {
                task.run();
                finished.put(number, System.nanoTime());
            });
        }
    }

    private TimedExecutor writes;

    private void run(OpenedWorkspace workspace, FxTaskRunner runner, TimedExecutor writes) throws Exception {
        this.writes = writes;
        ChecklistContext context = new ChecklistContext(new GuideImporter()::read, runner, writes, Platform::runLater,
                (title, error) -> System.err.println(title + ": " + error), "bench", Clock.systemUTC());
        FxBench.onFx(() -> {
            session = new ChecklistSession(opened.getReadOnlyProperty(), context);
            scene = new Scene(new javafx.scene.layout.StackPane(new ChecklistsView(session.modelProperty()).node()),
                    1280, 800);
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            scene.getStylesheets().addAll(Styles.stylesheets());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return null;
        });
        List<Long> opens = new ArrayList<>();
        for (int round = 1; round <= OPEN_ROUNDS; round++) {
            long[] times = openOnce(workspace);
            System.out.printf("open %d: %d ms (read in the background %d ms, rows and tree on the FX thread %d ms)%s%n",
                    round, times[0], times[1], times[0] - times[1], round == 1 ? "  [first import: catalog written]" : "");
            if (round >= WARM_FROM) {
                opens.add(times[0]);
            }
        }
        System.out.printf("open, median of rounds %d-%d: %d ms%n", WARM_FROM, OPEN_ROUNDS, FxBench.median(opens));
        System.out.printf("switch back to it once read: %d ms%n", switchBack());
        List<long[]> toggles = toggles();
        report("toggle to stored by the writer thread", toggles.stream().map(t -> t[0]).toList());
        report("toggle to stored and shown as stored", toggles.stream().map(t -> t[1]).toList());
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("%s (%d toggles): median %.2f ms, p90 %.2f ms, max %.2f ms%n", what, sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 9 / 10) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6);
    }

    /** Opens the workspace afresh; returns {total until the first pulse after the tree is laid out, read}. */
    private long[] openOnce(OpenedWorkspace workspace) throws Exception {
        CompletableFuture<long[]> done = new CompletableFuture<>();
        long start = System.nanoTime();
        FxBench.onFx(() -> {
            opened.set(null);
            opened.set(workspace);
            ChecklistViewModel model = session.modelProperty().get();
            whenShown(model, start, done);
            return null;
        });
        long[] times = done.get(60, TimeUnit.SECONDS);
        return new long[] {times[0] / 1_000_000, times[1] / 1_000_000};
    }

    private void whenShown(ChecklistViewModel model, long start, CompletableFuture<long[]> done) {
        long[] read = new long[1];
        model.treeProperty().addListener((obs, was, tree) -> read[0] = System.nanoTime() - start);
        model.visibleRowsProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends List<ChecklistRow>> obs,
                                List<ChecklistRow> was, List<ChecklistRow> rows) {
                if (rows.size() > GeneratedGuide.ITEMS) {
                    model.visibleRowsProperty().removeListener(this);
                    FxBench.afterNextPulse(scene, () -> done.complete(new long[] {System.nanoTime() - start, read[0]}));
                }
            }
        });
    }

    private long switchBack() throws Exception {
        CompletableFuture<long[]> done = new CompletableFuture<>();
        FxBench.onFx(() -> {
            ChecklistViewModel model = session.modelProperty().get();
            model.selectedChecklistProperty().set(model.checklists().get(1));
            return null;
        });
        Thread.sleep(500);
        long start = System.nanoTime();
        FxBench.onFx(() -> {
            ChecklistViewModel model = session.modelProperty().get();
            whenShown(model, start, done);
            model.selectedChecklistProperty().set(model.checklists().get(0));
            return null;
        });
        return done.get(60, TimeUnit.SECONDS)[0] / 1_000_000;
    }

    /** Toggles items one after another, the next once the previous is stored and shown as stored. */
    private List<long[]> toggles() throws Exception {
        List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> done = new CompletableFuture<>();
        FxBench.onFx(() -> {
            ChecklistViewModel model = session.modelProperty().get();
            List<ItemRow> items = model.visibleRowsProperty().get().stream().filter(ItemRow.class::isInstance)
                    .map(ItemRow.class::cast).toList();
            toggle(model, items, 0, latencies, done);
            return null;
        });
        done.get(120, TimeUnit.SECONDS);
        return new ArrayList<>(latencies);
    }

    private void toggle(ChecklistViewModel model, List<ItemRow> items, int n, List<long[]> latencies,
                        CompletableFuture<Void> done) {
        if (n == TOGGLES) {
            done.complete(null);
            return;
        }
        ItemRow item = items.get(n * 61 % items.size());
        model.selection().select(item);
        long start = System.nanoTime();
        int[] changes = new int[1];
        int[] write = new int[1];
        item.revisionProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number was, Number now) {
                if (++changes[0] == 2) { // shown at once, then stored
                    long shown = System.nanoTime();
                    latencies.add(new long[] {writes.finishedAt(write[0]) - start, shown - start});
                    item.revisionProperty().removeListener(this);
                    Platform.runLater(() -> toggle(model, items, n + 1, latencies, done));
                }
            }
        });
        model.toggle();
        write[0] = writes.submitted - 1; // the write is the last task a toggle hands the writer
    }

    private static void delete(Path root) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
