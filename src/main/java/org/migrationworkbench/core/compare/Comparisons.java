package org.migrationworkbench.core.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.migrationworkbench.core.CancelledException;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.OutputFormat;

/**
 * The entry point of comparisons: checks both sides exist and are files or folders (never a FIFO or a device,
 * which would block or never end), detects the format, compares files with the comparator of their format
 * (binary files by content hash), folders file by file, and digests the inputs.
 */
public final class Comparisons {
    private final Map<ComparedAs, PairComparator> comparators;
    private final Clock clock;

    public Comparisons(Map<ComparedAs, PairComparator> comparators, Clock clock) {
        this.comparators = new EnumMap<>(comparators);
        this.clock = clock;
    }

    /** Compares two files or two folders. */
    public CompareResult compare(Path oldSide, Path newSide, CompareOptions options, DifferenceSink sink,
                                 Progress progress) {
        requireReadable(oldSide, "old");
        requireReadable(newSide, "new");
        boolean oldDir = Files.isDirectory(oldSide);
        if (oldDir != Files.isDirectory(newSide)) {
            throw new WorkbenchException("Cannot compare a folder with a file: " + (oldDir ? oldSide : newSide)
                    + " is a folder, " + (oldDir ? newSide : oldSide) + " is not.");
        }
        if (oldDir) {
            return new FolderComparator(this).compare(oldSide, newSide, options, sink, progress);
        }
        return compareFiles(oldSide, newSide, options, sink, progress);
    }

    /**
     * Compares two files; when either changed meanwhile ({@link InputWatch}) there is no result but an
     * {@link InputChangedException}, also when the change made the comparison fail.
     */
    CompareResult compareFiles(Path oldFile, Path newFile, CompareOptions options, DifferenceSink sink,
                               Progress progress) {
        InputWatch watch = InputWatch.start(oldFile, newFile);
        DifferenceTally tally = new DifferenceTally(options, sink, LocalDate.now(clock));
        CompareResult result;
        try {
            result = compareInto(tally, oldFile, newFile, options, progress);
        } catch (CancelledException | InputChangedException e) {
            throw e;
        } catch (RuntimeException e) {
            watch.requireUnchangedAfter(e);
            throw e;
        }
        watch.requireUnchanged(tally.fingerprints());
        return result;
    }

    private CompareResult compareInto(DifferenceTally tally, Path oldFile, Path newFile, CompareOptions options,
                                      Progress progress) {
        OutputFormat format = FormatDetector.resolve(options.format(), oldFile, newFile);
        if (format == null) {
            String digest = InputDigest.of(oldFile, newFile, options);
            new BinaryComparator().compare(oldFile, newFile, options, tally, progress);
            return tally.result(ComparedAs.BINARY, List.of(), digest);
        }
        ComparedAs as = switch (format) {
            case JSON, JSONL -> ComparedAs.JSON;
            case CSV, TSV -> ComparedAs.CSV;
            default -> ComparedAs.TEXT;
        };
        PairComparator comparator = comparators.get(as);
        if (comparator == null) {
            throw new WorkbenchException("Comparing " + as.id() + " files is not supported.");
        }
        comparator.compare(oldFile, newFile, options.withFormat(format), tally, progress);
        List<String> read = tally.fingerprints();
        String digest = read.isEmpty() ? InputDigest.of(oldFile, newFile, options)
                : InputDigest.of(read.get(0), read.get(1), options);
        return tally.result(as, List.of(), digest);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void requireReadable(Path side, String which) {
        if (!Files.exists(side)) {
            throw new WorkbenchException("The " + which + " side does not exist: " + side);
        }
        SpecialFiles.requireFileOrFolder(side, which);
        if (!Files.isReadable(side)) {
            throw new WorkbenchException("The " + which + " side cannot be read: " + side);
        }
    }
}
