package org.migrationworkbench.ui.compare;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.compare.CompareOptions;
import org.migrationworkbench.core.compare.DifferenceLines;
import org.migrationworkbench.core.compare.Summary;

/**
 * "Save all differences…": runs the pair shown again in the background, writing every difference (not only the
 * samples) to a JSON Lines file, and says how many lines it wrote. UI thread only.
 */
public final class DifferenceExport {
    private final CompareContext context;
    private final ComparisonRunner runner;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public DifferenceExport(CompareContext context, ComparisonRunner runner) {
        this.context = context;
        this.runner = runner;
    }

    /** {@code <comparison id>-differences.jsonl}, or the old file's name for an ad-hoc pair. */
    public static String defaultName(PairResult shown) {
        String base = shown.declared().map(c -> c.id()).orElseGet(() -> shown.oldPath()
                .map(p -> p.getFileName().toString().replaceFirst("\\.[^.]*$", "")).orElse("comparison"));
        return base.replaceAll("[^A-Za-z0-9._-]", "_") + "-differences.jsonl";
    }

    /** Whether the pair shown can be compared again (a declared comparison, or both sides on disk). */
    public static boolean canSave(PairResult shown) {
        return shown != null && (shown.declared().isPresent() || shown.onDisk());
    }

    /** Writes every difference of {@code shown} to {@code file} in the background. */
    public void save(PairResult shown, Path file) {
        message.set("Writing the differences to " + file.getFileName() + "…");
        context.runner().task("Saving the differences to " + file.getFileName(), p -> {
                    try (DifferenceLines lines = DifferenceLines.open(file)) {
                        if (shown.declared().isPresent()) {
                            runner.run(shown.declared().get(), lines, p);
                        } else if (shown.onDisk()) {
                            context.comparisons().compare(shown.oldPath().get(), shown.newPath().get(),
                                    CompareOptions.defaults(), lines, p);
                        } else {
                            throw new WorkbenchException("This pair cannot be compared again: a side is not on disk.");
                        }
                        return lines.lines();
                    }
                })
                .onSuccess(n -> message.set(String.format(Locale.ENGLISH, "Wrote %s to %s",
                        Summary.count(n, "line"), file)))
                .onError(e -> {
                    message.set("");
                    context.errors().report("Could not save the differences", e);
                })
                .start();
    }

    /** What the last save did ("Wrote 1,204 lines to /tmp/x.jsonl"); empty before one. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
