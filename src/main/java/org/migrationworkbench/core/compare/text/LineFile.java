package org.migrationworkbench.core.compare.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.compare.InputChangedException;
import org.migrationworkbench.core.compare.InputLimits;

/**
 * Lines of a file read on demand: a line is found from the byte offset of its checkpoint line (every
 * {@value LineTable#CHECKPOINT}th) by reading forward. Lines are decoded as UTF-8 with invalid bytes replaced,
 * without their terminator. The last block of lines read is kept, for views that ask line by line. Thread-safe.
 */
final class LineFile implements AutoCloseable {
    private static final int READ = 16 * 1024;

    private final Path path;
    private final FileChannel channel;
    private final LongList checkpoints;
    private final int lineCount;
    private int cachedBlock = -1;
    private List<String> cached = List.of();
    private byte[] buf = new byte[READ];

    LineFile(Path path, LineTable table) {
        this.path = path;
        this.checkpoints = table.checkpoints;
        this.lineCount = table.lineCount();
        try {
            this.channel = FileChannel.open(path, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new WorkbenchException(path + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    int lineCount() {
        return lineCount;
    }

    synchronized String line(int index) {
        int block = index / LineTable.CHECKPOINT;
        if (block != cachedBlock) {
            int from = block * LineTable.CHECKPOINT;
            cached = lines(from, Math.min(lineCount, from + LineTable.CHECKPOINT));
            cachedBlock = block;
        }
        return cached.get(index % LineTable.CHECKPOINT);
    }

    /** Lines {@code [from, to)}. */
    synchronized List<String> lines(int from, int to) {
        if (from < 0 || to > lineCount || from > to) {
            throw new IndexOutOfBoundsException("lines " + from + ".." + to + " of " + lineCount);
        }
        List<String> out = new ArrayList<>(to - from);
        if (from == to) {
            return out;
        }
        long pos = checkpoints.get(from / LineTable.CHECKPOINT);
        int skip = from % LineTable.CHECKPOINT;
        int start = 0;
        int filled = 0;
        while (out.size() < to - from) {
            int nl = LineScanner.newline(buf, start, filled);
            if (nl < 0) {
                if (start > 0) {
                    System.arraycopy(buf, start, buf, 0, filled - start);
                    filled -= start;
                    start = 0;
                }
                if (filled == buf.length) {
                    grow();
                }
                int n = read(filled, pos);
                if (n <= 0) {
                    if (skip == 0) {
                        out.add(decode(buf, start, filled));
                    }
                    break;
                }
                pos += n;
                filled += n;
                continue;
            }
            if (skip > 0) {
                skip--;
            } else {
                out.add(decode(buf, start, nl));
            }
            start = nl + 1;
        }
        return out;
    }

    /** Doubles the buffer; past twice the longest line the scan accepted, the file has changed since. */
    private void grow() {
        if (buf.length >= 2 * InputLimits.LONGEST_ITEM) {
            throw new InputChangedException(path); // its lines were all shorter when it was scanned
        }
        buf = Arrays.copyOf(buf, buf.length * 2);
    }

    private int read(int offset, long pos) {
        try {
            return channel.read(ByteBuffer.wrap(buf, offset, buf.length - offset), pos);
        } catch (IOException e) {
            throw new WorkbenchException(path + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static String decode(byte[] buf, int start, int end) {
        int content = end > start && buf[end - 1] == '\r' ? end - 1 : end;
        return new String(buf, start, content - start, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new WorkbenchException(path + ": cannot be closed (" + e.getMessage() + ")", e);
        }
    }
}
