package org.migrationworkbench.ui.compare;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Accept…" dialog's fields, pre-filled from a draft, with the problem that keeps them from being saved.
 * UI thread only.
 */
public final class AcceptForm {
    private final AcceptDraft draft;
    private final LocalDate today;
    private final StringProperty match = new SimpleStringProperty();
    private final StringProperty field = new SimpleStringProperty();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty owner = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> expires = new SimpleObjectProperty<>();

    public AcceptForm(AcceptDraft draft, String owner, LocalDate today) {
        this.draft = draft;
        this.today = today;
        match.set(draft.match());
        field.set(draft.field());
        this.owner.set(owner);
    }

    /** What stops saving, as the dialog shows it; empty when the form can be saved. */
    public Optional<String> problem() {
        Optional<String> pattern = invalid(match.get(), "Match").or(() -> invalid(field.get(), "Field"));
        if (blank(match.get())) {
            return Optional.of("Enter a match pattern.");
        }
        if (pattern.isPresent()) {
            return pattern;
        }
        if (blank(reason.get())) {
            return Optional.of("Enter a reason: why is this difference acceptable?");
        }
        if (blank(owner.get())) {
            return Optional.of("Enter an owner.");
        }
        if (expires.get() != null && expires.get().isBefore(today)) {
            return Optional.of("The expiry date " + expires.get() + " is in the past.");
        }
        return Optional.empty();
    }

    private static Optional<String> invalid(String regex, String what) {
        if (blank(regex)) {
            return Optional.empty();
        }
        try {
            Pattern.compile(regex);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of(what + " is not a valid regular expression: " + e.getDescription() + ".");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public AcceptDraft draft() {
        return draft;
    }

    /** The first day an expiry may be. */
    public LocalDate today() {
        return today;
    }

    public StringProperty matchProperty() {
        return match;
    }

    public StringProperty fieldProperty() {
        return field;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    /** The last day the acceptance applies; null for no expiry. */
    public ObjectProperty<LocalDate> expiresProperty() {
        return expires;
    }
}
