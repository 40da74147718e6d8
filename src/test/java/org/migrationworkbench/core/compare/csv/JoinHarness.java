package org.migrationworkbench.core.compare.csv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.compare.CompareOptions;
import org.migrationworkbench.core.compare.DifferenceTally;
import org.migrationworkbench.core.model.OutputFormat;

/** Manual timing of the join (not a test): java -cp ... JoinHarness OLD NEW. */
public final class JoinHarness {
    public static void main(String[] args) throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        Path a = Path.of(args[0]);
        Path b = Path.of(args[1]);
        CompareOptions options = CompareOptions.defaults().withKeys(List.of("id"));
        for (int r = 0; r < 3; r++) {
            CsvHeader ha = CsvHeader.read(a, OutputFormat.CSV);
            CsvHeader hb = CsvHeader.read(b, OutputFormat.CSV);
            ColumnPlan plan = new ColumnPlan(ha, hb, options);
            Spill spill = new Spill(Optional.empty());
            int bits = CsvComparator.partitionBits(Files.size(a) + Files.size(b));
            PartitionStore sa = new PartitionStore(bits, Long.MAX_VALUE / 4, spill, "old");
            PartitionStore sb = new PartitionStore(bits, Long.MAX_VALUE / 4, spill, "new");
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            new RowScanner(a, ha.dialect().delimiter(), RowScanner.BUFFER).scan(ha.dataOffset(), ha.dataLine(),
                    new RowIndexer(ha, plan, sa, true, Files.size(a)), x -> { }, () -> false);
            new RowScanner(b, hb.dialect().delimiter(), RowScanner.BUFFER).scan(hb.dataOffset(), hb.dataLine(),
                    new RowIndexer(hb, plan, sb, true, Files.size(b)), x -> { }, () -> false);
            long c1 = os.getProcessCpuTime();
            long t1 = System.nanoTime();
            DifferenceTally tally = new DifferenceTally(options, d -> { }, LocalDate.now());
            new IndexJoin(plan, ha, hb, tally, Progress.NONE).run(sa, sb);
            long c2 = os.getProcessCpuTime();
            long t2 = System.nanoTime();
            System.out.printf("index cpu %d ms wall %d; join cpu %d ms wall %d ms; changed %d%n", (c1 - c0) / 1000000,
                    (t1 - t0) / 1000000, (c2 - c1) / 1000000, (t2 - t1) / 1000000,
                    tally.result(org.migrationworkbench.core.compare.ComparedAs.CSV, List.of(), "").changed());
        }
    }
}
