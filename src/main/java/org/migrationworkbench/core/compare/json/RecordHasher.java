package org.migrationworkbench.core.compare.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import org.migrationworkbench.core.compare.json.JsonPaths.Role;

/**
 * Streams one record and computes its canonical hash: object members in any order hash alike, numbers are
 * hashed by their text with trailing fractional zeros dropped ({@code 10.0} as {@code 10}), ignored paths do not
 * count, arrays compared as sets hash as multisets. Equal hashes mean equal records; different hashes only mean
 * "compare in full" (numbers written differently, such as {@code 1e2} and {@code 100}, or within tolerance).
 * Also picks up the record's key fields and counts ignored values. One instance per thread.
 */
final class RecordHasher {
    private static final long STR = 0x1F3D5B79A2C4E6F1L;
    private static final long NUM = 0x2E4C6A8B1D3F5971L;
    private static final long NAME = 0x3A5C7E9B2D4F6183L;
    private static final long TRUE = 0x7E9AB24D6F8103C5L;
    private static final long FALSE = 0x0FAB135E7092B4D6L;
    private static final long NULL = 0x1ABC246F8103C5E7L;

    private final JsonPaths paths;
    private final String[] keyParts;
    private final long[] ignored;
    private final String[] names = new String[1024];
    private final long[] nameHashes = new long[1024];
    private final HashFrames frames = new HashFrames();

    RecordHasher(JsonPaths paths, int keyCount) {
        this.paths = paths;
        this.keyParts = new String[keyCount];
        this.ignored = new long[paths.size()];
    }

    /** Reads the value at the parser's current token to its end; returns its hash. */
    long hash(JsonParser p) throws IOException {
        Arrays.fill(keyParts, null);
        frames.reset();
        JsonToken t = p.currentToken();
        long mask = paths.start();
        while (true) {
            int status = value(p, t, mask);
            if (status != 0) {
                long vh = status == 1 ? last : 0;
                if (frames.depth() == 0) {
                    return vh;
                }
                if (status == 1) {
                    frames.add(vh);
                }
            }
            t = p.nextToken();
            if (t == null) {
                throw new JsonParseException(p, "Unexpected end of input inside a record");
            }
            long frame = frames.mask();
            if (t == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                frames.name(nameHash(name));
                mask = frame == 0 ? 0 : paths.field(frame, name);
                t = p.nextToken();
            } else if (t != JsonToken.END_ARRAY && t != JsonToken.END_OBJECT) {
                int index = frames.nextElement();
                mask = frame == 0 ? 0 : paths.element(frame, index);
            }
        }
    }

    private long last;

    /** 0: a container was opened; 1: a value ended (its hash in {@code last}); 2: an ignored value was skipped. */
    private int value(JsonParser p, JsonToken t, long mask) throws IOException {
        switch (t) {
            case START_OBJECT, START_ARRAY -> {
                if (mask != 0 && isIgnored(mask)) {
                    p.skipChildren();
                    return 2;
                }
                if (mask != 0 && paths.matches(mask, Role.KEY)) {
                    throw new JsonParseException(p, "A record key must be a string, number or boolean, not "
                            + (t == JsonToken.START_OBJECT ? "an object" : "an array"));
                }
                frames.push(t == JsonToken.START_OBJECT ? HashFrames.OBJECT
                        : paths.matches(mask, Role.SET) ? HashFrames.SET : HashFrames.ARRAY, mask);
                return 0;
            }
            case END_OBJECT, END_ARRAY -> {
                last = frames.pop();
                return 1;
            }
            default -> {
                if (mask != 0) {
                    if (isIgnored(mask)) {
                        return 2;
                    }
                    keyPart(p, t, mask);
                }
                last = scalar(p, t);
                return 1;
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

    private void keyPart(JsonParser p, JsonToken t, long mask) throws IOException {
        int k = paths.matched(mask, Role.KEY);
        if (k >= 0) {
            keyParts[paths.tag(k)] = scalarText(p, t);
        }
    }

    private long nameHash(String name) {
        int slot = name.hashCode() & (names.length - 1);
        if (names[slot] == name) {
            return nameHashes[slot];
        }
        long h = Hash64.chars(NAME, name);
        names[slot] = name;
        nameHashes[slot] = h;
        return h;
    }

    private static long scalar(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> Hash64.chars(STR, p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            case VALUE_NUMBER_INT -> Hash64.chars(NUM, p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            case VALUE_NUMBER_FLOAT -> floatHash(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            case VALUE_TRUE -> TRUE;
            case VALUE_FALSE -> FALSE;
            case VALUE_NULL -> NULL;
            default -> Hash64.chars(STR, p.getText());
        };
    }

    private static long floatHash(char[] c, int off, int len) {
        return Hash64.chars(NUM, c, off, canonicalLength(c, off, len));
    }

    /** Length of a number's text without trailing fractional zeros (and the dot): 10.50 → 10.5, 10.0 → 10. */
    static int canonicalLength(char[] c, int off, int len) {
        int dot = -1;
        for (int i = off; i < off + len; i++) {
            char ch = c[i];
            if (ch == 'e' || ch == 'E') {
                return len;
            }
            if (ch == '.') {
                dot = i;
            }
        }
        if (dot < 0) {
            return len;
        }
        int end = off + len;
        while (end > dot + 1 && c[end - 1] == '0') {
            end--;
        }
        if (end == dot + 1) {
            end = dot;
        }
        return end - off;
    }

    /** A key field's value as text: strings as they are, numbers in canonical form, true/false/null literally. */
    static String scalarText(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            char[] c = p.getTextCharacters();
            int off = p.getTextOffset();
            return new String(c, off, canonicalLength(c, off, p.getTextLength()));
        }
        return p.getText();
    }

    /** The key parts picked up by the last {@link #hash} (null where the record lacks one). */
    String[] keyParts() {
        return keyParts;
    }

    /** Values skipped so far, per ignore pattern (index of the pattern in the paths). */
    long[] ignored() {
        return ignored;
    }
}
