package org.migrationworkbench.core.compare.csv;

import java.util.function.BooleanSupplier;
import org.migrationworkbench.core.CancelledException;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.compare.DifferenceTally;

/**
 * Joins the two indexes partition by partition on two threads (even and odd partitions) and reports what
 * differs: in line order when the findings fit one batch, batch by batch otherwise.
 */
final class IndexJoin {
    private final ColumnPlan plan;
    private final CsvHeader oldHeader;
    private final CsvHeader newHeader;
    private final DifferenceTally tally;
    private final Progress progress;

    IndexJoin(ColumnPlan plan, CsvHeader oldHeader, CsvHeader newHeader, DifferenceTally tally,
              Progress progress) {
        this.plan = plan;
        this.oldHeader = oldHeader;
        this.newHeader = newHeader;
        this.tally = tally;
        this.progress = progress;
    }

    void run(PartitionStore oldIndex, PartitionStore newIndex) {
        Findings[] found = {new Findings(), new Findings()};
        try (DifferenceWriter first = new DifferenceWriter(plan, oldHeader, newHeader, tally);
             DifferenceWriter second = new DifferenceWriter(plan, oldHeader, newHeader, tally)) {
            DifferenceWriter[] writers = {first, second};
            BothSides.run(progress, stop -> joinEvery(0, oldIndex, newIndex, found[0], writers[0], stop),
                    stop -> joinEvery(1, oldIndex, newIndex, found[1], writers[1], stop));
            found[0].addAll(found[1]);
            first.write(found[0], second, progress);
            first.finish();
            second.finish();
        }
    }

    private void joinEvery(int worker, PartitionStore oldIndex, PartitionStore newIndex, Findings found,
                           DifferenceWriter writer, BooleanSupplier stop) {
        boolean keyed = plan.keyCount() > 0;
        for (int p = worker; p < oldIndex.partitions(); p += 2) {
            if (stop.getAsBoolean()) {
                throw new CancelledException();
            }
            KeyTable old = new KeyTable(oldIndex.load(p), keyed);
            PartitionStore.Partition neu = newIndex.load(p);
            oldIndex.release(p);
            newIndex.release(p);
            PartitionJoin.join(old, neu, keyed, found);
            if (found.full()) {
                writer.write(found, progress);
            }
        }
    }
}
