package org.migrationworkbench.core.compare.json;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where each record of one side is: its key (UTF-8 bytes and a 64-bit hash), the canonical hash of its content,
 * its byte offset and length in the file, and the line it starts on. Parallel primitive arrays, so a few million
 * records take tens of megabytes. Not thread-safe.
 */
final class RecordIndex {
    /** Approximate heap bytes per entry besides its key bytes (arrays plus the matching table). */
    static final int ENTRY_BYTES = 8 * 3 + 4 * 3 + 8;

    private long[] keyHashes = new long[1024];
    private long[] hashes = new long[1024];
    private long[] offsets = new long[1024];
    private int[] lengths = new int[1024];
    private int[] lines = new int[1024];
    private int[] keyEnds = new int[1024];
    private byte[] keys = new byte[16 * 1024];
    private int size;

    void add(byte[] key, long keyHash, long hash, long offset, int length, int line) {
        add(key, key.length, keyHash, hash, offset, length, line);
    }

    void add(byte[] key, int keyLength, long keyHash, long hash, long offset, int length, int line) {
        if (size == hashes.length) {
            grow();
        }
        int start = keyStart(size);
        if (start + keyLength > keys.length) {
            keys = Arrays.copyOf(keys, Math.max(keys.length * 2, start + keyLength));
        }
        System.arraycopy(key, 0, keys, start, keyLength);
        keyHashes[size] = keyHash;
        hashes[size] = hash;
        offsets[size] = offset;
        lengths[size] = length;
        lines[size] = line;
        keyEnds[size] = start + keyLength;
        size++;
    }

    private void grow() {
        int n = size * 2;
        keyHashes = Arrays.copyOf(keyHashes, n);
        hashes = Arrays.copyOf(hashes, n);
        offsets = Arrays.copyOf(offsets, n);
        lengths = Arrays.copyOf(lengths, n);
        lines = Arrays.copyOf(lines, n);
        keyEnds = Arrays.copyOf(keyEnds, n);
    }

    private int keyStart(int i) {
        return i == 0 ? 0 : keyEnds[i - 1];
    }

    int size() {
        return size;
    }

    int keyLength(int i) {
        return keyEnds[i] - keyStart(i);
    }

    long keyHash(int i) {
        return keyHashes[i];
    }

    long hash(int i) {
        return hashes[i];
    }

    long offset(int i) {
        return offsets[i];
    }

    int length(int i) {
        return lengths[i];
    }

    int line(int i) {
        return lines[i];
    }

    String key(int i) {
        int s = keyStart(i);
        return new String(keys, s, keyEnds[i] - s, StandardCharsets.UTF_8);
    }

    boolean sameKey(int i, RecordIndex other, int j) {
        if (keyHashes[i] != other.keyHashes[j]) {
            return false;
        }
        int s = keyStart(i);
        int t = other.keyStart(j);
        return Arrays.equals(keys, s, keyEnds[i], other.keys, t, other.keyEnds[j]);
    }

    /** Heap bytes this index holds, approximately. */
    long bytes() {
        return (long) size * ENTRY_BYTES + keyStart(size);
    }

    void write(int i, DataOutputStream out) throws IOException {
        int s = keyStart(i);
        writeEntry(out, keys, s, keyEnds[i] - s, keyHashes[i], hashes[i], offsets[i], lengths[i], lines[i]);
    }

    static void writeEntry(DataOutputStream out, byte[] key, int keyOff, int keyLen, long keyHash, long hash,
                           long offset, int length, int line) throws IOException {
        out.writeLong(keyHash);
        out.writeLong(hash);
        out.writeLong(offset);
        out.writeInt(length);
        out.writeInt(line);
        out.writeShort(keyLen);
        out.write(key, keyOff, keyLen);
    }

    /** Reads entries written by {@link #writeEntry} until the stream ends. */
    static RecordIndex read(DataInputStream in, long bytes) throws IOException {
        RecordIndex index = new RecordIndex();
        long left = bytes;
        byte[] key = new byte[256];
        while (left > 0) {
            long keyHash = in.readLong();
            long hash = in.readLong();
            long offset = in.readLong();
            int length = in.readInt();
            int line = in.readInt();
            int keyLen = in.readUnsignedShort();
            if (keyLen > key.length) {
                key = new byte[keyLen];
            }
            in.readFully(key, 0, keyLen);
            index.add(key, keyLen, keyHash, hash, offset, length, line);
            left -= 34 + keyLen;
        }
        return index;
    }
}
