package org.migrationworkbench.core.compare.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.compare.Difference;
import org.migrationworkbench.core.compare.Difference.Kind;
import org.migrationworkbench.core.compare.DifferenceTally;

/**
 * Phases two and three for one partition of keys: pairs the records of both sides by key, reports duplicates,
 * removed and added records, and compares in full (on the pool, while pairing goes on) only the pairs whose
 * hashes differ. Records of a key that occurs more than once on a side are reported as one DUPLICATE on that side
 * and not paired.
 */
final class PartitionCompare {
    private static final int CHUNK = 256;

    private final RecordSource oldSource;
    private final RecordSource newSource;
    private final RecordDiff diff;
    private final DifferenceTally tally;
    private final ExecutorService pool;
    private final Progress progress;

    PartitionCompare(RecordSource oldSource, RecordSource newSource, RecordDiff diff, DifferenceTally tally,
                     ExecutorService pool, Progress progress) {
        this.oldSource = oldSource;
        this.newSource = newSource;
        this.diff = diff;
        this.tally = tally;
        this.pool = pool;
        this.progress = progress;
    }

    void run(RecordIndex olds, RecordIndex news) {
        Future<KeyTable> newTable = pool.submit(() -> new KeyTable(news));
        KeyTable oldKeys = new KeyTable(olds);
        KeyTable newKeys = JsonComparator.await(newTable);
        List<Future<Chunk>> chunks = new ArrayList<>();
        int[] pairs = new int[2 * CHUNK];
        int n = 0;
        boolean[] seenInOld = new boolean[news.size()];
        for (int i = 0; i < olds.size(); i++) {
            if (!oldKeys.isHead(i)) {
                continue;
            }
            if (oldKeys.isDuplicate(i)) {
                tally.difference(duplicate(olds, oldKeys.occurrences(i), oldSource, true));
                markSeen(newKeys.find(olds, i), seenInOld);
                continue;
            }
            int j = newKeys.find(olds, i);
            if (j >= 0) {
                seenInOld[j] = true;
            }
            if (j < 0) {
                tally.difference(new Difference(Kind.REMOVED, olds.key(i), olds.line(i), 0, List.of(),
                        List.of(oldSource.compactText(olds.offset(i), olds.length(i))), List.of()));
            } else if (!newKeys.isDuplicate(j) && olds.hash(i) != news.hash(j)) {
                pairs[n++] = i;
                pairs[n++] = j;
                if (n == pairs.length) {
                    chunks.add(submit(olds, news, pairs, n));
                    pairs = new int[2 * CHUNK];
                    n = 0;
                }
            }
        }
        if (n > 0) {
            chunks.add(submit(olds, news, pairs, n));
        }
        collect(chunks);
        reportNewOnly(news, newKeys, seenInOld);
    }

    private static void markSeen(int j, boolean[] seenInOld) {
        if (j >= 0) {
            seenInOld[j] = true;
        }
    }

    private void reportNewOnly(RecordIndex news, KeyTable newKeys, boolean[] seenInOld) {
        for (int j = 0; j < news.size(); j++) {
            if (!newKeys.isHead(j)) {
                continue;
            }
            if (newKeys.isDuplicate(j)) {
                tally.difference(duplicate(news, newKeys.occurrences(j), newSource, false));
            } else if (!seenInOld[j]) {
                tally.difference(new Difference(Kind.ADDED, news.key(j), 0, news.line(j), List.of(), List.of(),
                        List.of(newSource.compactText(news.offset(j), news.length(j)))));
            }
        }
    }

    private static Difference duplicate(RecordIndex side, int[] occurrences, RecordSource source, boolean old) {
        List<String> texts = new ArrayList<>();
        for (int i : occurrences) {
            texts.add(source.compactText(side.offset(i), side.length(i)));
        }
        int first = occurrences[0];
        return new Difference(Kind.DUPLICATE, side.key(first), old ? side.line(first) : 0,
                old ? 0 : side.line(first), List.of(), old ? texts : List.of(), old ? List.of() : texts);
    }

    /** Compares pairs {@code (pairs[0], pairs[1]) … (pairs[n - 2], pairs[n - 1])} in full on the pool. */
    private Future<Chunk> submit(RecordIndex olds, RecordIndex news, int[] pairs, int n) {
        Callable<Chunk> task = () -> chunk(olds, news, pairs, 0, n);
        return pool.submit(task);
    }

    /** Reports the chunks' changes in the order the chunks were submitted. */
    private void collect(List<Future<Chunk>> futures) {
        Map<String, Long> tolerated = new HashMap<>();
        for (Future<Chunk> f : futures) {
            Chunk c = JsonComparator.await(f);
            c.changed().forEach(tally::difference);
            c.tolerated().forEach((field, k) -> tolerated.merge(field, k, Long::sum));
        }
        tolerated.forEach(tally::tolerated);
    }

    private record Chunk(List<Difference> changed, Map<String, Long> tolerated) {
    }

    private Chunk chunk(RecordIndex olds, RecordIndex news, int[] pairs, int start, int end) {
        progress.checkCancelled();
        List<Difference> changed = new ArrayList<>();
        Map<String, Long> tolerated = new HashMap<>();
        for (int k = start; k < end; k += 2) {
            int i = pairs[k];
            int j = pairs[k + 1];
            RecordDiff.Outcome o = diff.diff(oldSource.tree(olds.offset(i), olds.length(i)),
                    newSource.tree(news.offset(j), news.length(j)));
            if (!o.changes().isEmpty()) {
                changed.add(new Difference(Kind.CHANGED, olds.key(i), olds.line(i), news.line(j), o.changes(),
                        List.of(), List.of()));
            }
            o.tolerated().forEach((field, x) -> tolerated.merge(field, x, Long::sum));
        }
        return new Chunk(changed, tolerated);
    }
}
