package org.migrationworkbench.core.signoff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.signoff.ChainProblem.Kind;

/**
 * Recomputes the sign-off chain from the first record and compares its end with the head file: finds edited,
 * deleted, reordered and inserted records and a ledger whose newest records were removed.
 */
public final class ChainVerifier {
    /** Verifies the records and head of {@code ledger}. */
    public ChainVerification verify(SignoffLedger ledger) {
        List<SignoffRecord> records = ledger.records();
        List<ChainProblem> problems = new ArrayList<>(links(records));
        try {
            problems.addAll(head(records, ledger.writtenHead()));
        } catch (WorkbenchException e) {
            problems.add(new ChainProblem(records.isEmpty() ? 0 : last(records).seq(), Kind.HEAD, e.getMessage()));
        }
        Optional<ChainHead> end = records.isEmpty() ? Optional.empty()
                : Optional.of(new ChainHead(last(records).seq(), last(records).chainHash()));
        return new ChainVerification(records.size(), end, problems);
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

    /** Problems at the end of the ledger, found by comparing it with the head file. */
    static List<ChainProblem> head(List<SignoffRecord> records, Optional<ChainHead> written) {
        if (written.isEmpty()) {
            return records.isEmpty() ? List.of() : List.of(new ChainProblem(last(records).seq(), Kind.HEAD,
                    "the chain head file is missing, so deleted newest records cannot be ruled out"));
        }
        ChainHead head = written.get();
        int at = -1;
        for (int i = records.size() - 1; i >= 0 && at < 0; i--) {
            at = records.get(i).chainHash().equals(head.chainHash()) ? i : -1;
        }
        if (at < 0) {
            long lastSeq = records.isEmpty() ? 0 : last(records).seq();
            Kind kind = head.seq() > lastSeq ? Kind.TRUNCATED : Kind.EDITED;
            return List.of(new ChainProblem(head.seq(), kind, kind == Kind.TRUNCATED
                    ? "the newest records were deleted: the ledger ends at record " + lastSeq
                    + " but record " + head.seq() + " was written"
                    : "record " + head.seq() + " is not the one written last (its hash differs from the head file)"));
        }
        if (at < records.size() - 1) {
            return List.of(new ChainProblem(records.get(at + 1).seq(), Kind.INSERTED, "records after "
                    + records.get(at).seq() + " were not recorded by Migration Workbench (the head file ends at "
                    + head.seq() + ")"));
        }
        return List.of();
    }

    private static SignoffRecord last(List<SignoffRecord> records) {
        return records.get(records.size() - 1);
    }
}
