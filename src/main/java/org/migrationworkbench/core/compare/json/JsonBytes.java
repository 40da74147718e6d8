package org.migrationworkbench.core.compare.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32C;
import org.migrationworkbench.core.compare.InputDigest;
import org.migrationworkbench.core.compare.InputLimits;

/**
 * A strict JSON tokenizer over UTF-8 bytes, for the first pass of large comparisons (ADR 0010, "byte reader").
 * Jackson decodes every string into characters; the first pass only needs hashes, keys and byte offsets, so
 * this reader hands out tokens as byte ranges of its buffer, counts lines, and computes the file's fingerprint
 * as it reads.
 *
 * <p>It accepts a subset of what Jackson accepts: RFC 8259 JSON in well-formed UTF-8 without a byte order mark,
 * nesting up to {@link JsonInput#MAX_DEPTH}, numbers up to 1,000 characters, tokens up to
 * {@link InputLimits#LONGEST_ITEM} bytes, each member name once per object ({@link MemberNames}), and root values
 * separated by whitespace. On anything else it throws {@link NotHandled}, and the comparison is run again with
 * Jackson, which either reads the input or reports the error with its file, line and column. Not thread-safe.
 */
final class JsonBytes implements AutoCloseable {
    static final int END = 0;
    static final int OBJECT_START = 1;
    static final int OBJECT_END = 2;
    static final int ARRAY_START = 3;
    static final int ARRAY_END = 4;
    static final int NAME = 5;
    static final int STRING = 6;
    static final int INT = 7;
    static final int FLOAT = 8;
    static final int TRUE = 9;
    static final int FALSE = 10;
    static final int NULL = 11;

    /** The input is outside what this reader handles; Jackson reads it instead. */
    static final class NotHandled extends RuntimeException {
        NotHandled(String why) {
            super(why, null, false, false);
        }
    }

