package org.migrationworkbench.ui.compare;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.migrationworkbench.core.compare.AcceptedDifference;

/** One entry of a comparison's accepted-differences register, as the list shows it. */
public record RegisterRow(AcceptedDifference entry, boolean active) {
    static RegisterRow of(AcceptedDifference entry, LocalDate today) {
        return new RegisterRow(entry, entry.activeOn(today));
    }

    public String id() {
        return entry.id();
    }

    public String match() {
        return entry.match().pattern();
    }

    public String field() {
        return entry.field().map(Pattern::pattern).orElse("");
    }

    public String owner() {
        return entry.owner();
    }

    /** The expiry date, or "no expiry". */
    public String until() {
        return entry.expires().map(LocalDate::toString).orElse("no expiry");
    }

    public String reason() {
        return entry.reason();
    }

    /** "active" or "expired" (its differences count again). */
    public String state() {
        return active ? "active" : "expired";
    }
}
