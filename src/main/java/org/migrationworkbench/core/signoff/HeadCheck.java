package org.migrationworkbench.core.signoff;

import java.util.List;
import java.util.Optional;

import org.migrationworkbench.core.signoff.ChainProblem.Kind;

/** Compares the end of the ledger with the head file and with witnesses of heads seen before. */
final class HeadCheck {
    private HeadCheck() {
    }

    /**
     * Problems at the end of the ledger, found by comparing it with the head file. A ledger that ends at the pending
     * head is an append whose head was not written after its commit (a crash), not tampering.
     */
    static List<ChainProblem> head(List<SignoffRecord> records, Optional<HeadFile> file) {
        Optional<SignoffRecord> end = records.isEmpty() ? Optional.empty()
                : Optional.of(ChainVerifier.last(records));
        if (file.isEmpty()) {
            return end.isEmpty() ? List.of() : List.of(new ChainProblem(end.get().seq(), Kind.HEAD,
                    "the chain head file is missing, so deleted newest records cannot be ruled out"));
        }
        Optional<ChainHead> pending = file.get().pending();
        if (end.isPresent() && pending.isPresent() && pending.get().names(end.get())) {
            return List.of();
        }
        if (file.get().head().isEmpty()) {
            return end.isEmpty() ? List.of() : List.of(new ChainProblem(end.get().seq(), Kind.INSERTED,
                    "records up to " + end.get().seq() + " were not recorded by Migration Workbench (the head file "
                    + "names no committed record)"));
        }
        return compare(records, file.get().head().get());
    }

    private static List<ChainProblem> compare(List<SignoffRecord> records, ChainHead head) {
        int at = indexOf(records, head.chainHash());
        if (at < 0) {
            long lastSeq = records.isEmpty() ? 0 : ChainVerifier.last(records).seq();
            Kind kind = head.seq() > lastSeq ? Kind.TRUNCATED : Kind.EDITED;
            return List.of(new ChainProblem(head.seq(), kind, kind == Kind.TRUNCATED
                    ? "the newest records were deleted: the ledger ends at record " + lastSeq
                    + " but record " + head.seq() + " was written"
                    : "record " + head.seq() + " is not the one written last (its hash differs from the head file)"));
        }
        if (records.get(at).seq() != head.seq()) {
            return List.of(new ChainProblem(records.get(at).seq(), Kind.HEAD, "the head file names record "
                    + head.seq() + ", but the record with its hash is record " + records.get(at).seq()
                    + ": the head file was edited"));
        }
        if (at < records.size() - 1) {
            return List.of(new ChainProblem(records.get(at + 1).seq(), Kind.INSERTED, "records after "
                    + records.get(at).seq() + " were not recorded by Migration Workbench (the head file ends at "
                    + head.seq() + ")"));
        }
        return List.of();
    }

    /**
     * Problems found by a head seen before ({@code what} says whose): the ledger must still hold that record, with
     * the same hash at the same position.
     */
    static List<ChainProblem> witness(List<SignoffRecord> records, ChainHead seen, String what) {
        int at = indexOf(records, seen.chainHash());
        if (at >= 0 && records.get(at).seq() == seen.seq()) {
            return List.of();
        }
        long lastSeq = records.isEmpty() ? 0 : ChainVerifier.last(records).seq();
        String message = seen.seq() > lastSeq
                ? "the ledger ends at record " + lastSeq + ", but " + what + " saw record " + seen.seq()
                + ": newer records were deleted or the ledger was rolled back"
                : "record " + seen.seq() + " is not the one " + what + " saw (hash " + seen.shortHash()
                + "): the ledger was rewritten";
        return List.of(new ChainProblem(seen.seq(), Kind.WITNESS, message));
    }

    private static int indexOf(List<SignoffRecord> records, String hash) {
        for (int i = records.size() - 1; i >= 0; i--) {
            if (records.get(i).chainHash().equals(hash)) {
                return i;
            }
        }
        return -1;
    }
}