    private static final int MAX_NUMBER = 1_000;
    private static final int BUFFER = 1 << 17;
    /**
     * The first read is small and each read doubles up to {@link #BUFFER}: the paths taken at a buffer's end then
     * run while the JIT still profiles the reading loops, instead of each costing a deoptimization later (as in
     * the CSV scanner).
     */
    private static final int FIRST_READ = 8 * 1024;
    private static final byte[] LITERAL_TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] LITERAL_FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] LITERAL_NULL = {'n', 'u', 'l', 'l'};
    private static final byte EXPECT_VALUE = 0;
    private static final byte FIRST_ELEMENT = 1;
    private static final byte FIRST_MEMBER = 2;
    private static final byte AFTER_VALUE = 3;

    private final InputStream in;
    private final int maxToken;
    private final CRC32C crc = new CRC32C();
    private final MemberNames names = new MemberNames();
    private byte[] containers = new byte[32];
    private byte[] buf;
    private int pos;
    private int limit;
    private long base;
    private long size;
    private boolean eof;
    private int line = 1;
    private int depth;
    private byte state = EXPECT_VALUE;
    private int readSize = FIRST_READ;
    private int keep;
    private boolean spaced;
    private int start;
    private int end;
    private int canonicalEnd;
    private boolean escaped;
    private long nameHash;
    private long tokenOffset;
    private int tokenLine;

    JsonBytes(InputStream in) {
        this(in, BUFFER);
    }

    /** With a first buffer of {@code bufferSize} bytes (it grows for longer tokens; tests use tiny ones). */
    JsonBytes(InputStream in, int bufferSize) {
        this(in, bufferSize, InputLimits.LONGEST_ITEM);
    }

    /**
     * Also with the bound on the buffer ({@link InputLimits#LONGEST_ITEM} unless a test sets a small one): a token
     * that does not fit is left to Jackson, which reads strings and names of up to that many characters.
     */
    JsonBytes(InputStream in, int bufferSize, int maxToken) {
        this.in = in;
        this.buf = new byte[bufferSize];
        this.maxToken = maxToken;
    }

    /** Over bytes already in memory (one record read back): no copy, no stream. */
    JsonBytes(byte[] bytes) {
        this.in = InputStream.nullInputStream();
        this.maxToken = bytes.length;
        this.buf = bytes;
        this.limit = bytes.length;
        this.eof = true;
    }

    /** Reads the next token; {@link #END} at the end of the input. */
    int next() throws IOException {
        int c = skipSpace(false);
        if (state == AFTER_VALUE) {
            if (depth == 0) {
                return nextRoot(c);
            }
            boolean inObject = containers[depth] == OBJECT_START;
            if (c == (inObject ? '}' : ']')) {
                return closeContainer();
            }
            if (c != ',') {
                throw new NotHandled("expected , or the container's end");
            }
            pos++;
            c = skipSpace(false);
            return inObject ? name(c) : value(c);
        }
        if (state == FIRST_MEMBER) {
            return c == '}' ? closeContainer() : name(c);
        }
        if (state == FIRST_ELEMENT && c == ']') {
            return closeContainer();
        }
        if (c < 0 && depth == 0) {
            return END;
        }
        return value(c);
    }

    private int nextRoot(int c) throws IOException {
        if (c < 0) {
            return END;
        }
        if (!spaced) {
            throw new NotHandled("root values must be separated by whitespace");
        }
        return value(c);
    }

    private int closeContainer() {
        mark();
        if (containers[depth] == OBJECT_START && names.closeHasDuplicate(depth)) {
            throw new NotHandled("a member name twice in one object");
        }
        pos++;
        depth--;
        state = AFTER_VALUE;
        start = end = pos;
        return containers[depth + 1] == OBJECT_START ? OBJECT_END : ARRAY_END;
    }

    private int name(int c) throws IOException {
        if (c != '"') {
            throw new NotHandled("expected a member name");
        }
        string();
        nameHash = escaped ? decodedHash() : Hash64.words(Hash64.NAME, buf, start, end - start);
        if (names.add(depth, nameHash)) {
            throw new NotHandled("a member name twice in one object");
        }
        int sep = skipSpace(true);
        if (sep != ':') {
            throw new NotHandled("expected :");
        }
        pos++;
        state = EXPECT_VALUE;
        return NAME;
    }

    private int value(int c) throws IOException {
        mark();
        state = AFTER_VALUE;
        switch (c) {
            case '{', '[' -> {
                if (depth == JsonInput.MAX_DEPTH) {
                    throw new NotHandled("nested too deeply");
                }
                pos++;
                depth++;
                if (depth == containers.length) {
                    containers = Arrays.copyOf(containers, depth * 2);
                }
                containers[depth] = c == '{' ? (byte) OBJECT_START : (byte) ARRAY_START;
                if (c == '{') {
                    names.open(depth);
                }
                state = c == '{' ? FIRST_MEMBER : FIRST_ELEMENT;
                start = end = pos;
                return containers[depth];
            }
            case '"' -> {
                string();
                return STRING;
            }
            case 't' -> {
                return literal(LITERAL_TRUE, TRUE);
            }
            case 'f' -> {
                return literal(LITERAL_FALSE, FALSE);
            }
            case 'n' -> {
                return literal(LITERAL_NULL, NULL);
            }
            default -> {
                if (c == '-' || c >= '0' && c <= '9') {
                    return number();
                }
                throw new NotHandled(c < 0 ? "unexpected end of input" : "unexpected character");
            }
        }
    }

    private int literal(byte[] word, int token) throws IOException {
        require(word.length);
        for (int i = 0; i < word.length; i++) {
            if (buf[pos + i] != word[i]) {
                throw new NotHandled("unknown literal");
            }
        }
        start = pos;
        pos += word.length;
        end = pos;
        return token;
    }

    private int number() throws IOException {
        int i = pos;
        int grammar = NumberGrammar.START;
        int dot = 0;
        while (true) {
            if (i == limit) {
                i -= compactAndFill();
                if (i == limit) {
                    break;
                }
            }
            int next = NumberGrammar.step(grammar, buf[i]);
            if (next == NumberGrammar.DONE) {
                break;
            }
            if (next == NumberGrammar.DOT) {
                dot = i - pos;
            }
            grammar = next;
            if (++i - pos > MAX_NUMBER) {
                throw new NotHandled("number too long");
            }
        }
        start = pos;
        end = i;
        pos = i;
        if (!NumberGrammar.complete(grammar)) {
            throw new NotHandled("bad number");
        }
        boolean integer = grammar == NumberGrammar.ZERO || grammar == NumberGrammar.INTEGER;
        canonicalEnd = grammar == NumberGrammar.FRACTION ? NumberGrammar.trimZeros(buf, start + dot, end) : end;
        return integer ? INT : FLOAT;
    }

    /** At an opening quote: finds the closing one, checking escapes and UTF-8; the token is the content. */
    private void string() throws IOException {
        mark();
        escaped = false;
        int i = pos + 1;
        while (true) {
            i = ByteSearch.stringStop(buf, i, limit);
            if (i == limit) {
                i -= compactAndFill();
                if (i == limit) {
                    throw new NotHandled("unterminated string");
                }
                continue;
            }
            byte b = buf[i];
            if (b == '"') {
                break;
            }
            if (b == '\\') {
                escaped = true;
                i = escape(i);
            } else if (b < 0) {
                i = utf8(i);
            } else {
                throw new NotHandled("control character in a string");
            }
        }
        start = pos + 1;
        end = i;
        pos = i + 1;
    }

    private int escape(int i) throws IOException {
        int at = i - pos;
        require(at + 2);
        byte e = buf[pos + at + 1];
        if (e == 'u') {
            require(at + 6);
            for (int k = 2; k < 6; k++) {
                if (Character.digit(buf[pos + at + k], 16) < 0) {
                    throw new NotHandled("bad \\u escape");
                }
            }
            return pos + at + 6;
        }
        if ("\"\\/bfnrt".indexOf(e) < 0) {
            throw new NotHandled("bad escape");
        }
        return pos + at + 2;
    }

    private int utf8(int i) throws IOException {
        int at = i - pos;
        int n = Utf8.length(buf[i]);
        require(at + n);
        if (!Utf8.valid(buf, pos + at, n)) {
            throw new NotHandled("malformed UTF-8");
        }
        return pos + at + n;
    }

    /** Makes sure {@code n} bytes from {@code pos} are in the buffer, or the input ends early. */
    private void require(int n) throws IOException {
        while (limit - pos < n) {
            int before = limit - pos;
            compactAndFill();
            if (limit - pos == before) {
                throw new NotHandled("unexpected end of input");
            }
        }
    }

    private void mark() {
        keep = pos;
        tokenOffset = base + pos;
        tokenLine = line;
    }

    /**
     * Skips whitespace, counting lines as Jackson does (LF, CR LF and a lone CR each end one); returns the next
     * byte, or -1 at the end. While {@code holding}, the current token's bytes stay in the buffer.
     */
    private int skipSpace(boolean holding) throws IOException {
        boolean cr = false;
        spaced = false;
        while (true) {
            if (pos == limit) {
                if (!holding) {
                    keep = pos;
                }
                compactAndFill();
                if (pos == limit) {
                    return -1;
                }
            }
            byte b = buf[pos];
            if (b == ' ') {
                spaced = true;
                cr = false;
                pos = ByteSearch.spaces(buf, pos + 1, limit);
                continue;
            }
            if (b == '\t') {
                cr = false;
            } else if (b == '\n') {
                if (!cr) {
                    line++;
                }
                cr = false;
            } else if (b == '\r') {
                line++;
                cr = true;
            } else {
                return b & 0xFF;
            }
            spaced = true;
            pos++;
        }
    }

    /**
     * Moves the bytes from {@code keep} on to the buffer's start (growing it when full) and reads more; returns
     * how far the bytes moved, which callers subtract from the buffer indexes they hold.
     */
    private int compactAndFill() throws IOException {
        if (eof) {
            return 0;
        }
        int shift = keep;
        if (shift > 0) {
            System.arraycopy(buf, shift, buf, 0, limit - shift);
            base += shift;
            limit -= shift;
            pos -= shift;
            start -= shift;
            end -= shift;
            keep = 0;
        } else if (limit == buf.length) {
            if (buf.length >= maxToken) {
                throw new NotHandled("a token longer than the buffer may grow");
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, Math.min(buf.length - limit, readSize));
        readSize = Math.min(readSize * 2, BUFFER);
        if (n < 0) {
            eof = true;
        } else {
            crc.update(buf, limit, n);
            size += n;
            limit += n;
        }
        return shift;
    }

    byte[] buffer() {
        return buf;
    }

    /** Buffer index of the current string, name or number's first byte (after the quote for strings). */
    int start() {
        return start;
    }

    /** Buffer index just after the current token's last content byte. */
    int end() {
        return end;
    }

    /**
     * For a number: where its canonical text ends, without trailing fractional zeros and a bare dot
     * ({@code 10.50} as {@code 10.5}, {@code 10.0} as {@code 10}); numbers with an exponent are kept whole.
     */
    int canonicalEnd() {
        return canonicalEnd;
    }

    /**
     * For a name: a 64-bit hash of it (seeded with {@link Hash64#NAME}), over its bytes or, when it holds escapes,
     * over the UTF-8 of its text, so that a name written with escapes hashes as the same name written plainly.
     */
    long nameHash() {
        return nameHash;
    }

    private long decodedHash() {
        byte[] text = JsonText.decode(buf, start, end, true).getBytes(StandardCharsets.UTF_8);
        return Hash64.words(Hash64.NAME, text, 0, text.length);
    }

    /** Whether the current string or name holds an escape sequence. */
    boolean escaped() {
        return escaped;
    }

    /** File offset of the current token's first byte (the quote, bracket or brace). */
    long tokenOffset() {
        return tokenOffset;
    }

    /** The line the current token starts on, counted from 1. */
    int tokenLine() {
        return tokenLine;
    }

    /** File offset just after the last byte read as part of a token. */
    long offset() {
        return base + pos;
    }

    /** Reads what is left and returns the fingerprint of all the bytes ({@link InputDigest#fingerprint}). */
    String fingerprint() throws IOException {
        while (!eof) {
            pos = limit;
            keep = limit;
            compactAndFill();
        }
        return InputDigest.fingerprint(size, crc);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
