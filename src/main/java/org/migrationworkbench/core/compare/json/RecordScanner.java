package org.migrationworkbench.core.compare.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Phase one for one file with Jackson's streaming parser: reads every record once and indexes its key, canonical
 * hash and place. Records are the elements of a top-level array or the values of JSON Lines; any other top-level
 * value is one record with the key {@code $}. Used when {@link ByteRecordScanner} does not handle an input; it
 * reads what Jackson reads, and names the file, line and column of what it cannot.
 */
final class RecordScanner implements SideScanner {
    /** What one side held: records read, values ignored per ignore pattern, whether it was a list of records. */
    record Outcome(long records, long[] ignored, boolean recordList, String fingerprint) {
    }

    private static final int CHECK_EVERY = 4096;

    private final ScanSetup setup;
    private final List<String> keys;
    private final boolean jsonLines;

    RecordScanner(ScanSetup setup) {
        this.setup = setup;
        this.keys = setup.keys();
        this.jsonLines = setup.jsonLines();
    }

    @Override
    public Outcome scan(Path file, SideIndex index) {
        RecordHasher hasher = new RecordHasher(setup.paths(), keys.size());
        try (FingerprintStream in = new FingerprintStream(Files.newInputStream(file));
             JsonParser p = JsonInput.FACTORY.createParser(in)) {
            try {
                return read(p, in, hasher, index);
            } catch (StreamConstraintsException e) {
                throw JsonInput.limit(file, p, e);
            }
        } catch (IOException e) {
            throw JsonInput.error(file, e);
        }
    }

    private Outcome read(JsonParser p, FingerprintStream in, RecordHasher hasher, SideIndex index)
            throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            return new Outcome(0, hasher.ignored(), true, in.fingerprint());
        }
        boolean list = jsonLines || t == JsonToken.START_ARRAY;
        if (!list) {
            add(p, hasher, index, "$");
            requireEnd(p, "more than one top-level value (for JSON Lines use --format jsonl)");
            index.finish(p.currentLocation().getByteOffset());
            return new Outcome(1, hasher.ignored(), false, in.fingerprint());
        }
        long n = records(p, hasher, index, jsonLines ? t : p.nextToken());
        index.finish(p.currentLocation().getByteOffset());
        return new Outcome(n, hasher.ignored(), true, in.fingerprint());
    }

    private long records(JsonParser p, RecordHasher hasher, SideIndex index, JsonToken first) throws IOException {
        long n = 0;
        long reported = 0;
        JsonToken t = first;
        while (t != null && (jsonLines || t != JsonToken.END_ARRAY)) {
            long end = add(p, hasher, index, keys.isEmpty() ? "#" + n : null);
            n++;
            if (n % CHECK_EVERY == 0) {
                setup.progress().worked(end - reported);
                reported = end;
                setup.checkCancelled();
            }
            t = p.nextToken();
        }
        if (t == null && !jsonLines) {
            throw new JsonParseException(p, "Unexpected end of input: the top-level array is not closed");
        }
        if (!jsonLines) {
            requireEnd(p, "content after the top-level array");
        }
        setup.progress().worked(p.currentLocation().getByteOffset() - reported);
        return n;
    }

    /** Hashes the record at the current token and indexes it; returns the byte offset after it. */
    private long add(JsonParser p, RecordHasher hasher, SideIndex index, String fixedKey) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        long hash = hasher.hash(p);
        long end = p.currentLocation().getByteOffset();
        String key = fixedKey != null ? fixedKey : key(hasher.keyParts(), start, p);
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 65_535) {
            throw new JsonParseException(p, "The record key is longer than 65535 bytes");
        }
        long offset = start.getByteOffset();
        index.add(bytes, Hash64.bytes(0, bytes, 0, bytes.length), hash, offset, (int) (end - offset),
                start.getLineNr(), end);
        return end;
    }

    private String key(String[] parts, JsonLocation start, JsonParser p) throws JsonParseException {
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] == null) {
                throw new JsonParseException(p, "The record starting here (line " + start.getLineNr() + ", column "
                        + start.getColumnNr() + ") has no key field '" + keys.get(i) + "'", start);
            }
        }
        return parts.length == 1 ? parts[0] : String.join("|", parts);
    }

    private static void requireEnd(JsonParser p, String what) throws IOException {
        if (p.nextToken() != null) {
            throw new JsonParseException(p, "Unexpected " + what);
        }
    }
}
