package org.migrationworkbench.core.readiness.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migrationworkbench.core.CancelledException;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.readiness.Evidence;
import org.migrationworkbench.core.readiness.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the lines matching a regex in many files, in parallel (one worker per available processor), streaming
 * each file (binary files skipped). A line counts once however many matches it holds, like {@code rg -c}. Regexes
 * every match of which holds one of a few literals are searched as bytes ({@link LiteralScan}), others line by line.
 * Checks cancellation before every file; evidence is kept in file order, at most {@link Outcome#MAX_EVIDENCE}.
 */
public final class PatternScan {
    private static final Logger LOG = LoggerFactory.getLogger(PatternScan.class);
    private static final int MAX_TEXT = 300;

    /** What a scan found: matching lines, files with a match, binary files skipped, the first matches. */
    public record Result(long matches, int files, int binaryFiles, List<Evidence> evidence) {
    }

    private PatternScan() {
    }

    /** Scans {@code files} (relative to {@code root}); throws {@link CancelledException} once progress is cancelled. */
    public static Result scan(Path root, List<String> files, Pattern pattern, Progress progress) {
        long started = System.nanoTime();
        FileResult[] results = new FileResult[files.size()];
        AtomicInteger next = new AtomicInteger();
        TextFiles.ChunkFilter filter = Literals.of(pattern)
                .<TextFiles.ChunkFilter>map(l -> l).orElse(TextFiles.ChunkFilter.ALL);
        Optional<LiteralScan> fast = LiteralScan.of(pattern);
        Runnable worker = () -> {
            Matcher matcher = pattern.matcher("");
            LiteralScan.Reader reader = fast.map(LiteralScan::reader).orElse(null);
            for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                progress.checkCancelled();
                results[i] = reader != null ? scanFast(root, files.get(i), matcher, reader, filter)
                        : scanFile(root, files.get(i), matcher, filter);
                progress.worked(1);
            }
        };
        progress.begin("Searching " + files.size() + " files for " + pattern.pattern(), files.size());
        runParallel(worker, Math.min(Runtime.getRuntime().availableProcessors(), Math.max(1, files.size())));
        Result result = merge(results);
        LOG.debug("Scanned {} files for /{}/ in {} ms: {} matches", files.size(), pattern.pattern(),
                (System.nanoTime() - started) / 1_000_000, result.matches());
        return result;
    }

    static void runParallel(Runnable worker, int workers) {
        if (workers <= 1) {
            worker.run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers - 1, r -> {
            Thread thread = new Thread(r, "pattern-scan");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 1; i < workers; i++) {
                futures.add(pool.submit(worker));
            }
            worker.run();
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** What one file held: matching lines, whether it was skipped as binary, the first matches. */
    record FileResult(long matches, boolean binary, List<Evidence> evidence) {
        static final FileResult BINARY = new FileResult(0, true, List.of());
    }

    /** Counts the matching lines of one file and keeps the first {@link Outcome#MAX_EVIDENCE} of them. */
    static final class Matches {
        private final String file;
        private final List<Evidence> evidence = new ArrayList<>();
        private long count;

        Matches(String file) {
            this.file = file;
        }

        boolean add(int line, CharSequence text) {
            if (count++ < Outcome.MAX_EVIDENCE) {
                evidence.add(Evidence.at(file, line, shorten(text)));
            }
            return true;
        }

        FileResult result() {
            return new FileResult(count, false, evidence);
        }
    }

    static FileResult scanFast(Path root, String file, Matcher matcher, LiteralScan.Reader reader,
                               TextFiles.ChunkFilter filter) {
        Matches matches = new Matches(file);
        try {
            return switch (reader.scan(root.resolve(file), matcher, matches::add)) {
                case LiteralScan.BINARY -> FileResult.BINARY;
                case LiteralScan.TOO_LONG -> scanFile(root, file, matcher, filter);
                default -> matches.result();
            };
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** As {@link #scanFast} for a file already read whole ({@link LiteralScan.Reader#scanBytes}). */
    static FileResult scanBytes(String file, byte[] data, int length, Matcher matcher, LiteralScan.Reader reader) {
        Matches matches = new Matches(file);
        return reader.scanBytes(data, length, matcher, matches::add) == LiteralScan.BINARY ? FileResult.BINARY
                : matches.result();
    }

    static FileResult scanFile(Path root, String file, Matcher matcher, TextFiles.ChunkFilter filter) {
        Matches matches = new Matches(file);
        try {
            boolean text = TextFiles.forEachLine(root.resolve(file),
                    (line, chars) -> !matcher.reset(chars).find() || matches.add(line, chars), filter);
            return text ? matches.result() : FileResult.BINARY;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String shorten(CharSequence line) {
        String text = line.toString().strip();
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }

    static Result merge(FileResult[] results) {
        long matches = 0;
        int files = 0;
        int binary = 0;
        List<Evidence> evidence = new ArrayList<>();
        for (FileResult r : results) {
            matches += r.matches();
            files += r.matches() > 0 ? 1 : 0;
            binary += r.binary() ? 1 : 0;
            int room = Outcome.MAX_EVIDENCE - evidence.size();
            evidence.addAll(r.evidence().subList(0, Math.min(room, r.evidence().size())));
        }
        return new Result(matches, files, binary, evidence);
    }
}
