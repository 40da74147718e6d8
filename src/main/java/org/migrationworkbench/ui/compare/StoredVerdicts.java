package org.migrationworkbench.ui.compare;

import java.util.Optional;
import javafx.collections.ObservableList;

/** Reads the newest stored verdict of each declared comparison into the rows, in the background. */
final class StoredVerdicts {
    private StoredVerdicts() {
    }

    /**
     * Fills in the stored verdicts; with {@code replace} false only rows without a result of this session get
     * one (the start), with true every row with a stored run shows the stored one (after a reload).
     */
    static void read(CompareContext context, ComparisonRunner runner, ObservableList<ComparisonRow> rows,
                     boolean replace) {
        context.runner().task("Reading the last comparison runs", p -> runner.latest())
                .onSuccess(latest -> rows.replaceAll(r -> !latest.containsKey(r.id())
                        || (!replace && r.result().isPresent()) ? r
                        : new ComparisonRow(r.comparison(), Optional.of(latest.get(r.id())), Optional.empty())))
                .onError(e -> context.errors().report("Could not read the last comparison runs", e))
                .start();
    }
}
