package org.migrationworkbench.core.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.WorkbenchException;

/**
 * Folders: files paired by relative path (symbolic links are not followed), each pair compared with the
 * comparator of its format; the result counts files and lists each with its own result. Accepted differences
 * are tried on the file path (accepting a whole file) and, inside each pair, on record keys or lines. A FIFO,
 * device or socket in either folder refuses the comparison before any file is read.
 */
final class FolderComparator {
    private final Comparisons comparisons;

    FolderComparator(Comparisons comparisons) {
        this.comparisons = comparisons;
    }

    CompareResult compare(Path oldDir, Path newDir, CompareOptions options, DifferenceSink sink, Progress progress) {
        TreeSet<String> oldFiles = files(oldDir);
        TreeSet<String> newFiles = files(newDir);
        TreeSet<String> all = new TreeSet<>(oldFiles);
        all.addAll(newFiles);
        DifferenceTally tally = new DifferenceTally(options, sink, comparisons.today());
        tally.counts(oldFiles.size(), newFiles.size());
        List<FileComparison> out = new ArrayList<>();
        progress.begin("Comparing folders", all.size());
        for (String rel : all) {
            progress.checkCancelled();
            out.add(pair(oldDir, newDir, rel, oldFiles.contains(rel), newFiles.contains(rel), options, tally));
            progress.worked(1);
        }
        return tally.result(ComparedAs.FOLDER, out, folderDigest(out, options));
    }

    private FileComparison pair(Path oldDir, Path newDir, String rel, boolean inOld, boolean inNew,
                                CompareOptions options, DifferenceTally tally) {
        if (!inNew) {
            tally.difference(Difference.record(Difference.Kind.REMOVED, rel, 0, 0, List.of()));
            return new FileComparison(rel, FileComparison.Status.REMOVED, Optional.empty(), Optional.empty());
        }
        if (!inOld) {
            tally.difference(Difference.record(Difference.Kind.ADDED, rel, 0, 0, List.of()));
            return new FileComparison(rel, FileComparison.Status.ADDED, Optional.empty(), Optional.empty());
        }
        try {
            CompareResult r = comparisons.compareFiles(oldDir.resolve(rel), newDir.resolve(rel), options,
                    DifferenceSink.NONE, Progress.NONE);
            if (r.identical()) {
                return new FileComparison(rel, FileComparison.Status.IDENTICAL, Optional.of(r), Optional.empty());
            }
            tally.difference(new Difference(Difference.Kind.CHANGED, rel, 0, 0, List.of(), List.of(),
                    List.of(r.comparedAs().id() + ": " + Summary.counts(r))));
            return new FileComparison(rel, FileComparison.Status.CHANGED, Optional.of(r), Optional.empty());
        } catch (WorkbenchException e) {
            if (e instanceof org.migrationworkbench.core.CancelledException || e instanceof InputChangedException) {
                throw e;
            }
            tally.difference(new Difference(Difference.Kind.CHANGED, rel, 0, 0, List.of(), List.of(),
                    List.of("error: " + e.getMessage())));
            return new FileComparison(rel, FileComparison.Status.ERROR, Optional.empty(),
                    Optional.of(e.getMessage()));
        }
    }

    private static TreeSet<String> files(Path dir) {
        TreeSet<String> out = new TreeSet<>();
        try (Stream<Path> walk = Files.find(dir, Integer.MAX_VALUE,
                (p, attributes) -> SpecialFiles.isComparedEntry(p, attributes, dir))) {
            walk.forEach(p -> out.add(dir.relativize(p).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new WorkbenchException(dir + ": cannot be listed (" + e.getMessage() + ")", e);
        }
        return out;
    }

    private static String folderDigest(List<FileComparison> files, CompareOptions options) {
        var sha = InputDigest.sha256();
        InputDigest.update(sha, "options:" + InputDigest.describe(options));
        for (FileComparison f : files) {
            InputDigest.update(sha, f.path() + ":" + f.status() + ":" + f.result().map(CompareResult::inputDigest)
                    .orElse(""));
        }
        return java.util.HexFormat.of().formatHex(sha.digest());
    }
}
