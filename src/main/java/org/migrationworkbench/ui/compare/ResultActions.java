package org.migrationworkbench.ui.compare;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.migrationworkbench.core.model.Comparison;

/**
 * What can be done with the result shown: accept the selected difference into the register (declared
 * comparisons only), revoke entries, check noise, save every difference. UI thread only.
 */
public final class ResultActions {
    private final RegisterViewModel register;
    private final NoiseViewModel noise;
    private final DifferenceExport export;
    private final ReadOnlyObjectWrapper<PairResult> shown = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<AcceptDraft> candidate = new SimpleObjectProperty<>();

    /** {@code runner} gives the open workspace's runner; {@code rerun} runs a declared comparison and shows it. */
    public ResultActions(CompareContext context, Supplier<ComparisonRunner> runner, Consumer<Comparison> rerun) {
        ComparisonRunner current = new DelegatingRunner(runner);
        this.register = new RegisterViewModel(context, current, rerun);
        this.noise = new NoiseViewModel(context, current);
        this.export = new DifferenceExport(context, current);
    }

    /** A result is on screen: its register is read, nothing is selected for accepting yet. */
    public void show(PairResult result) {
        shown.set(result);
        candidate.set(null);
        register.show(result == null ? Optional.empty() : result.declared());
    }

    /** Checks noise of the declared comparison shown. */
    public void checkNoise() {
        Optional.ofNullable(shown.get()).flatMap(PairResult::declared).ifPresent(noise::check);
    }

    public RegisterViewModel register() {
        return register;
    }

    public NoiseViewModel noise() {
        return noise;
    }

    public DifferenceExport export() {
        return export;
    }

    public ReadOnlyObjectProperty<PairResult> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The difference selected in the view shown, pre-filled for "Accept…"; null when none is selected. */
    public ObjectProperty<AcceptDraft> candidateProperty() {
        return candidate;
    }

    /** Runs through whichever runner the open workspace has now (it changes on reload). */
    private record DelegatingRunner(Supplier<ComparisonRunner> runner) implements ComparisonRunner {
        @Override
        public org.migrationworkbench.core.compare.CompareResult run(Comparison c,
                org.migrationworkbench.core.compare.DifferenceSink sink, org.migrationworkbench.core.Progress p) {
            return runner.get().run(c, sink, p);
        }

        @Override
        public Optional<java.nio.file.Path> location(org.migrationworkbench.core.model.OutputRef side) {
            return runner.get().location(side);
        }

        @Override
        public Optional<org.migrationworkbench.core.compare.AcceptanceRegister> register() {
            return runner.get().register();
        }

        @Override
        public org.migrationworkbench.core.compare.NoiseReport noise(Comparison c,
                                                                     org.migrationworkbench.core.Progress p) {
            return runner.get().noise(c, p);
        }
    }
}
