package org.migrationworkbench.core.compare.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migrationworkbench.core.compare.json.JsonBytes.NotHandled;

/** Reads one record's bytes into a {@link RecordTree} with {@link JsonBytes}. */
final class ByteTree {
    /** Member names decoded lately, per thread: records repeat their names, and a cached string keeps its hash. */
    private static final ThreadLocal<Names> NAMES = ThreadLocal.withInitial(Names::new);

    private ByteTree() {
    }

    /** The tree of the single JSON value in {@code bytes}; {@link NotHandled} where the byte reader gives up. */
    static Object read(byte[] bytes) throws IOException {
        JsonBytes in = new JsonBytes(bytes);
        Object tree = value(in, in.next());
        if (in.next() != JsonBytes.END) {
            throw new NotHandled("more than one value");
        }
        return tree;
    }

    private static Object value(JsonBytes in, int t) throws IOException {
        return switch (t) {
            case JsonBytes.OBJECT_START -> object(in, NAMES.get());
            case JsonBytes.ARRAY_START -> array(in);
            case JsonBytes.STRING -> text(in);
            case JsonBytes.INT, JsonBytes.FLOAT -> new RecordTree.Num(text(in));
            case JsonBytes.TRUE -> Boolean.TRUE;
            case JsonBytes.FALSE -> Boolean.FALSE;
            case JsonBytes.NULL -> RecordTree.NULL;
            default -> throw new NotHandled("not a value");
        };
    }

    private static Map<String, Object> object(JsonBytes in, Names names) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        while (in.next() == JsonBytes.NAME) {
            String name = names.get(in);
            m.put(name, value(in, in.next()));
        }
        return m;
    }

    private static List<Object> array(JsonBytes in) throws IOException {
        List<Object> l = new ArrayList<>();
        int t;
        while ((t = in.next()) != JsonBytes.ARRAY_END) {
            l.add(value(in, t));
        }
        return l;
    }

    private static String text(JsonBytes in) {
        return JsonText.decode(in.buffer(), in.start(), in.end(), in.escaped());
    }

    /** Names by the 64-bit hash and length of their bytes (the trust the record hashes already rest on). */
    private static final class Names {
        private final long[] hashes = new long[512];
        private final String[] texts = new String[512];

        String get(JsonBytes in) {
            int length = in.end() - in.start();
            long hash = Hash64.words(length, in.buffer(), in.start(), length);
            int slot = (int) hash & (texts.length - 1);
            String known = texts[slot];
            if (known != null && hashes[slot] == hash) {
                return known;
            }
            hashes[slot] = hash;
            texts[slot] = text(in);
            return texts[slot];
        }
    }
}
