package org.migrationworkbench.core.compare.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.compare.CompareOptions;
import org.migrationworkbench.core.compare.Difference;
import org.migrationworkbench.core.compare.DifferenceTally;
import org.migrationworkbench.core.compare.InputLimits;
import org.migrationworkbench.core.compare.PairComparator;
import org.migrationworkbench.core.compare.TextOptions;

/**
 * Compares text files line by line and reports each hunk of the minimal line diff (the counts of GNU
 * {@code diff}) as a {@link Difference}: ADDED for a pure insertion, REMOVED for a pure deletion, CHANGED for a
 * replacement, keyed in diff notation ({@code 12,14c12,13}, {@code 5a6,7}, {@code 8,9d7}) with the start lines of
 * a {@code diff -U0} hunk. A hunk of more than {@value #CHUNK_LINES} lines on a side is reported as consecutive
 * chunks of at most that many lines, so memory stays bounded.
 *
 * <p>Lines end at {@code \n}; {@code \r\n} is the same terminator, and the terminator is not part of the line, so
 * CRLF and LF files, and a missing final newline, make no difference (a missing final newline is noted). Lines are
 * compared as bytes; they are decoded as UTF-8 (invalid bytes replaced) only to be shown or normalized. The
 * options of {@link TextOptions} apply before comparing; the lines shown are the original ones. A line longer than
 * {@link InputLimits#LONGEST_ITEM} bytes is refused (a {@link org.migrationworkbench.core.WorkbenchException}
 * naming file and line).
 */
public final class TextComparator implements PairComparator {
    static final int CHUNK_LINES = 1000;

    private final int maxLine;

    /** Reads lines of up to {@link InputLimits#LONGEST_ITEM} bytes; a longer one is refused with its file and line. */
    public TextComparator() {
        this(InputLimits.LONGEST_ITEM);
    }

    /** With another bound on the length of a line, in bytes (tests use small ones). */
    TextComparator(int maxLine) {
        this.maxLine = maxLine;
    }

    @Override
    public void compare(Path oldFile, Path newFile, CompareOptions options, DifferenceTally tally, Progress progress) {
        tally.lines();
        TextOptions text = options.text();
        progress.begin("Comparing text", oldFile.toFile().length() + newFile.toFile().length());
        LineDiff diff = LastLineDiff.of(oldFile, newFile, text, progress, maxLine);
        notes(diff, text, tally);
        List<Edit> chunks = chunks(diff.edits());
        try (LineFile oldLines = new LineFile(oldFile, diff.oldTable());
             LineFile newLines = new LineFile(newFile, diff.newTable());
             OldLinesAhead ahead = new OldLinesAhead(oldLines, chunks, progress)) {
            for (Edit e : chunks) {
                progress.checkCancelled();
                List<String> newText = newLines.lines(e.newStart(), e.newEnd());
                tally.difference(difference(e, ahead.next(), newText));
            }
        }
        tally.counts(diff.oldTable().lineCount(), diff.newTable().lineCount());
        tally.fingerprints(diff.oldTable().fingerprint, diff.newTable().fingerprint);
    }

    /**
     * The line diff of two files for the side-by-side view; lines are read from the files on demand, so even a pair
     * of millions of lines costs little memory. The caller closes it.
     */
    public static TextDiff diff(Path oldFile, Path newFile, TextOptions options, Progress progress) {
        progress.begin("Comparing text", oldFile.toFile().length() + newFile.toFile().length());
        LineDiff diff = LastLineDiff.of(oldFile, newFile, options, progress);
        LineFile oldLines = new LineFile(oldFile, diff.oldTable());
        try {
            return new FileTextDiff(oldLines, new LineFile(newFile, diff.newTable()), diff.edits());
        } catch (RuntimeException e) {
            oldLines.close();
            throw e;
        }
    }

    /** The edits, those longer than {@value #CHUNK_LINES} lines on a side cut into consecutive chunks. */
    static List<Edit> chunks(List<Edit> edits) {
        List<Edit> chunks = new ArrayList<>(edits.size());
        for (Edit e : edits) {
            int longest = Math.max(e.oldLength(), e.newLength());
            for (int k = 0; k < longest; k += CHUNK_LINES) {
                int os = Math.min(e.oldStart() + k, e.oldEnd());
                int ns = Math.min(e.newStart() + k, e.newEnd());
                chunks.add(new Edit(os, Math.min(os + CHUNK_LINES, e.oldEnd()), ns,
                        Math.min(ns + CHUNK_LINES, e.newEnd())));
            }
        }
        return chunks;
    }

    static Difference difference(Edit e, List<String> oldText, List<String> newText) {
        Difference.Kind kind = e.oldLength() == 0 ? Difference.Kind.ADDED
                : e.newLength() == 0 ? Difference.Kind.REMOVED : Difference.Kind.CHANGED;
        char letter = switch (kind) {
            case ADDED -> 'a';
            case REMOVED -> 'd';
            default -> 'c';
        };
        String key = range(e.oldStart(), e.oldEnd()) + letter + range(e.newStart(), e.newEnd());
        return new Difference(kind, key, startLine(e.oldStart(), e.oldEnd()), startLine(e.newStart(), e.newEnd()),
                List.of(), oldText, newText);
    }

    /** A range in diff notation: {@code 12,14}, {@code 7}, or for an empty range the line after which. */
    private static String range(int start, int end) {
        if (end - start == 1) {
            return Integer.toString(start + 1);
        }
        return end == start ? Integer.toString(start) : (start + 1) + "," + end;
    }

    /** The start line of a unified hunk side: its first line, or for an empty side the line after which. */
    private static long startLine(int start, int end) {
        return end == start ? start : start + 1L;
    }

    private static void notes(LineDiff diff, TextOptions text, DifferenceTally tally) {
        for (int i = 0; i < text.normalizers().size(); i++) {
            long n = diff.oldTable().normalizedLines[i] + diff.newTable().normalizedLines[i];
            tally.note(String.format(Locale.ROOT, "normalizer '%s' masked %,d lines", text.normalizers().get(i).name(),
                    n));
        }
        if (!diff.oldTable().endsWithNewline || !diff.newTable().endsWithNewline) {
            tally.note(noNewline(diff));
        }
    }

    private static String noNewline(LineDiff diff) {
        boolean oldMissing = !diff.oldTable().endsWithNewline;
        boolean newMissing = !diff.newTable().endsWithNewline;
        String which = oldMissing && newMissing ? "Neither file ends" : oldMissing ? "The old file does not end"
                : "The new file does not end";
        return which + " with a newline (not counted as a difference).";
    }
}
