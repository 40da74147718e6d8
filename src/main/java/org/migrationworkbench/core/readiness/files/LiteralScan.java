package org.migrationworkbench.core.readiness.files;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fast path of {@link PatternScan} for regexes every match of which holds one of a few literals (see
 * {@link Literals}): a file is read as bytes into a reused buffer and searched for the literals' UTF-8 bytes; only
 * the lines holding one are decoded (leniently, as {@link TextFiles} does) and matched with the regex, so matches,
 * line numbers and line text are those of the line-by-line path. Line numbers come from counting {@code \n} bytes,
 * and only up to the last candidate line. Each literal is looked for by its rarest byte (by a rough frequency table
 * of source code), then by its first and last bytes, then compared whole.
 *
 * <p>Files are read in chunks of whole lines: the unfinished last line of a chunk moves to the front of the buffer
 * and the next chunk is read behind it, so a literal is never split between chunks. A line longer than
 * {@link TextFiles#MAX_LINE_CHARS} bytes makes the file go to the line-by-line path instead ({@link #TOO_LONG}),
 * which passes such lines on in pieces; that bounds the buffer of each worker.
 */
final class LiteralScan {
    /** The file was searched. */
    static final int TEXT = 0;
    /** The file has a NUL byte in its first {@link TextFiles#SNIFF_BYTES} bytes and was not searched. */
    static final int BINARY = 1;
    /** The file has a line too long for this path; whatever was reported for it must be dropped. */
    static final int TOO_LONG = 2;

    static final int CHUNK_BYTES = 128 * 1024;
    static final int MAX_BUFFER_BYTES = TextFiles.MAX_LINE_CHARS;

    /** Bytes roughly from most to least frequent in source code and text; bytes not listed count as rarest. */
    private static final String COMMON = " etaoinsrlcdhupmfgy\n.,;()=_\"'bw\tvk/-:{}*0123456789xjqz>#<[]";

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW7 = 0x7f7f7f7f7f7f7f7fL;
    private static final long NEWLINES = 0x0a0a0a0a0a0a0a0aL;

    private final byte[][] literals;
    private final int[] rareOffsets;
    /** For each byte value, the literals (bit i for literal i) whose rare byte it is. */
    private final long[] candidates = new long[256];

    private LiteralScan(byte[][] literals) {
        this.literals = literals;
        this.rareOffsets = new int[literals.length];
        for (int i = 0; i < literals.length; i++) {
            rareOffsets[i] = rarest(literals[i]);
            candidates[literals[i][rareOffsets[i]] & 0xff] |= 1L << i;
        }
    }

    /** The fast path for {@code pattern}, when it has one (at most 64 literals, each without line breaks). */
    static Optional<LiteralScan> of(Pattern pattern) {
        return Literals.of(pattern).flatMap(Literals::utf8)
                .filter(l -> l.length <= 64)
                .map(LiteralScan::new);
    }

    /**
     * One search for the literals of several patterns, when each has a fast path and they have at most 64 literals
     * together: literal bits {@code [first, first + n)} of the result belong to pattern {@code p}, where
     * {@code masks[p]} has exactly those bits set.
     */
    static Optional<LiteralScan> ofAll(List<Pattern> patterns, long[] masks) {
        List<byte[]> all = new ArrayList<>();
        for (int p = 0; p < patterns.size(); p++) {
            Optional<byte[][]> literals = Literals.of(patterns.get(p)).flatMap(Literals::utf8);
            if (literals.isEmpty() || all.size() + literals.get().length > 64) {
                return Optional.empty();
            }
            long mask = 0;
            for (byte[] literal : literals.get()) {
                mask |= 1L << all.size();
                all.add(literal);
            }
            masks[p] = mask;
        }
        return Optional.of(new LiteralScan(all.toArray(byte[][]::new)));
    }

    /** A line holding a literal: its number, its text, and where it lies in the reader's buffer. */
    interface CandidateLine {
        /** Returns false to stop the search. */
        boolean visit(int line, String text, int lineStart, int lineEnd);
    }

    private static int rarest(byte[] literal) {
        int best = 0;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < literal.length; i++) {
            int b = literal[i] & 0xff;
            int rank = b < 0x80 ? COMMON.length() - COMMON.indexOf(b) : 0;
            rank = rank > COMMON.length() ? 0 : rank;
            if (rank < bestRank) {
                best = i;
                bestRank = rank;
            }
        }
        return best;
    }

    /** A reader for one worker thread: its buffer is reused from file to file. */
    Reader reader() {
        return new Reader();
    }

    final class Reader {
        private byte[] buffer = new byte[CHUNK_BYTES];
        private ByteBuffer wrapped = ByteBuffer.wrap(buffer);
        private boolean eof;

        /**
         * Searches {@code file}, passing each matching line (once, however many matches it holds) to
         * {@code onMatch}. Returns {@link #TEXT}, {@link #BINARY} or {@link #TOO_LONG}.
         */
        int scan(Path file, Matcher matcher, TextFiles.LineVisitor onMatch) throws IOException {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                eof = false;
                int filled = fill(channel, 0);
                if (hasNul(Math.min(filled, TextFiles.SNIFF_BYTES))) {
                    return BINARY;
                }
                int line = 1;
                while (true) {
                    boolean last = eof;
                    int end = last ? filled : lastNewline(filled) + 1;
                    if (end == 0 && !last) {
                        if (buffer.length >= MAX_BUFFER_BYTES) {
                            return TOO_LONG;
                        }
                        grow();
                        filled = fill(channel, filled);
                        continue;
                    }
                    line = searchLines(end, line, last, matching(matcher, onMatch));
                    if (line < 0 || last) {
                        return TEXT;
                    }
                    System.arraycopy(buffer, end, buffer, 0, filled - end);
                    filled = fill(channel, filled - end);
                }
            }
        }

        /**
         * As {@link #scan}, for a file already read whole into {@code data[0, length)}; {@code length} must be below
         * {@link #MAX_BUFFER_BYTES}, so that no line is too long (the chunked scan of such a file never gives up).
         * Returns {@link #TEXT} or {@link #BINARY}.
         */
        int scanBytes(byte[] data, int length, Matcher matcher, TextFiles.LineVisitor onMatch) {
            return scanBytes(data, length, matching(matcher, onMatch));
        }

        /** As {@link #scanBytes(byte[], int, Matcher, TextFiles.LineVisitor)}, passing every candidate line. */
        int scanBytes(byte[] data, int length, CandidateLine visitor) {
            byte[] own = buffer;
            buffer = data;
            try {
                if (hasNul(Math.min(length, TextFiles.SNIFF_BYTES))) {
                    return BINARY;
                }
                searchLines(length, 1, true, visitor);
                return TEXT;
            } finally {
                buffer = own;
            }
        }

        private static CandidateLine matching(Matcher matcher, TextFiles.LineVisitor onMatch) {
            return (line, text, lineStart, lineEnd) -> !matcher.reset(text).find() || onMatch.visit(line, text);
        }

        /** The literals (bit i for literal i) that lie whole within {@code buffer[from, to)}. */
        long literalsIn(int from, int to) {
            long found = 0;
            for (int i = from; i < to; i++) {
                long which = candidates[buffer[i] & 0xff];
                while (which != 0) {
                    int k = Long.numberOfTrailingZeros(which);
                    which &= which - 1;
                    byte[] literal = literals[k];
                    int start = i - rareOffsets[k];
                    if (start >= from && start + literal.length <= to
                            && Arrays.equals(buffer, start, start + literal.length, literal, 0, literal.length)) {
                        found |= 1L << k;
                    }
                }
            }
            return found;
        }

        /** Reads until the buffer is full or the file ends; returns how much of the buffer is filled. */
        private int fill(FileChannel channel, int from) throws IOException {
            wrapped.limit(buffer.length).position(from);
            while (wrapped.hasRemaining()) {
                if (channel.read(wrapped) < 0) {
                    eof = true;
                    break;
                }
            }
            return wrapped.position();
        }

        private void grow() {
            buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, MAX_BUFFER_BYTES));
            wrapped = ByteBuffer.wrap(buffer);
        }

        /**
         * Matches the lines of {@code buffer[0, end)} holding a literal, the first of which is line {@code line};
         * returns the number of the line at {@code end} (not counted when {@code last}), or -1 when stopped.
         */
        private int searchLines(int end, int line, boolean last, CandidateLine visitor) {
            int counted = 0;
            int from = 0;
            int start;
            while (from < end && (start = next(from, end)) >= 0) {
                int lineStart = start;
                while (lineStart > from && buffer[lineStart - 1] != '\n') {
                    lineStart--;
                }
                int lineEnd = start;
                while (lineEnd < end && buffer[lineEnd] != '\n') {
                    lineEnd++;
                }
                line += newlines(counted, lineStart);
                counted = lineStart;
                int stop = lineEnd > lineStart && buffer[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
                String text = new String(buffer, lineStart, stop - lineStart, StandardCharsets.UTF_8);
                if (!visitor.visit(line, text, lineStart, lineEnd)) {
                    return -1;
                }
                from = lineEnd + 1;
            }
            return last ? line : line + newlines(counted, end);
        }

        /** Where the first literal whose rare byte lies in {@code [from, end)} starts, or -1. */
        private int next(int from, int end) {
            byte[] bytes = buffer;
            long[] table = candidates;
            for (int i = from; i < end; i++) {
                long which = table[bytes[i] & 0xff];
                while (which != 0) {
                    int k = Long.numberOfTrailingZeros(which);
                    which &= which - 1;
                    byte[] literal = literals[k];
                    int start = i - rareOffsets[k];
                    int stop = start + literal.length;
                    if (start >= from && stop <= end && bytes[start] == literal[0]
                            && bytes[stop - 1] == literal[literal.length - 1]
                            && Arrays.equals(bytes, start, stop, literal, 0, literal.length)) {
                        return start;
                    }
                }
            }
            return -1;
        }

        /** Counts {@code \n} bytes eight at a time: a byte of {@code x} is zero iff its high bit ends up set. */
        private int newlines(int from, int to) {
            byte[] bytes = buffer;
            int count = 0;
            int i = from;
            for (; i + 8 <= to; i += 8) {
                long x = (long) LONGS.get(bytes, i) ^ NEWLINES;
                count += Long.bitCount(~(((x & LOW7) + LOW7) | x | LOW7));
            }
            for (; i < to; i++) {
                if (bytes[i] == '\n') {
                    count++;
                }
            }
            return count;
        }

        private int lastNewline(int to) {
            for (int i = to - 1; i >= 0; i--) {
                if (buffer[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        private boolean hasNul(int to) {
            for (int i = 0; i < to; i++) {
                if (buffer[i] == 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
