package org.migrationworkbench.core.compare.text;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.zip.CRC32C;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.compare.InputDigest;
import org.migrationworkbench.core.compare.InputLimits;
import org.migrationworkbench.core.compare.TextOptions;

/**
 * Reads a file once, in large chunks of whole lines, and builds its {@link LineTable}. A line ends at
 * {@code \n}; a {@code \r} just before it (or at the very end of the file) belongs to the terminator, so CRLF
 * and LF files compare equal. Bytes are never decoded unless the options normalize lines. A line longer than the
 * bound is refused, so the buffer grows to at most twice the bound.
 */
final class LineScanner {
    private static final int CHUNK = 4 << 20;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0a0a0a0a0a0a0a0aL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private final TextOptions options;
    private final Progress progress;
    private final int maxLine;
    private Path file;

    /** {@code maxLine}: the longest line read, in bytes without its terminator ({@link InputLimits#LONGEST_ITEM}). */
    LineScanner(TextOptions options, Progress progress, int maxLine) {
        this.options = options;
        this.progress = progress;
        this.maxLine = maxLine;
    }

    LineTable scan(Path file) {
        this.file = file;
        LineKey key = new LineKey(options);
        LongList keys = new LongList();
        LongList checkpoints = new LongList();
        BitSet blank = new BitSet();
        byte[] buf = new byte[CHUNK];
        CRC32C crc = new CRC32C();
        long base = 0;
        int filled = 0;
        boolean newlineAtEnd = true;
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                progress.checkCancelled();
                int n = in.readNBytes(buf, filled, buf.length - filled);
                if (n <= 0) {
                    break;
                }
                progress.worked(n);
                crc.update(buf, filled, n);
                filled += n;
                int done = lines(buf, filled, base, key, keys, checkpoints, blank);
                System.arraycopy(buf, done, buf, 0, filled - done);
                base += done;
                filled -= done;
                if (filled > maxLine + 1) { // an unfinished line, perhaps with its CR
                    throw tooLong(keys.size() + 1);
                }
                if (filled == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
            }
            if (filled > 0) {
                newlineAtEnd = false;
                line(buf, 0, filled, base, key, keys, checkpoints, blank);
            }
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        long size = base + filled;
        return new LineTable(keys, checkpoints, blank, newlineAtEnd, InputDigest.fingerprint(size, crc),
                key.normalizedLines());
    }

    /** Adds the complete lines of {@code buf[0, limit)}; returns where the unfinished last line starts. */
    private int lines(byte[] buf, int limit, long base, LineKey key, LongList keys, LongList checkpoints,
                      BitSet blank) {
        int start = 0;
        int nl;
        while ((nl = newline(buf, start, limit)) >= 0) {
            line(buf, start, nl, base, key, keys, checkpoints, blank);
            start = nl + 1;
        }
        return start;
    }

    private void line(byte[] buf, int start, int end, long base, LineKey key, LongList keys, LongList checkpoints,
                      BitSet blank) {
        int index = keys.size();
        if (index % LineTable.CHECKPOINT == 0) {
            checkpoints.add(base + start);
        }
        int content = end > start && buf[end - 1] == '\r' ? end - 1 : end;
        if (content - start > maxLine) {
            throw tooLong(index + 1);
        }
        if (options.ignoreBlankLines() && LineKey.isBlank(buf, start, content)) {
            blank.set(index);
        }
        keys.add(key.of(buf, start, content));
    }

    private WorkbenchException tooLong(int line) {
        return new WorkbenchException(file + ":" + line + ": the line is longer than " + InputLimits.shown(maxLine)
                + ", the longest line a text comparison reads. Is it a text file? Compare files with such lines by"
                + " checksum (e.g. sha256sum) instead.");
    }

    /** The index of the first {@code \n} in {@code b[from, limit)}, or -1; eight bytes per step. */
    static int newline(byte[] b, int from, int limit) {
        int p = from;
        for (; p + 8 <= limit; p += 8) {
            long w = (long) LONGS.get(b, p) ^ NEWLINES;
            long t = (w - ONES) & ~w & HIGHS;
            if (t != 0) {
                return p + (Long.numberOfTrailingZeros(t) >>> 3);
            }
        }
        for (; p < limit; p++) {
            if (b[p] == '\n') {
                return p;
            }
        }
        return -1;
    }
}
