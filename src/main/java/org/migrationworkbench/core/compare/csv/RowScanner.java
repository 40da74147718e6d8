package org.migrationworkbench.core.compare.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32C;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.migrationworkbench.core.CancelledException;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.compare.InputLimits;

/**
 * Reads CSV records (RFC 4180) from a file with large buffer reads, byte by byte with no allocation per
 * record. Empty lines are skipped. Lines are counted through quoted newlines, so every record knows the line
 * it starts on. A record that does not fit the buffer grows it, up to a bound ({@link InputLimits#LONGEST_ITEM}):
 * a longer record is refused with its file and line.
 */
final class RowScanner {
    /** Receives each record; returns false to stop. */
    interface Visitor {
        boolean row(Row row);
    }

    static final int BUFFER = 4 << 20;
    /**
     * The first read is small and each read doubles: the paths taken at a buffer's end then run while the JIT
     * still profiles the scanning loops. With 4 MB from the start they first ran after the loops were compiled
     * without them, and each such path cost a deoptimization and a fresh compilation (five on the large pair).
     */
    private static final int FIRST_READ = 64 * 1024;

    private final Path file;
    private final byte delimiter;
    private final Row row = new Row();
    private byte[] buf;
    private int embedded;
    private CRC32C checksum;
    private int maxRecord = InputLimits.LONGEST_ITEM;

    RowScanner(Path file, byte delimiter, int bufferSize) {
        this.file = file;
        this.delimiter = delimiter;
        this.buf = new byte[bufferSize];
    }

    /** Also feeds every byte consumed, in order, to {@code crc} (the input digest without a second read). */
    RowScanner checksummed(CRC32C crc) {
        this.checksum = crc;
        return this;
    }

    /** Refuses records longer than {@code bytes}, not {@link InputLimits#LONGEST_ITEM} (tests use small ones). */
    RowScanner limited(int bytes) {
        this.maxRecord = bytes;
        return this;
    }

    /**
     * Reads records from {@code offset} (the start of a line, which is {@code line}) to the end of the file or
     * until the visitor stops. {@code worked} receives the bytes consumed; {@code cancelled} is polled per buffer.
     */
    void scan(long offset, long line, Visitor visitor, LongConsumer worked, BooleanSupplier cancelled) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            scan(ch, offset, line, visitor, worked, cancelled);
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** As {@link #scan(long, long, Visitor, LongConsumer, BooleanSupplier)}, on an open channel of the file. */
    void scan(FileChannel ch, long offset, long line, Visitor visitor, LongConsumer worked,
              BooleanSupplier cancelled) throws IOException {
        long fileOffset = offset;
        int filled = 0;
        row.line = line;
        boolean eof = false;
        int readSize = FIRST_READ;
        while (!eof) {
            if (cancelled.getAsBoolean()) {
                throw new CancelledException();
            }
            if (filled == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            int want = Math.min(buf.length - filled, readSize);
            readSize = Math.min(readSize * 2, BUFFER);
            int n = ch.read(ByteBuffer.wrap(buf, filled, want), fileOffset + filled);
            eof = n < 0;
            filled += Math.max(n, 0);
            int used = rows(fileOffset, filled, eof, visitor);
            if (used < 0) {
                return;
            }
            worked.accept(used);
            if (checksum != null) {
                checksum.update(buf, 0, used);
            }
            System.arraycopy(buf, used, buf, 0, filled - used);
            filled -= used;
            fileOffset += used;
            if (filled > maxRecord) { // an unfinished record: the buffer grows to at most twice the bound
                throw tooLong();
            }
        }
    }

    /** Visits the complete records in {@code buf[0, limit)}; returns the bytes used, or -1 when stopped. */
    private int rows(long fileOffset, int limit, boolean eof, Visitor visitor) {
        int p = 0;
        row.buf = buf;
        while (p < limit) {
            if (buf[p] == '\n' || (buf[p] == '\r' && p + 1 < limit && buf[p + 1] == '\n')) {
                p += buf[p] == '\n' ? 1 : 2;
                row.line++;
                continue;
            }
            row.start = p;
            int next = record(p, limit, eof);
            if (next < 0) {
                return p;
            }
            if (next - p > maxRecord && contentEnd(p, next) - p > maxRecord) {
                throw tooLong();
            }
            row.offset = fileOffset + p;
            row.end = next;
            if (!visitor.row(row)) {
                return -1;
            }
            row.line += embedded + 1;
            p = next;
        }
        return p;
    }

    /** Splits one record starting at {@code p} into cells; returns where the next starts, -1 when incomplete. */
    private int record(int p, int limit, boolean eof) {
        row.cells = 0;
        embedded = 0;
        byte d = delimiter;
        byte[] b = buf;
        while (true) {
            if (p < limit && b[p] == '"') {
                p = quoted(p, limit, eof);
                if (p < 0) {
                    return -1;
                }
            } else {
                int s = p;
                while (p < limit && b[p] != d && b[p] != '\n') {
                    p++;
                }
                if (p >= limit && !eof) {
                    return -1;
                }
                int e = p > s && b[p - 1] == '\r' ? p - 1 : p;
                row.add(s, s, e, false);
            }
            if (p >= limit) {
                return p;
            }
            if (b[p] == '\n') {
                return p + 1;
            }
            p++;
        }
    }

    /** Reads a quoted cell from its opening quote; returns the position after it, -1 when incomplete. */
    private int quoted(int q, int limit, boolean eof) {
        byte[] b = buf;
        int p = q + 1;
        boolean esc = false;
        int lines = 0;
        while (true) {
            while (p < limit && b[p] != '"') {
                if (b[p] == '\n') {
                    lines++;
                }
                p++;
            }
            if (p + 1 >= limit && !eof) {
                return -1;
            }
            if (p >= limit) {
                throw error(q, "a quoted field is not closed");
            }
            if (p + 1 < limit && b[p + 1] == '"') {
                esc = true;
                p += 2;
                continue;
            }
            row.add(q, q + 1, p, esc);
            embedded += lines;
            p++;
            if (p < limit && b[p] == '\r') {
                if (p + 1 >= limit) {
                    return eof ? p + 1 : -1;
                }
                p++;
            }
            if (p < limit && b[p] != delimiter && b[p] != '\n') {
                throw error(p, "unexpected character after a closing quote");
            }
            return p;
        }
    }

    /** Where a record's content ends: before its line break. */
    private int contentEnd(int start, int end) {
        int e = end;
        if (e > start && buf[e - 1] == '\n') {
            e--;
        }
        return e > start && buf[e - 1] == '\r' ? e - 1 : e;
    }

    private WorkbenchException tooLong() {
        return new WorkbenchException(file + ":" + row.line + ": the row is longer than "
                + InputLimits.shown(maxRecord) + ", the longest a CSV comparison reads (is a quote not closed? A"
                + " field in double quotes runs to the next quote, across lines).");
    }

    private WorkbenchException error(int at, String what) {
        int lineStart = row.start;
        long line = row.line;
        for (int i = row.start; i < at; i++) {
            if (buf[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new WorkbenchException(file + ":" + line + ":" + (at - lineStart + 1) + ": " + what
                + " (RFC 4180: a field in double quotes ends with a quote; a quote inside is written twice).");
    }
}
