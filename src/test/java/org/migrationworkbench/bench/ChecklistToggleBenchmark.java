package org.migrationworkbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.migrationworkbench.core.checklist.ChecklistEntry;
import org.migrationworkbench.core.checklist.ChecklistService;
import org.migrationworkbench.core.checklist.ItemEdit;
import org.migrationworkbench.core.checklist.LoadedChecklist;
import org.migrationworkbench.core.guide.GeneratedGuide;
import org.migrationworkbench.core.guide.GuideImporter;
import org.migrationworkbench.core.model.Checklist;
import org.migrationworkbench.core.store.ChecklistStateRepository.ItemState;
import org.migrationworkbench.core.store.JdbcChecklistCatalogRepository;
import org.migrationworkbench.core.store.JdbcChecklistStateRepository;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long storing one checklist toggle takes: {@link ChecklistService#apply} on a real H2 file store
 * ({@code WRITE_DELAY=0}, as the app opens it) holding a 20,000-item checklist, each call one transaction that
 * updates the item's state and appends a history row. Sampled, so JMH reports the median and percentiles.
 * Run with {@code scripts/bench/checklist.sh}; the target is a median of 5 ms or less.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ChecklistToggleBenchmark {
    private Path root;
    private WorkbenchStore store;
    private ChecklistService service;
    private List<String> ids;
    private final Map<String, ItemState> current = new HashMap<>();
    private int next;

    @Setup(Level.Trial)
    public void openStore() throws IOException {
        root = Files.createTempDirectory("workbench-toggle-bench");
        Path guide = Files.writeString(root.resolve("guide.md"), GeneratedGuide.markdown());
        store = WorkbenchStore.open(StoreConfig.forWorkspace(root, Map.of()));
        service = new ChecklistService(new GuideImporter()::read, new JdbcChecklistCatalogRepository(store.dataSource()),
                new JdbcChecklistStateRepository(store.dataSource()), Clock.systemUTC());
        LoadedChecklist loaded = service.load(new Checklist("generated", Optional.empty(), Optional.of(guide),
                List.of(), Optional.empty()));
        ids = loaded.entries().stream().map(ChecklistEntry::id).toList();
        if (ids.size() != GeneratedGuide.ITEMS) {
            throw new IllegalStateException("expected " + GeneratedGuide.ITEMS + " items, got " + ids.size());
        }
    }

    @TearDown(Level.Trial)
    public void closeStore() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Toggles the items one after another, done then open again, as a walkthrough does. */
    @Benchmark
    public ItemState toggle() {
        String id = ids.get(next++ % ids.size());
        Optional<ItemState> before = Optional.ofNullable(current.get(id));
        String state = before.map(ItemState::state).orElse("open").equals("done") ? "open" : "done";
        ItemState stored = service.apply("generated", id, before, ItemEdit.state(state), "bench");
        current.put(id, stored);
        return stored;
    }
}
