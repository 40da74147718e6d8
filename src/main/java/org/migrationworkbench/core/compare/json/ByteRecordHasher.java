package org.migrationworkbench.core.compare.json;

import java.io.IOException;
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

    private final JsonPaths paths;
    private final PathFacts facts;
    private final HashFrames frames = new HashFrames();
    private final NameTable names = new NameTable();
    private long last;

    ByteRecordHasher(JsonPaths paths, int keyCount) {
        this.paths = paths;
        this.facts = new PathFacts(paths, keyCount);
    }

    /** Reads the value whose first token {@code t} was just read, to its end; returns its hash. */
    long hash(JsonBytes in, int t) throws IOException {
        facts.newRecord();
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
                long nameHash = in.nameHash();
                frames.name(nameHash);
                mask = frame == 0 ? 0 : names.field(frame, nameHash, in);
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
                if (mask != 0 && facts.isIgnored(mask)) {
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
                    if (facts.isIgnored(mask)) {
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


    private void keyPart(JsonBytes in, int t, long mask) {
        int slot = facts.keySlot(mask);
        if (slot >= 0) {
            facts.key(slot, scalarText(in, t));
        }
    }

    private static long scalar(JsonBytes in, int t) {
        byte[] b = in.buffer();
        int s = in.start();
        return switch (t) {
            case JsonBytes.STRING -> Hash64.words(Hash64.STRING, b, s, in.end() - s);
            case JsonBytes.INT -> Hash64.words(Hash64.NUMBER, b, s, in.end() - s);
            case JsonBytes.FLOAT -> Hash64.words(Hash64.NUMBER, b, s, in.canonicalEnd() - s);
            case JsonBytes.TRUE -> Hash64.TRUE;
            case JsonBytes.FALSE -> Hash64.FALSE;
            default -> Hash64.NULL;
        };
    }

    /** A key field's value as text: strings decoded, numbers in canonical form, true/false/null literally. */
    private static String scalarText(JsonBytes in, int t) {
        byte[] b = in.buffer();
        int s = in.start();
        int e = t == JsonBytes.FLOAT ? in.canonicalEnd() : in.end();
        return JsonText.decode(b, s, e, t == JsonBytes.STRING && in.escaped());
    }

    /** The key parts picked up by the last {@link #hash} (null where the record lacks one). */
    String[] keyParts() {
        return facts.keyParts();
    }

    /** Values skipped so far, per ignore pattern (index of the pattern in the paths). */
    long[] ignored() {
        return facts.ignored();
    }

    /**
     * The path states that member names seen lately lead to, so that a name is decoded and matched once per
     * parent state. Names are known by the 64-bit hash and length of their bytes (the trust the record hashes
     * already rest on).
     */
    private final class NameTable {
        private final long[] hashes = new long[1024];
        private final int[] lengths = new int[1024];
        private final long[] parents = new long[1024];
        private final long[] states = new long[1024];

        long field(long parent, long hash, JsonBytes in) {
            int length = in.end() - in.start();
            int slot = (int) (hash ^ parent) & (states.length - 1);
            if (parents[slot] == parent && hashes[slot] == hash && lengths[slot] == length) {
                return states[slot];
            }
            String name = JsonText.decode(in.buffer(), in.start(), in.end(), in.escaped());
            hashes[slot] = hash;
            lengths[slot] = length;
            parents[slot] = parent;
            states[slot] = paths.field(parent, name);
            return states[slot];
        }
    }
}
