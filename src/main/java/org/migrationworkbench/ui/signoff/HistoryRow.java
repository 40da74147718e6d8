package org.migrationworkbench.ui.signoff;

import java.util.List;
import java.util.Optional;
import org.migrationworkbench.core.signoff.SignoffRecord;
import org.migrationworkbench.core.signoff.SignoffStatus;

/**
 * One record of a gate's history, and where it stands today.
 *
 * @param record   the ledger record
 * @param standing {@code in force}, {@code stale} (in force, evidence changed since) or {@code revised} (a later
 *                 decision of the same person for the same role replaced it)
 */
public record HistoryRow(SignoffRecord record, String standing) {
    /** The records of one gate, newest first, each with its standing among {@code inForce}. */
    static List<HistoryRow> of(List<SignoffRecord> gateRecords, List<SignoffStatus> inForce) {
        return gateRecords.stream().sorted((a, b) -> Long.compare(b.seq(), a.seq()))
                .map(r -> new HistoryRow(r, standing(r, inForce))).toList();
    }

    private static String standing(SignoffRecord r, List<SignoffStatus> inForce) {
        Optional<SignoffStatus> status = inForce.stream().filter(s -> s.record().seq() == r.seq()).findFirst();
        return status.map(s -> s.stale() ? "stale" : "in force").orElse("revised");
    }

    public String when() {
        return MatrixCell.when(record.signoff().signedAt());
    }

    public String person() {
        String email = record.signoff().email();
        return email.isEmpty() ? record.person() : record.person() + " <" + email + ">";
    }

    public String decision() {
        return record.decision() == org.migrationworkbench.core.signoff.Decision.APPROVE ? "Approved" : "Rejected";
    }
}
