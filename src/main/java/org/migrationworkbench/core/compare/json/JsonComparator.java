package org.migrationworkbench.core.compare.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.migrationworkbench.core.CancelledException;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.compare.CompareOptions;
import org.migrationworkbench.core.compare.DifferenceTally;
import org.migrationworkbench.core.compare.PairComparator;
import org.migrationworkbench.core.compare.json.JsonBytes.NotHandled;
import org.migrationworkbench.core.compare.json.JsonPaths.Role;
import org.migrationworkbench.core.compare.json.RecordScanner.Outcome;
import org.migrationworkbench.core.model.OutputFormat;

/**
 * Structural JSON and JSON Lines comparison, memory-bounded for files of gigabytes.
 *
 * <p>A top-level array (or JSON Lines) is a list of records, paired by the key paths of {@code options.keys()}
 * (composite keys joined with {@code |}; order ignored) or, without keys, by position ({@code #0}, {@code #1}…);
 * any other top-level value is one record with the key {@code $}. Paths in ignore rules, tolerances and array
 * keys are relative to the record (see {@link JsonPaths} for the supported syntax).
 *
 * <p>How: both files are read at once (one thread each) with a strict byte-level reader ({@link JsonBytes}; input
 * it does not handle, including every malformed file, is read again with Jackson's streaming parser, which names
 * the error's place); per record it keeps
 * only the key, a canonical 64-bit hash of the content (member order, number spelling and ignored paths do not
 * change it) and the record's byte range. Records are then paired by key; only pairs whose hashes differ are
 * read again and compared in full, with tolerance. When the index of both sides exceeds the memory budget
 * (a quarter of the heap), it spills to disk partitions by key hash, compared one after the other.
 *
 * <p>Progress is reported in bytes read; cancellation is checked every few thousand records. Invalid JSON or a
 * record without its key is a {@link WorkbenchException} naming file, line and column.
 */
public final class JsonComparator implements PairComparator {
    private final long memoryBudget;
    private final boolean bytes;

    public JsonComparator() {
        this(Runtime.getRuntime().maxMemory() / 4);
    }

    /** With a given budget in bytes for the record indexes of both sides (tests force spilling with it). */
    JsonComparator(long memoryBudget) {
        this(memoryBudget, true);
    }

    /** {@code bytes}: read with the byte reader first ({@link ByteRecordScanner}); else with Jackson only. */
    JsonComparator(long memoryBudget, boolean bytes) {
        this.memoryBudget = memoryBudget;
        this.bytes = bytes;
    }

    @Override
    public void compare(Path oldFile, Path newFile, CompareOptions options, DifferenceTally tally, Progress progress) {
        List<List<String>> elementKeys = new ArrayList<>();
        JsonPaths paths = paths(options, elementKeys);
        boolean lines = options.format() == OutputFormat.JSONL;
        if (bytes) {
            try {
                run(oldFile, newFile, options, tally, progress, paths, elementKeys,
                        stop -> new ByteRecordScanner(new ScanSetup(paths, options.keys(), lines, progress, stop)));
                return;
            } catch (NotHandled e) {
                // thrown while reading, before anything reached the tally: read again with Jackson
            }
        }
        run(oldFile, newFile, options, tally, progress, paths, elementKeys,
                stop -> new RecordScanner(new ScanSetup(paths, options.keys(), lines, progress, stop)));
    }

