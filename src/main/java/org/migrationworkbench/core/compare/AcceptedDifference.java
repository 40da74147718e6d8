package org.migrationworkbench.core.compare;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An entry of the accepted-differences register: differences that are known and agreed, shown apart from new
 * ones. {@code match} is a regular expression over the record key (records) or over every changed line (text: a
 * hunk is accepted when all its lines match); {@code field}, when present, narrows a record acceptance to the
 * field paths/columns it matches (a changed record is accepted when all its differing fields are). From the day
 * after {@code expires}, the entry no longer applies and its differences count again.
 */
public record AcceptedDifference(String id, Pattern match, Optional<Pattern> field, String reason, String owner,
                                 Optional<LocalDate> expires) {
    public AcceptedDifference {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(expires, "expires");
    }

    public boolean activeOn(LocalDate day) {
        return expires.map(e -> !day.isAfter(e)).orElse(true);
    }
}
