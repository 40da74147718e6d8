package org.migrationworkbench.core.compare.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.migrationworkbench.core.compare.json.JsonBytes.NotHandled;
import org.migrationworkbench.core.compare.json.RecordScanner.Outcome;

/**
 * Phase one for one file with the byte reader ({@link JsonBytes}): the same index as {@link RecordScanner}
 * (key, canonical hash, byte range and line of every record) for a top-level array or JSON Lines. A single
 * top-level value, a record without its key and any input the byte reader does not handle throw
 * {@link NotHandled}: the comparison then runs with {@link RecordScanner}, which reads it or names the error.
 */
final class ByteRecordScanner implements SideScanner {
    /** Progress and cancellation every so many records (often enough that the JIT sees it while profiling). */
    private static final int CHECK_EVERY = 256;

    private final ScanSetup setup;
    private final List<String> keys;
    private final boolean jsonLines;

    ByteRecordScanner(ScanSetup setup) {
        this.setup = setup;
        this.keys = setup.keys();
        this.jsonLines = setup.jsonLines();
    }

    @Override
    public Outcome scan(Path file, SideIndex index) {
        ByteRecordHasher hasher = new ByteRecordHasher(setup.paths(), keys.size());
        try (JsonBytes in = new JsonBytes(Files.newInputStream(file))) {
            int t = in.next();
            if (t == JsonBytes.END) {
                return new Outcome(0, hasher.ignored(), true, in.fingerprint());
            }
            if (!jsonLines && t != JsonBytes.ARRAY_START) {
                throw new NotHandled("a single top-level value");
            }
            long n = records(in, hasher, index, jsonLines ? t : in.next());
            if (!jsonLines && in.next() != JsonBytes.END) {
                throw new NotHandled("content after the top-level array");
            }
            index.finish(in.offset());
            return new Outcome(n, hasher.ignored(), true, in.fingerprint());
        } catch (IOException e) {
            throw JsonInput.error(file, e);
        }
    }

    private long records(JsonBytes in, ByteRecordHasher hasher, SideIndex index, int first) throws IOException {
        long n = 0;
        long reported = 0;
        int t = first;
        int last = jsonLines ? JsonBytes.END : JsonBytes.ARRAY_END;
        while (t != last) {
            if (t == JsonBytes.END) {
                throw new NotHandled("the top-level array is not closed");
            }
            add(in, hasher, index, t, n);
            n++;
            if (n % CHECK_EVERY == 0) {
                setup.progress().worked(in.offset() - reported);
                reported = in.offset();
                setup.checkCancelled();
            }
            t = in.next();
        }
        setup.progress().worked(in.offset() - reported);
        return n;
    }

    private void add(JsonBytes in, ByteRecordHasher hasher, SideIndex index, int t, long n) throws IOException {
        long offset = in.tokenOffset();
        int line = in.tokenLine();
        long hash = hasher.hash(in, t);
        long end = in.offset();
        byte[] key = (keys.isEmpty() ? "#" + n : key(hasher.keyParts())).getBytes(StandardCharsets.UTF_8);
        if (key.length > 65_535) {
            throw new NotHandled("a record key longer than 65535 bytes");
        }
        index.add(key, Hash64.bytes(0, key, 0, key.length), hash, offset, (int) (end - offset), line, end);
    }

    private static String key(String[] parts) {
        for (String part : parts) {
            if (part == null) {
                throw new NotHandled("a record without its key");
            }
        }
        return parts.length == 1 ? parts[0] : String.join("|", parts);
    }
}
