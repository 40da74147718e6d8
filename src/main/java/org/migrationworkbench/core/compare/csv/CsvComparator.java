package org.migrationworkbench.core.compare.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.zip.CRC32C;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.compare.CompareOptions;
import org.migrationworkbench.core.compare.DifferenceTally;
import org.migrationworkbench.core.compare.InputDigest;
import org.migrationworkbench.core.compare.InputLimits;
import org.migrationworkbench.core.compare.PairComparator;

/**
 * CSV and TSV: header-aware, columns matched by name, rows matched by the key columns in any order (see
 * ADR 0008). Both files are scanned at once into partitioned indexes of (key, row hash, place); partitions
 * are joined in parallel; only rows whose hashes differ are read back and compared cell by cell. Indexes
 * spill to disk when they pass the memory budget. Progress is in bytes read; cancellation is checked per
 * buffer (4 MB), per partition and per 1,024 reported rows.
 */
public final class CsvComparator implements PairComparator {
    private final long budgetPerSide;
    private final int maxRecord;

    /** Keeps each side's index in memory up to a sixth of the maximum heap. */
    public CsvComparator() {
        this(Runtime.getRuntime().maxMemory() / 6);
    }

    /** With an explicit memory budget per side, in bytes (tests force spilling with a small one). */
    public CsvComparator(long budgetPerSide) {
        this(budgetPerSide, InputLimits.LONGEST_ITEM);
    }

    /** Also with another bound on the length of a record, in bytes (tests use small ones). */
    CsvComparator(long budgetPerSide, int maxRecord) {
        this.budgetPerSide = budgetPerSide;
        this.maxRecord = maxRecord;
    }

    @Override
    public void compare(Path oldFile, Path newFile, CompareOptions options, DifferenceTally tally,
                        Progress progress) {
        CsvHeader oldHeader = CsvHeader.read(oldFile, options.format());
        CsvHeader newHeader = CsvHeader.read(newFile, options.format());
        ColumnPlan plan = new ColumnPlan(oldHeader, newHeader, options);
        plan.notes().forEach(tally::note);
        noteDialects(oldHeader, newHeader, plan, tally);
        long total = size(oldFile) + size(newFile);
        progress.begin("Comparing CSV rows", total);
        int bits = partitionBits(total);
        try (Spill spill = new Spill(options.spillDirectory())) {
            PartitionStore oldIndex = new PartitionStore(bits, budgetPerSide, spill, "old");
            PartitionStore newIndex = new PartitionStore(bits, budgetPerSide, spill, "new");
            boolean spans = sameLayout(oldHeader, newHeader, plan);
            String[] fingerprints = new String[2];
            BothSides.run(progress, stop -> fingerprints[0] = index(oldHeader, plan, oldIndex, spans, progress, stop),
                    stop -> fingerprints[1] = index(newHeader, plan, newIndex, spans, progress, stop));
            tally.fingerprints(fingerprints[0], fingerprints[1]);
            tally.counts(oldIndex.records(), newIndex.records());
            new IndexJoin(plan, oldHeader, newHeader, tally, progress).run(oldIndex, newIndex);
        }
    }

    /** Whether rows can be hashed by written span: keyed, same columns in the same order, same delimiter. */
    private static boolean sameLayout(CsvHeader oldHeader, CsvHeader newHeader, ColumnPlan plan) {
        return plan.keyCount() > 0 && oldHeader.names().equals(newHeader.names())
                && oldHeader.dialect().delimiter() == newHeader.dialect().delimiter();
    }

    /** Indexes one side's rows; returns the file's fingerprint for the input digest, taken while reading. */
    private String index(CsvHeader header, ColumnPlan plan, PartitionStore store, boolean spans,
                         Progress progress, BooleanSupplier stop) {
        RowIndexer indexer = new RowIndexer(header, plan, store, spans, size(header.file()));
        CRC32C crc = new CRC32C();
        crc.update(headerBytes(header));
        new RowScanner(header.file(), header.dialect().delimiter(), RowScanner.BUFFER).checksummed(crc)
                .limited(maxRecord).scan(header.dataOffset(), header.dataLine(), indexer, progress::worked, stop);
        return InputDigest.fingerprint(size(header.file()), crc);
    }

    private static byte[] headerBytes(CsvHeader header) {
        try (java.io.InputStream in = Files.newInputStream(header.file())) {
            return in.readNBytes((int) header.dataOffset());
        } catch (IOException e) {
            throw new WorkbenchException(header.file() + ": cannot be read ("
                    + e.getMessage() + ")", e);
        }
    }

    private static void noteDialects(CsvHeader oldHeader, CsvHeader newHeader, ColumnPlan plan,
                                     DifferenceTally tally) {
        if (oldHeader.dialect().delimiter() != newHeader.dialect().delimiter()) {
            tally.note("The old file is separated by " + oldHeader.dialect().shown() + ", the new one by "
                    + newHeader.dialect().shown() + ".");
        }
        if (plan.keyCount() == 0) {
            tally.note("No key columns: rows are matched whole, in any order; a changed row shows as removed"
                    + " and added, and tolerances do not apply.");
        }
    }

    /**
     * About 16 MB of input per partition, 16 to 16,384 partitions. Large partitions keep each side's index
     * partitions large arrays, which the JVM's default collector (G1) allocates outside the young generation: with
     * 1 MB partitions the hundreds of small arrays were copied by every young collection while the index was built
     * (large pair: 1.66 s, 8 of its young pauses copying up to 171 MB; with 16 MB partitions 1.47–1.53 s).
     */
    static int partitionBits(long totalBytes) {
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, totalBytes >> 24));
        return Math.max(4, Math.min(14, bits));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
