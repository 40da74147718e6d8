package org.migrationworkbench.core.compare.csv;

import java.nio.file.Path;
import org.migrationworkbench.core.compare.CompareOptions;
import org.migrationworkbench.core.model.OutputFormat;

/** Manual timing of the scan stages on one file (not a test): java -cp ... ScanHarness FILE. */
public final class ScanHarness {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        CsvHeader h = CsvHeader.read(file, OutputFormat.CSV);
        ColumnPlan plan = new ColumnPlan(h, h, CompareOptions.defaults().withKeys(java.util.List.of("id")));
        for (int r = 0; r < 4; r++) {
            long t0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long[] n = {0};
            new RowScanner(file, h.dialect().delimiter(), RowScanner.BUFFER).scan(h.dataOffset(), h.dataLine(),
                    row -> { n[0] += row.cells; return true; }, x -> { }, () -> false);
            long t1 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            CellHash hash = new CellHash();
            long[] acc = {0};
            new RowScanner(file, h.dialect().delimiter(), RowScanner.BUFFER).scan(h.dataOffset(), h.dataLine(),
                    row -> { for (int i = 0; i < row.cells; i++) { acc[0] += hash.of(row, i); } return true; },
                    x -> { }, () -> false);
            long t2 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            PartitionStore store = new PartitionStore(9, Long.MAX_VALUE, new Spill(java.util.Optional.empty()), "x");
            new RowScanner(file, h.dialect().delimiter(), RowScanner.BUFFER).scan(h.dataOffset(), h.dataLine(),
                    new RowIndexer(h, plan, store, true, java.nio.file.Files.size(file)), x -> { }, () -> false);
            long t3 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            System.out.printf("scan %d ms, +hash %d ms, index %d ms (%d cells %d)%n", (t1 - t0) / 1000000,
                    (t2 - t1) / 1000000, (t3 - t2) / 1000000, n[0], acc[0]);
        }
    }
}