    private void run(Path oldFile, Path newFile, CompareOptions options, DifferenceTally tally, Progress progress,
                     JsonPaths paths, List<List<String>> elementKeys, Function<AtomicBoolean, SideScanner> reader) {
        long total = size(oldFile) + size(newFile);
        progress.begin("Comparing JSON", total);
        AtomicBoolean stop = new AtomicBoolean();
        SideScanner scanner = reader.apply(stop);
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "json-compare");
            t.setDaemon(true);
            return t;
        });
        try (SpillPlan plan = new SpillPlan(memoryBudget, options.spillDirectory(), total);
             SideIndex olds = new SideIndex(plan, "old");
             SideIndex news = new SideIndex(plan, "new");
             RecordSource oldSource = new RecordSource(oldFile);
             RecordSource newSource = new RecordSource(newFile)) {
            Future<Outcome> a = pool.submit(() -> scanner.scan(oldFile, olds));
            Future<Outcome> b = pool.submit(() -> scanner.scan(newFile, news));
            Outcome oldSide = awaitOrStop(a, b, stop);
            Outcome newSide = awaitOrStop(b, a, stop);
            summarise(oldFile, newFile, oldSide, newSide, paths, tally);
            olds.settle();
            news.settle();
            if (olds.partitions() > 1) {
                tally.note("The record index did not fit in memory (" + memoryBudget / (1024 * 1024)
                        + " MB): it was spilled to " + olds.partitions() + " disk partitions.");
            }
            RecordDiff diff = new RecordDiff(paths, new Tolerances(options), elementKeys::get);
            PartitionCompare pairs = new PartitionCompare(oldSource, newSource, diff, tally, pool, progress);
            for (int p = 0; p < olds.partitions(); p++) {
                progress.checkCancelled();
                pairs.run(olds.partition(p), news.partition(p));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void summarise(Path oldFile, Path newFile, Outcome oldSide, Outcome newSide, JsonPaths paths,
                                  DifferenceTally tally) {
        if (oldSide.recordList() != newSide.recordList()) {
            Path list = oldSide.recordList() ? oldFile : newFile;
            Path single = oldSide.recordList() ? newFile : oldFile;
            throw new WorkbenchException("Cannot compare " + list + " (a list of records) with " + single
                    + " (a single JSON value at the top level).");
        }
        tally.counts(oldSide.records(), newSide.records());
        tally.fingerprints(oldSide.fingerprint(), newSide.fingerprint());
        for (int i = 0; i < paths.size(); i++) {
            long n = Math.max(oldSide.ignored()[i], newSide.ignored()[i]);
            if (n > 0) {
                tally.ignored(paths.text(i), n);
            }
        }
    }

    /** Key paths, ignore paths and set arrays as one automaton; fills the element key path of each set array. */
    static JsonPaths paths(CompareOptions options, List<List<String>> elementKeys) {
        JsonPaths paths = new JsonPaths();
        for (String ignore : options.ignore()) {
            paths.add(recordRelative(ignore), Role.IGNORE, 0);
        }
        for (int i = 0; i < options.keys().size(); i++) {
            paths.add(recordRelative(options.keys().get(i)), Role.KEY, i);
        }
        for (Map.Entry<String, String> e : options.arrayKeys().entrySet()) {
            paths.add(recordRelative(e.getKey()), Role.SET, elementKeys.size());
            elementKeys.add(elementKeyPath(e.getValue()));
        }
        return paths;
    }

    private static String recordRelative(String path) {
        String p = path.strip();
        return p.startsWith("$[*]") ? "$" + p.substring(4) : p;
    }

    private static List<String> elementKeyPath(String key) {
        String k = key.strip();
        if (k.startsWith("$.") || k.startsWith("@.")) {
            k = k.substring(2);
        } else if ("$".equals(k) || "@".equals(k)) {
            k = "";
        }
        return k.isEmpty() ? List.of() : List.of(k.split("\\."));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The result of {@code f}; when it failed, stops {@code other} and waits for it before throwing. */
    private static <T> T awaitOrStop(Future<T> f, Future<T> other, AtomicBoolean stop) {
        try {
            return await(f);
        } catch (RuntimeException e) {
            stop.set(true);
            try {
                other.get();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | RuntimeException ignored) {
                // the first failure is the one reported
            }
            throw e;
        }
    }

    /** The task's result; its exception as it was thrown (WorkbenchException and CancelledException kept). */
    static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new WorkbenchException("JSON comparison failed: " + e.getCause(), e.getCause());
        }
    }
}
