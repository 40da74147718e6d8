package org.migrationworkbench.core.compare.json;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.migrationworkbench.core.WorkbenchException;

/**
 * The record index of one side: in memory while the {@link SpillPlan} allows, else in partition files by key
 * hash (a key always lands in the same partition on both sides). Used by one thread at a time.
 */
final class SideIndex implements AutoCloseable {
    private final SpillPlan plan;
    private final String side;
    private RecordIndex memory = new RecordIndex();
    private long accounted;
    private DataOutputStream[] outs;
    private Path[] files;
    private long[] written;

    SideIndex(SpillPlan plan, String side) {
        this.plan = plan;
        this.side = side;
    }

    void add(byte[] key, long keyHash, long hash, long offset, int length, int line, long inputRead) {
        if (outs != null) {
            write(key, keyHash, hash, offset, length, line);
            return;
        }
        memory.add(key, keyHash, hash, offset, length, line);
        if ((memory.size() & 1023) == 0) {
            long bytes = memory.bytes();
            int n = plan.account(bytes - accounted, bytes, inputRead);
            accounted = bytes;
            if (n > 0) {
                spill(n);
            }
        }
    }

    /** The side was read to its end: counts the last entries against the budget. */
    void finish(long inputRead) {
        if (outs == null) {
            long bytes = memory.bytes();
            plan.account(bytes - accounted, bytes, inputRead);
            accounted = bytes;
        }
    }

    /** After both sides were read and finished: spill too if the plan spills. */
    void settle() {
        int n = plan.partitions();
        try {
            if (n > 0 && outs == null) {
                spill(n);
            }
            if (outs != null) {
                for (DataOutputStream out : outs) {
                    out.close();
                }
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    int partitions() {
        return files == null ? 1 : files.length;
    }

    /** The entries of partition {@code p}, in the order they were added. */
    RecordIndex partition(int p) {
        if (files == null) {
            return memory;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(files[p]),
                1 << 16))) {
            return RecordIndex.read(in, written[p]);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    static int partitionOf(long keyHash, int n) {
        return (int) Long.remainderUnsigned(Hash64.mix(keyHash ^ 0x5BD1E9955BD1E995L), n);
    }

    private void spill(int n) {
        try {
            outs = new DataOutputStream[n];
            files = new Path[n];
            written = new long[n];
            for (int p = 0; p < n; p++) {
                files[p] = plan.directory().resolve(side + "-" + p + ".idx");
                outs[p] = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(files[p]), 1 << 16));
            }
            RecordIndex m = memory;
            memory = null;
            for (int i = 0; i < m.size(); i++) {
                int p = partitionOf(m.keyHash(i), n);
                m.write(i, outs[p]);
                written[p] += 34 + m.keyLength(i);
            }
            plan.release(accounted);
            accounted = 0;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private void write(byte[] key, long keyHash, long hash, long offset, int length, int line) {
        int p = partitionOf(keyHash, outs.length);
        try {
            RecordIndex.writeEntry(outs[p], key, 0, key.length, keyHash, hash, offset, length, line);
        } catch (IOException e) {
            throw failure(e);
        }
        written[p] += 34 + key.length;
    }

    private WorkbenchException failure(IOException e) {
        return new WorkbenchException("Cannot write or read the spilled record index in " + plan.directory()
                + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        if (outs != null) {
            for (DataOutputStream out : outs) {
                try {
                    out.close();
                } catch (IOException ignored) {
                    // closing after a failure; the spill folder is deleted by the plan
                }
            }
        }
    }
}
