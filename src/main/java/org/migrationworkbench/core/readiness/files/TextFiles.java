package org.migrationworkbench.core.readiness.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reading repository files as text without loading them whole: binary detection (a NUL byte in the first 8 KiB)
 * and line streaming as UTF-8 with malformed bytes replaced by U+FFFD.
 */
public final class TextFiles {
    /** How many leading bytes are looked at to tell binary files from text. */
    public static final int SNIFF_BYTES = 8192;
    /** Lines longer than this many chars are passed on in pieces of this size, all with the same line number. */
    public static final int MAX_LINE_CHARS = 1 << 20;

    private TextFiles() {
    }

    /** Receives the lines of a file; {@code text} is only valid during the call. Returns false to stop. */
    @FunctionalInterface
    public interface LineVisitor {
        boolean visit(int line, CharSequence text);
    }

    /** Tells whether any line in {@code chars[from, to)} (whole lines only) may be of interest. */
    @FunctionalInterface
    public interface ChunkFilter {
        ChunkFilter ALL = (chars, from, to) -> true;

        boolean mayMatch(char[] chars, int from, int to);
    }

    /** True when the file has a NUL byte in its first {@link #SNIFF_BYTES} bytes. */
    public static boolean isBinary(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return hasNul(in.readNBytes(SNIFF_BYTES));
        }
    }

    /**
     * Streams the lines of a text file to {@code visitor} (lines from 1, without their {@code \n} or {@code \r\n}).
     *
     * @return false when the file is binary and was not read, else true
     */
    public static boolean forEachLine(Path file, LineVisitor visitor) throws IOException {
        return forEachLine(file, visitor, ChunkFilter.ALL);
    }

    /**
     * Like {@link #forEachLine(Path, LineVisitor)}, but whole runs of lines that {@code filter} rejects are
     * skipped without being passed on (their lines still counted), which makes searching for rare text fast.
     */
    public static boolean forEachLine(Path file, LineVisitor visitor, ChunkFilter filter) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             BufferedInputStream in = new BufferedInputStream(raw, 65536)) {
            in.mark(SNIFF_BYTES);
            if (hasNul(in.readNBytes(SNIFF_BYTES))) {
                return false;
            }
            in.reset();
            new LineSplitter(new InputStreamReader(in, StandardCharsets.UTF_8), visitor, filter).run();
            return true;
        }
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** Splits a reader into lines over one reusable buffer: no String per line. */
    private static final class LineSplitter {
        private final Reader reader;
        private final LineVisitor visitor;
        private final ChunkFilter filter;
        private final CharSlice slice = new CharSlice();
        private char[] buffer = new char[65536];

        LineSplitter(Reader reader, LineVisitor visitor, ChunkFilter filter) {
            this.reader = reader;
            this.visitor = visitor;
            this.filter = filter;
        }

        void run() throws IOException {
            int line = 1;
            int filled = 0;
            int read;
            while ((read = reader.read(buffer, filled, buffer.length - filled)) != -1 || filled > 0) {
                int end = filled + Math.max(read, 0);
                int start = 0;
                int lastNewline = lastNewline(filled, end);
                if (lastNewline >= 0 && !filter.mayMatch(buffer, 0, lastNewline)) {
                    line += newlines(filled, lastNewline + 1);
                    start = lastNewline + 1;
                    filled = start;
                }
                for (int i = filled; i < end; i++) {
                    if (buffer[i] == '\n') {
                        if (!emit(line++, start, i)) {
                            return;
                        }
                        start = i + 1;
                    }
                }
                if (read == -1) {
                    if (start < end) {
                        emit(line, start, end);
                    }
                    return;
                }
                filled = keepRest(start, end, line);
                if (filled < 0) {
                    return;
                }
            }
        }

        private int lastNewline(int from, int to) {
            for (int i = to - 1; i >= from; i--) {
                if (buffer[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        private int newlines(int from, int to) {
            int count = 0;
            for (int i = from; i < to; i++) {
                count += buffer[i] == '\n' ? 1 : 0;
            }
            return count;
        }

        /** Moves an unfinished line to the front, growing the buffer or passing on a piece when it is too long. */
        private int keepRest(int start, int end, int line) {
            int rest = end - start;
            if (rest == buffer.length) {
                if (buffer.length >= MAX_LINE_CHARS) {
                    return emit(line, start, end) ? 0 : -1;
                }
                buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
                return rest;
            }
            System.arraycopy(buffer, start, buffer, 0, rest);
            return rest;
        }

        private boolean emit(int line, int start, int end) {
            int stop = end > start && buffer[end - 1] == '\r' ? end - 1 : end;
            slice.set(buffer, start, stop);
            return visitor.visit(line, slice);
        }
    }
}
