package org.migrationworkbench.core.compare.json;

import java.io.IOException;
import java.util.Arrays;
import org.migrationworkbench.core.compare.json.JsonBytes.NotHandled;
import org.migrationworkbench.core.compare.json.JsonPaths.Role;

/**
 * {@link RecordHasher} for the byte reader: the same canonical hash rules (member order, trailing fractional
 * zeros, ignored paths and set arrays do not change it), computed over the UTF-8 bytes of strings and numbers
 * instead of decoded characters. Its hashes are only ever compared with hashes it made itself: the same
 * string written with different escapes hashes differently, which only means "compare in full". Names are
 * decoded to strings only where an ignore, key or set path may match below. One instance per thread.
 */
final class ByteRecordHasher {
    private static final long STR = 0x1F3D5B79A2C4E6F1L;
    private static final long NUM = 0x2E4C6A8B1D3F5971L;
    private static final long NAME = 0x3A5C7E9B2D4F6183L;
    private static final long TRUE = 0x7E9AB24D6F8103C5L;
    private static final long FALSE = 0x0FAB135E7092B4D6L;
    private static final long NULL = 0x1ABC246F8103C5E7L;

    private final JsonPaths paths;
    private final String[] keyParts;
    private final long[] ignored;
    private final HashFrames frames = new HashFrames();
    private final NameTable names = new NameTable();
    private long last;

    ByteRecordHasher(JsonPaths paths, int keyCount) {
        this.paths = paths;
        this.keyParts = new String[keyCount];
        this.ignored = new long[paths.size()];
    }

    /** Reads the value whose first token {@code t} was just read, to its end; returns its hash. */
    long hash(JsonBytes in, int t) throws IOException {
        Arrays.fill(keyParts, null);
        frames.reset();
        long mask = paths.start();
        int token = t;
        while (true) {
            int status = value(in, token, mask);
            if (status != 0) {
                if (frames.depth() == 0) {
                    return status == 1 ? last : 0;
                }
                if (status == 1) {
                    frames.add(last);
                }
            }
            token = in.next();
            long frame = frames.mask();
            if (token == JsonBytes.NAME) {
                byte[] b = in.buffer();
                long nameHash = Hash64.words(NAME, b, in.start(), in.end() - in.start());
                frames.name(nameHash);
                mask = frame == 0 ? 0 : paths.field(frame, names.get(nameHash, b, in.start(), in.end(), in.escaped()));
                token = in.next();
            } else if (token != JsonBytes.ARRAY_END && token != JsonBytes.OBJECT_END) {
                int index = frames.nextElement();
                mask = frame == 0 ? 0 : paths.element(frame, index);
            }
        }
    }

    /** 0: a container was opened; 1: a value ended (its hash in {@code last}); 2: an ignored value was skipped. */
    private int value(JsonBytes in, int t, long mask) throws IOException {
        switch (t) {
            case JsonBytes.OBJECT_START, JsonBytes.ARRAY_START -> {
                if (mask != 0 && isIgnored(mask)) {
                    skipChildren(in);
                    return 2;
                }
                if (mask != 0 && paths.matches(mask, Role.KEY)) {
                    throw new NotHandled("a record key that is an object or array");
                }
                frames.push(t == JsonBytes.OBJECT_START ? HashFrames.OBJECT
                        : paths.matches(mask, Role.SET) ? HashFrames.SET : HashFrames.ARRAY, mask);
                return 0;
            }
            case JsonBytes.OBJECT_END, JsonBytes.ARRAY_END -> {
                last = frames.pop();
                return 1;
            }
            case JsonBytes.END -> throw new NotHandled("unexpected end of input inside a record");
            default -> {
                if (mask != 0) {
                    if (isIgnored(mask)) {
                        return 2;
                    }
                    keyPart(in, t, mask);
                }
                last = scalar(in, t);
                return 1;
            }
        }
    }

    private static void skipChildren(JsonBytes in) throws IOException {
        int open = 1;
        while (open > 0) {
            int t = in.next();
            if (t == JsonBytes.OBJECT_START || t == JsonBytes.ARRAY_START) {
                open++;
            } else if (t == JsonBytes.OBJECT_END || t == JsonBytes.ARRAY_END) {
                open--;
            } else if (t == JsonBytes.END) {
                throw new NotHandled("unexpected end of input inside a record");
            }
        }
    }

    private boolean isIgnored(long mask) {
        int i = paths.matched(mask, Role.IGNORE);
        if (i < 0) {
            return false;
        }
        ignored[i]++;
        return true;
    }

    private void keyPart(JsonBytes in, int t, long mask) {
        int k = paths.matched(mask, Role.KEY);
        if (k >= 0) {
            keyParts[paths.tag(k)] = scalarText(in, t);
        }
    }

    private static long scalar(JsonBytes in, int t) {
        byte[] b = in.buffer();
        int s = in.start();
        return switch (t) {
            case JsonBytes.STRING -> Hash64.words(STR, b, s, in.end() - s);
            case JsonBytes.INT -> Hash64.words(NUM, b, s, in.end() - s);
            case JsonBytes.FLOAT -> Hash64.words(NUM, b, s, canonicalLength(b, s, in.end()));
            case JsonBytes.TRUE -> TRUE;
            case JsonBytes.FALSE -> FALSE;
            default -> NULL;
        };
    }

    /** A key field's value as text: strings decoded, numbers in canonical form, true/false/null literally. */
    private static String scalarText(JsonBytes in, int t) {
        byte[] b = in.buffer();
        int s = in.start();
        int e = t == JsonBytes.FLOAT ? s + canonicalLength(b, s, in.end()) : in.end();
        return JsonText.decode(b, s, e, t == JsonBytes.STRING && in.escaped());
    }

    /** Length of a float's bytes without trailing fractional zeros (and the dot), as {@link RecordHasher}. */
    static int canonicalLength(byte[] b, int from, int to) {
        int dot = -1;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == 'e' || c == 'E') {
                return to - from;
            }
            if (c == '.') {
                dot = i;
            }
        }
        if (dot < 0) {
            return to - from;
        }
        int end = to;
        while (end > dot + 1 && b[end - 1] == '0') {
            end--;
        }
        if (end == dot + 1) {
            end = dot;
        }
        return end - from;
    }

    /** The key parts picked up by the last {@link #hash} (null where the record lacks one). */
    String[] keyParts() {
        return keyParts;
    }

    /** Values skipped so far, per ignore pattern (index of the pattern in the paths). */
    long[] ignored() {
        return ignored;
    }

    /** Member names seen lately, by the hash of their bytes, decoded once. */
    private static final class NameTable {
        private final byte[][] bytes = new byte[1024][];
        private final String[] texts = new String[1024];

        String get(long hash, byte[] b, int from, int to, boolean escaped) {
            int slot = (int) hash & (texts.length - 1);
            byte[] known = bytes[slot];
            if (known != null && Arrays.equals(known, 0, known.length, b, from, to)) {
                return texts[slot];
            }
            bytes[slot] = Arrays.copyOfRange(b, from, to);
            texts[slot] = JsonText.decode(b, from, to, escaped);
            return texts[slot];
        }
    }
}
