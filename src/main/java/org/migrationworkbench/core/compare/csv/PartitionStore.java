package org.migrationworkbench.core.compare.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import org.migrationworkbench.core.WorkbenchException;

/**
 * One side's row index, split into partitions by the top bits of the key hash. Partitions live in memory
 * until their capacity would pass the budget; then every partition is appended to its spill file and
 * emptied. Not thread-safe: one scanning thread writes it, then joins read it.
 */
final class PartitionStore {
    private final int bits;
    private final long budget;
    private final Spill spill;
    private final String side;
    private final byte[][] data;
    private final int[] size;
    private long capacity;
    private long records;

    PartitionStore(int bits, long budget, Spill spill, String side) {
        this.bits = bits;
        this.budget = budget;
        this.spill = spill;
        this.side = side;
        this.data = new byte[1 << bits][];
        this.size = new int[1 << bits];
    }

    int partitions() {
        return data.length;
    }

    long records() {
        return records;
    }

    void add(long keyHash, long rowHash, long ignoredHash, long offset, long line, byte[] key, int keyLength) {
        int p = (int) (keyHash >>> (64 - bits));
        int length = IndexRecords.KEY + keyLength;
        byte[] d = room(p, length);
        int at = size[p];
        IndexRecords.put(d, at + IndexRecords.KEY_HASH, keyHash);
        IndexRecords.put(d, at + IndexRecords.ROW_HASH, rowHash);
        IndexRecords.put(d, at + IndexRecords.IGNORED_HASH, ignoredHash);
        IndexRecords.put(d, at + IndexRecords.OFFSET, offset);
        IndexRecords.put(d, at + IndexRecords.LINE, line);
        IndexRecords.putKeyLength(d, at + IndexRecords.KEY_LENGTH, keyLength);
        System.arraycopy(key, 0, d, at + IndexRecords.KEY, keyLength);
        size[p] = at + length;
        records++;
    }

    /**
     * Sizes the partitions for the expected number of records (of about {@code recordBytes} each), so they
     * need not grow by copying; within the budget.
     */
    void reserve(long expectedRecords, int recordBytes) {
        long perPartition = expectedRecords / data.length * 21 / 20 + 8;
        long bytes = Math.min(perPartition * recordBytes, Math.min(budget / data.length, Integer.MAX_VALUE - 64));
        for (int p = 0; p < data.length; p++) {
            int old = data[p] == null ? 0 : data[p].length;
            if (bytes > old) {
                data[p] = data[p] == null ? new byte[(int) bytes] : Arrays.copyOf(data[p], (int) bytes);
                capacity += bytes - old;
            }
        }
    }

    private byte[] room(int p, int length) {
        byte[] d = data[p];
        if (d != null && size[p] + length <= d.length) {
            return d;
        }
        int old = d == null ? 0 : d.length;
        int grown = Math.max(Math.max(4096, old * 2), size[p] + length);
        if (capacity + grown - old > budget && records > 0) {
            spillAll();
            if (d != null && length <= d.length) {
                return d;
            }
        }
        capacity += grown - old;
        data[p] = d == null ? new byte[grown] : Arrays.copyOf(d, grown);
        return data[p];
    }

    private void spillAll() {
        for (int p = 0; p < data.length; p++) {
            if (size[p] > 0) {
                spill.append(side, p, data[p], size[p]);
                size[p] = 0;
            }
        }
    }

    /** All records of partition {@code p}: the spilled ones first, then those in memory. */
    Partition load(int p) {
        Optional<Path> file = spill.file(side, p);
        if (file.isEmpty()) {
            return new Partition(data[p] == null ? new byte[0] : data[p], size[p]);
        }
        try (FileChannel ch = FileChannel.open(file.get(), StandardOpenOption.READ)) {
            long onDisk = ch.size();
            if (onDisk + size[p] > Integer.MAX_VALUE - 64) {
                throw new WorkbenchException("A partition of the row index is larger than 2 GB; compare with more"
                        + " memory (-Xmx) or a narrower key.");
            }
            byte[] all = new byte[(int) onDisk + size[p]];
            ByteBuffer buf = ByteBuffer.wrap(all, 0, (int) onDisk);
            while (buf.hasRemaining() && ch.read(buf) >= 0) {
                // read until the partition's spilled bytes are in
            }
            if (size[p] > 0) {
                System.arraycopy(data[p], 0, all, (int) onDisk, size[p]);
            }
            return new Partition(all, all.length);
        } catch (IOException e) {
            throw new WorkbenchException("Cannot read the row index back from " + file.get() + " ("
                    + e.getMessage() + ").", e);
        }
    }

    /** Drops partition {@code p} from memory once it is joined. */
    void release(int p) {
        data[p] = null;
        size[p] = 0;
    }

    /** The records of one partition: {@code data[0, length)}. */
    record Partition(byte[] data, int length) {
    }
}
