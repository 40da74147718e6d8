package org.migrationworkbench.core.readiness.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.readiness.files.PatternScan.FileResult;

/**
 * {@link PatternScan} for several regexes over the same files in one pass: each file below a megabyte is read
 * once and searched once for the literals of every regex with a fast path (at most 64 literals together; else
 * each such regex searches the bytes in turn); a line holding a regex's literal is matched with that regex.
 * Larger files and regexes without a fast path are read per regex, as a single scan would. Each regex gets
 * exactly the result its own scan would give.
 */
final class SharedPatternScan {
    private SharedPatternScan() {
    }

    /** The result of each of {@code patterns}, in their order, over {@code files} (relative to {@code root}). */
    static List<PatternScan.Result> scan(Path root, List<String> files, List<Pattern> patterns, Progress progress) {
        Pass pass = new Pass(root, files, patterns, progress);
        progress.begin("Searching " + files.size() + " files for " + patterns.size() + " patterns", files.size());
        PatternScan.runParallel(pass::work, Math.min(Runtime.getRuntime().availableProcessors(),
                Math.max(1, files.size())));
        List<PatternScan.Result> merged = new ArrayList<>();
        for (FileResult[] r : pass.results) {
            merged.add(PatternScan.merge(r));
        }
        return merged;
    }

    /** The shared state of one pass; {@link #work} is run by every worker thread. */
    private static final class Pass {
        private final Path root;
        private final List<String> files;
        private final List<Pattern> patterns;
        private final Progress progress;
        private final FileResult[][] results;
        private final List<Optional<LiteralScan>> fast;
        private final List<TextFiles.ChunkFilter> filters;
        /** The indexes of the patterns with a fast path, searched together, and each one's literal bits. */
        private final int[] literal;
        private final long[] masks;
        private final Optional<LiteralScan> together;
        private final AtomicInteger next = new AtomicInteger();

        Pass(Path root, List<String> files, List<Pattern> patterns, Progress progress) {
            this.root = root;
            this.files = files;
            this.patterns = patterns;
            this.progress = progress;
            this.results = new FileResult[patterns.size()][files.size()];
            this.fast = patterns.stream().map(LiteralScan::of).toList();
            this.filters = patterns.stream().map(p -> Literals.of(p)
                    .<TextFiles.ChunkFilter>map(l -> l).orElse(TextFiles.ChunkFilter.ALL)).toList();
            this.literal = IntStream.range(0, patterns.size()).filter(p -> fast.get(p).isPresent()).toArray();
            this.masks = new long[literal.length];
            this.together = LiteralScan.ofAll(Arrays.stream(literal).mapToObj(patterns::get).toList(), masks);
        }

        void work() {
            Matcher[] matchers = patterns.stream().map(p -> p.matcher("")).toArray(Matcher[]::new);
            LiteralScan.Reader[] readers = fast.stream().map(f -> f.map(LiteralScan::reader).orElse(null))
                    .toArray(LiteralScan.Reader[]::new);
            LiteralScan.Reader all = together.map(LiteralScan::reader).orElse(null);
            WholeFile whole = new WholeFile();
            for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                progress.checkCancelled();
                String file = files.get(i);
                boolean read = whole.read(root.resolve(file), file);
                if (read && all != null) {
                    searchTogether(file, whole, all, literal, masks, matchers, results, i);
                }
                for (int p = 0; p < patterns.size(); p++) {
                    if (results[p][i] == null) {
                        results[p][i] = readers[p] == null
                                ? PatternScan.scanFile(root, file, matchers[p], filters.get(p))
                                : read ? PatternScan.scanBytes(file, whole.bytes, whole.length, matchers[p], readers[p])
                                : PatternScan.scanFast(root, file, matchers[p], readers[p], filters.get(p));
                    }
                }
                progress.worked(1);
            }
        }
    }

    /**
     * Searches a file read whole for the literals of every regex with a fast path at once; a line holding a literal
     * of a regex is matched with that regex (as its own scan would), and the results go to {@code results[p][i]}.
     */
    private static void searchTogether(String file, WholeFile whole, LiteralScan.Reader all, int[] literal,
                                       long[] masks, Matcher[] matchers, FileResult[][] results, int i) {
        PatternScan.Matches[] found = new PatternScan.Matches[literal.length];
        for (int f = 0; f < literal.length; f++) {
            found[f] = new PatternScan.Matches(file);
        }
        int status = all.scanBytes(whole.bytes, whole.length, (line, text, lineStart, lineEnd) -> {
            long present = all.literalsIn(lineStart, lineEnd);
            for (int f = 0; f < literal.length; f++) {
                if ((present & masks[f]) != 0 && matchers[literal[f]].reset(text).find()) {
                    found[f].add(line, text);
                }
            }
            return true;
        });
        for (int f = 0; f < literal.length; f++) {
            results[literal[f]][i] = status == LiteralScan.BINARY ? FileResult.BINARY : found[f].result();
        }
    }

    /** One worker's buffer for whole files below {@link LiteralScan#MAX_BUFFER_BYTES}. */
    private static final class WholeFile {
        private byte[] bytes = new byte[LiteralScan.CHUNK_BYTES];
        private int length;

        /** Reads {@code path} whole; false when it is too large for this (its bytes are then not kept). */
        boolean read(Path path, String name) {
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
                if (channel.size() >= LiteralScan.MAX_BUFFER_BYTES) {
                    return false;
                }
                length = 0;
                while (true) {
                    if (length == bytes.length) {
                        if (bytes.length >= LiteralScan.MAX_BUFFER_BYTES) {
                            return false;
                        }
                        bytes = Arrays.copyOf(bytes, bytes.length * 2);
                    }
                    int got = channel.read(ByteBuffer.wrap(bytes, length, bytes.length - length));
                    if (got < 0) {
                        return true;
                    }
                    length += got;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + name + ": " + e.getMessage(), e);
            }
        }
    }
}
