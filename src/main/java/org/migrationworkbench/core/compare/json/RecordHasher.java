package org.migrationworkbench.core.compare.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.migrationworkbench.core.compare.json.JsonPaths.Role;

/**
 * Streams one record and computes its canonical hash: object members in any order hash alike, numbers are
 * hashed by their text with trailing fractional zeros dropped ({@code 10.0} as {@code 10}), ignored paths do not
 * count, arrays compared as sets hash as multisets. Equal hashes mean equal records; different hashes only mean
 * "compare in full" (numbers written differently, such as {@code 1e2} and {@code 100}, or within tolerance).
 * Also picks up the record's key fields and counts ignored values. One instance per thread.
 */
final class RecordHasher {

    private final JsonPaths paths;
    private final PathFacts facts;
    private final String[] names = new String[1024];
    private final long[] nameHashes = new long[1024];
    private final HashFrames frames = new HashFrames();

    RecordHasher(JsonPaths paths, int keyCount) {
        this.paths = paths;
        this.facts = new PathFacts(paths, keyCount);
    }

    /** Reads the value at the parser's current token to its end; returns its hash. */
    long hash(JsonParser p) throws IOException {
        facts.newRecord();
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
                if (mask != 0 && facts.isIgnored(mask)) {
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
                    if (facts.isIgnored(mask)) {
                        return 2;
                    }
                    keyPart(p, t, mask);
                }
                last = scalar(p, t);
                return 1;
            }
        }
    }


    private void keyPart(JsonParser p, JsonToken t, long mask) throws IOException {
        int slot = facts.keySlot(mask);
        if (slot >= 0) {
            facts.key(slot, scalarText(p, t));
        }
    }

    private long nameHash(String name) {
        int slot = name.hashCode() & (names.length - 1);
        if (names[slot] == name) {
            return nameHashes[slot];
        }
        long h = Hash64.chars(Hash64.NAME, name);
        names[slot] = name;
        nameHashes[slot] = h;
        return h;
    }

    private static long scalar(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> Hash64.chars(Hash64.STRING, p.getTextCharacters(), p.getTextOffset(),
                    p.getTextLength());
            case VALUE_NUMBER_INT -> Hash64.chars(Hash64.NUMBER, p.getTextCharacters(), p.getTextOffset(),
                    p.getTextLength());
            case VALUE_NUMBER_FLOAT -> floatHash(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            case VALUE_TRUE -> Hash64.TRUE;
            case VALUE_FALSE -> Hash64.FALSE;
            case VALUE_NULL -> Hash64.NULL;
            default -> Hash64.chars(Hash64.STRING, p.getText());
        };
    }

    private static long floatHash(char[] c, int off, int len) {
        return Hash64.chars(Hash64.NUMBER, c, off, canonicalLength(c, off, len));
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
        return facts.keyParts();
    }

    /** Values skipped so far, per ignore pattern (index of the pattern in the paths). */
    long[] ignored() {
        return facts.ignored();
    }
}
