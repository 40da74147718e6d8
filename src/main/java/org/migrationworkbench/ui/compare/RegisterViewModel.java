package org.migrationworkbench.ui.compare;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.migrationworkbench.core.compare.AcceptanceRegister;
import org.migrationworkbench.core.compare.Summary;
import org.migrationworkbench.core.model.Comparison;

/**
 * The accepted-differences register of the declared comparison shown: its entries (read in the background),
 * accepting a difference and revoking an entry, each followed by a run of the comparison so the verdict counts
 * it. Ad-hoc pairs have no register. UI thread only.
 */
public final class RegisterViewModel {
    private final CompareContext context;
    private final ComparisonRunner runner;
    private final Consumer<Comparison> rerun;
    private final ObservableList<RegisterRow> entries = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");

    /** {@code rerun} runs a comparison again and shows its result. */
    public RegisterViewModel(CompareContext context, ComparisonRunner runner, Consumer<Comparison> rerun) {
        this.context = context;
        this.runner = runner;
        this.rerun = rerun;
    }

    /** Shows the register of a declared comparison; none for an ad-hoc pair. */
    public void show(Optional<Comparison> declared) {
        comparison.set(declared.filter(c -> runner.register().isPresent()).orElse(null));
        entries.clear();
        note.set("");
        if (comparison.get() == null) {
            return;
        }
        String id = comparison.get().id();
        context.runner().task("Reading the accepted differences of " + id, p -> register().entries(id))
                .onSuccess(list -> {
                    if (comparison.get() != null && comparison.get().id().equals(id)) {
                        LocalDate today = today();
                        entries.setAll(list.stream().map(a -> RegisterRow.of(a, today)).toList());
                        note.set(noteOf(entries));
                    }
                })
                .onError(e -> context.errors().report("Could not read the accepted differences of " + id, e))
                .start();
    }

    /** "register: 3 entries, 1 expired"; empty for an empty register. */
    static String noteOf(List<RegisterRow> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        long expired = rows.stream().filter(r -> !r.active()).count();
        return "register: " + Summary.number(rows.size())
                + (rows.size() == 1 ? " entry" : " entries")
                + (expired > 0 ? ", " + Summary.number(expired) + " expired" : "");
    }

    /** A form for accepting a difference of the comparison shown, pre-filled from {@code draft}. */
    public AcceptForm form(AcceptDraft draft) {
        return new AcceptForm(draft, context.actor(), today());
    }

    /**
     * Saves an acceptance in the background, then runs the comparison again.
     *
     * @return the problem that keeps the form from being saved; empty when saving started
     */
    public Optional<String> accept(AcceptForm form) {
        Optional<String> problem = form.problem();
        Comparison c = comparison.get();
        if (problem.isPresent() || c == null) {
            return problem.or(() -> Optional.of("Ad-hoc comparisons have no register."));
        }
        String match = form.matchProperty().get();
        Optional<String> field = Optional.ofNullable(form.fieldProperty().get()).filter(s -> !s.isBlank());
        String reason = form.reasonProperty().get();
        String owner = form.ownerProperty().get();
        Optional<LocalDate> expires = Optional.ofNullable(form.expiresProperty().get());
        context.runner().task("Accepting a difference of " + c.id(), p -> register().accept(c.id(), match, field,
                        reason, owner, expires, context.actor()))
                .onSuccess(a -> rerun.accept(c))
                .onError(e -> context.errors().report("Could not accept the difference", e))
                .start();
        return Optional.empty();
    }

    /** Revokes an entry in the background (its differences count again), then runs the comparison again. */
    public void revoke(RegisterRow row) {
        Comparison c = comparison.get();
        if (c == null) {
            return;
        }
        context.runner().task("Revoking " + row.id() + " of " + c.id(), p -> {
                    register().revoke(c.id(), row.id(), context.actor());
                    return row;
                })
                .onSuccess(r -> rerun.accept(c))
                .onError(e -> context.errors().report("Could not revoke " + row.id(), e))
                .start();
    }

    private AcceptanceRegister register() {
        return runner.register().orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.now(context.clock());
    }

    public ObservableList<RegisterRow> entries() {
        return entries;
    }

    /** The declared comparison whose register is shown; null for an ad-hoc pair (no register). */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** "register: 3 entries, 1 expired" for the summary header; empty when there are none. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
