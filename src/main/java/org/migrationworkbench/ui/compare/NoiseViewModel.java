package org.migrationworkbench.ui.compare;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.migrationworkbench.core.compare.NoiseReport;
import org.migrationworkbench.core.compare.Summary;
import org.migrationworkbench.core.model.Comparison;

/**
 * The noise check of a declared comparison with a {@code rerun}: the old output against a second run of the
 * old system, in the background; the report says what differs by itself and which rules would hide it.
 * UI thread only.
 */
public final class NoiseViewModel {
    private final CompareContext context;
    private final ComparisonRunner runner;
    private final ReadOnlyObjectWrapper<NoiseReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();

    public NoiseViewModel(CompareContext context, ComparisonRunner runner) {
        this.context = context;
        this.runner = runner;
    }

    /** Why the noise check cannot run for what is shown; empty when it can. */
    public static Optional<String> unavailable(Optional<Comparison> declared) {
        if (declared.isEmpty()) {
            return Optional.of("Noise is checked for comparisons declared in workbench.yaml.");
        }
        if (declared.get().rerun().isEmpty()) {
            return Optional.of("Comparison '" + declared.get().id() + "' declares no 'rerun' (a second run of "
                    + "the old system) to check noise against.");
        }
        return Optional.empty();
    }

    /** Runs the check in the background; the report replaces the last one when done. */
    public void check(Comparison comparison) {
        if (checking.get() || unavailable(Optional.of(comparison)).isPresent()) {
            return;
        }
        checking.set(true);
        report.set(null);
        context.runner().task("Checking noise of " + comparison.id(), p -> runner.noise(comparison, p))
                .onSuccess(r -> {
                    checking.set(false);
                    report.set(r);
                })
                .onError(e -> {
                    checking.set(false);
                    context.errors().report("Could not check noise of " + comparison.id(), e);
                })
                .start();
    }

    /** "Quiet: the second run matches the first (1,204 records)." or "3 volatile fields". */
    public static String headline(NoiseReport r) {
        if (r.quiet()) {
            return "Quiet: a second run of the old system gives the same output (" + Summary.of(r.result()) + ").";
        }
        return Summary.count(r.volatileFields().size(), "field") + " differ between two runs of the old system: "
                + Summary.counts(r.result());
    }

    /** The suggested rules, one per line, as they go into the comparison in workbench.yaml. */
    public static String suggestions(NoiseReport r) {
        return String.join("\n", r.suggestions());
    }

    /** The report of the last check; null before one finished. */
    public ReadOnlyObjectProperty<NoiseReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }
}
