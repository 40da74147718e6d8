package org.migrationworkbench.ui.signoff;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.migrationworkbench.core.signoff.Decision;
import org.migrationworkbench.core.signoff.EvidenceChange;
import org.migrationworkbench.core.signoff.SignoffStatus;

/**
 * One role at one gate: its state and the sign-offs in force behind it (the newest decision of each person).
 *
 * @param gate      the gate (phase id)
 * @param gateTitle the phase title
 * @param role      the role
 * @param state     what the cell shows
 * @param needed    how many different people must approve (N of N-of-M); 0 when the role is not required
 * @param approved  how many approvals count today (not stale)
 * @param inForce   the sign-offs in force for this role at this gate, oldest first
 */
public record MatrixCell(String gate, String gateTitle, String role, CellState state, int needed, int approved,
                         List<SignoffStatus> inForce) {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    public MatrixCell {
        inForce = List.copyOf(inForce);
    }

    /** The state in words, with "N of M" when a role needs several approvals: "Missing · 1 of 2". */
    public String headline() {
        if (needed > 1 && state != CellState.NOT_REQUIRED) {
            return state.word() + " · " + approved + " of " + needed;
        }
        return state.word();
    }

    /** Who signed and when, for the cell's second line: "Ada Lovelace · 21 Nov 10:02"; empty when nobody. */
    public String who() {
        List<SignoffStatus> shown = shown();
        if (shown.isEmpty()) {
            return "";
        }
        String people = shown.stream().map(s -> s.record().person()).collect(Collectors.joining(", "));
        return people + " · " + when(shown.get(shown.size() - 1).record().signoff().signedAt());
    }

    /** The sign-offs the state is about: rejections when rejected, stale approvals when stale, else approvals. */
    public List<SignoffStatus> shown() {
        return inForce.stream().filter(s -> switch (state) {
            case REJECTED -> s.record().decision() == Decision.REJECT;
            case STALE -> s.record().decision() == Decision.APPROVE && s.stale();
            case APPROVED, UNVERIFIED, MISSING -> s.record().decision() == Decision.APPROVE && !s.stale();
            case NOT_REQUIRED -> false;
        }).toList();
    }

    /** True when a sign-off in force is stale, so "changed since approval" has something to show. */
    public boolean hasStale() {
        return inForce.stream().anyMatch(SignoffStatus::stale);
    }

    /** What changed since each stale sign-off in force was signed, without repeats. */
    public List<EvidenceChange> changes() {
        List<EvidenceChange> out = new ArrayList<>();
        inForce.stream().filter(SignoffStatus::stale).flatMap(s -> s.changes().stream())
                .filter(c -> !out.contains(c)).forEach(out::add);
        return out;
    }

    public boolean required() {
        return state != CellState.NOT_REQUIRED;
    }

    static String when(Instant at) {
        return TIME.format(at.atZone(ZoneId.systemDefault()));
    }
}
