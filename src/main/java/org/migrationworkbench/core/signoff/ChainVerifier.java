package org.migrationworkbench.core.signoff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.SignoffPolicy;
import org.migrationworkbench.core.signoff.ChainProblem.Kind;

/**
 * Recomputes the sign-off chain from the first record and compares its end with the head file and the witnesses:
 * finds edited, malformed, deleted, reordered and inserted records, a ledger whose newest records were removed, and
 * records whose signature is missing, invalid or not allowed for their role. Never throws on what it reads: every
 * oddity is a {@link ChainProblem}.
 */
public final class ChainVerifier {
    private static final String HEX64 = "[0-9a-f]{64}";

    /** Verifies the records and head of {@code ledger}, with no allowed signers and only the user's witness. */
    public ChainVerification verify(SignoffLedger ledger) {
        return verify(ledger, SignoffPolicy.NONE, Optional.empty());
    }

    /**
     * Verifies {@code ledger} under {@code policy} (its allowed signers), against the user's witness and, when given,
     * a head kept elsewhere ({@code verify --witness}).
     */
    public ChainVerification verify(SignoffLedger ledger, SignoffPolicy policy, Optional<ChainHead> external) {
        List<LedgerRows.Row> rows = ledger.rows();
        List<SignoffRecord> records = LedgerRows.records(rows);
        List<ChainProblem> problems = new ArrayList<>(malformed(rows));
        problems.addAll(links(records));
        problems.addAll(Seals.check(records, policy));
        Optional<ChainHead> end = records.isEmpty() ? Optional.empty() : Optional.of(head(last(records)));
        try {
            problems.addAll(HeadCheck.head(records, ledger.headState()));
        } catch (WorkbenchException e) {
            problems.add(new ChainProblem(end.map(ChainHead::seq).orElse(0L), Kind.HEAD, e.getMessage()));
        }
        try {
            ledger.witness().read().ifPresent(w -> problems.addAll(HeadCheck.witness(records, w,
                    "this user's witness " + ledger.witness().file())));
        } catch (WorkbenchException e) {
            problems.add(new ChainProblem(end.map(ChainHead::seq).orElse(0L), Kind.WITNESS, e.getMessage()));
        }
        external.ifPresent(w -> problems.addAll(HeadCheck.witness(records, w, "the witness given")));
        return new ChainVerification(rows.size(), end, problems);
    }

    /** Rows that cannot be read as records at all, and records whose hashes are not hashes. */
    private static List<ChainProblem> malformed(List<LedgerRows.Row> rows) {
        List<ChainProblem> problems = new ArrayList<>();
        for (LedgerRows.Row row : rows) {
            if (row.record().isEmpty()) {
                problems.add(new ChainProblem(row.seq(), Kind.EDITED, "record " + row.seq() + " is malformed ("
                        + row.malformed() + "): it was changed outside Migration Workbench"));
                continue;
            }
            SignoffRecord r = row.record().get();
            if (!r.chainHash().matches(HEX64) || !(r.previousHash().isEmpty() || r.previousHash().matches(HEX64))) {
                problems.add(new ChainProblem(r.seq(), Kind.EDITED, "record " + r.seq() + " has a malformed chain "
                        + "hash (not 64 hex digits): it was changed outside Migration Workbench"));
            }
        }
        return problems;
    }

    /** Problems with the records themselves and with how each is chained to the one before. */
    static List<ChainProblem> links(List<SignoffRecord> records) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            position.putIfAbsent(records.get(i).chainHash(), i);
        }
        List<ChainProblem> problems = new ArrayList<>();
        Set<Integer> reordered = new HashSet<>();
        String expected = "";
        for (int i = 0; i < records.size(); i++) {
            SignoffRecord r = records.get(i);
            if (!r.previousHash().equals(expected)) {
                problems.add(link(records, i, position.get(r.previousHash()), reordered));
            }
            if (!ChainHash.next(r.previousHash(), r.signoff()).equals(r.chainHash())) {
                problems.add(new ChainProblem(r.seq(), Kind.EDITED, "record " + r.seq() + " (" + r.role() + " on "
                        + r.gate() + ") was changed after it was recorded: its content does not match its hash"));
            }
            expected = r.chainHash();
        }
        return problems;
    }

    private static ChainProblem link(List<SignoffRecord> records, int i, Integer target, Set<Integer> reordered) {
        long seq = records.get(i).seq();
        if (target == null && !records.get(i).previousHash().isEmpty()) {
            return new ChainProblem(seq, Kind.DELETED, "record " + seq + " is chained to a record that is no "
                    + "longer in the ledger: the record before it was deleted (or changed and its hash recomputed)");
        }
        int before = target == null ? -1 : target;
        if (before > i) {
            reordered.add(i);
            return new ChainProblem(seq, Kind.REORDERED, "record " + seq + " was chained after record "
                    + records.get(before).seq() + ", which now comes after it: records were reordered");
        }
        for (int k = before + 1; k < i; k++) {
            if (reordered.contains(k)) {
                reordered.add(i);
                return new ChainProblem(seq, Kind.REORDERED, "record " + seq + " comes after records it was "
                        + "chained before: records were reordered");
            }
        }
        String what = before < 0 ? "the start of the ledger" : "record " + records.get(before).seq();
        return new ChainProblem(records.get(i - 1).seq(), Kind.INSERTED, "record " + seq + " was chained to "
                + what + ": the records between (up to " + records.get(i - 1).seq() + ") were inserted");
    }

    static ChainHead head(SignoffRecord record) {
        return new ChainHead(record.seq(), record.chainHash());
    }

    static SignoffRecord last(List<SignoffRecord> records) {
        return records.get(records.size() - 1);
    }
}
