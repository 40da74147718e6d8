package org.migrationworkbench.core.signoff;

import java.util.ArrayList;
import java.util.List;

import org.migrationworkbench.core.model.SignoffPolicy;
import org.migrationworkbench.core.signoff.ChainProblem.Kind;

/** Checks each record's signature, and against the workspace's allowed signers of its role. */
final class Seals {
    private Seals() {
    }

    static List<ChainProblem> check(List<SignoffRecord> records, SignoffPolicy policy) {
        List<ChainProblem> problems = new ArrayList<>();
        for (SignoffRecord r : records) {
            List<String> allowed = policy.signersOf(r.role());
            String which = "record " + r.seq() + " (" + r.role() + " on " + r.gate() + " by " + r.person() + ")";
            if (r.seal().isEmpty()) {
                if (!allowed.isEmpty()) {
                    problems.add(new ChainProblem(r.seq(), Kind.SIGNATURE, which + " is not signed, but the "
                            + "workspace lists the keys allowed to sign for " + r.role()));
                }
                continue;
            }
            Seal seal = r.seal().get();
            if (!seal.verifies(r.seq(), r.chainHash())) {
                problems.add(new ChainProblem(r.seq(), Kind.SIGNATURE, which + " has a signature that does not "
                        + "match it: the record, its position or its signature was forged"));
            } else if (!allowed.isEmpty() && !allowed.contains(seal.publicKey())) {
                problems.add(new ChainProblem(r.seq(), Kind.SIGNATURE, which + " is signed with key "
                        + abbreviate(seal.publicKey()) + ", which signoff.signers does not allow for " + r.role()));
            }
        }
        return problems;
    }

    static String abbreviate(String key) {
        return key.length() <= 20 ? key : key.substring(0, 20) + "…";
    }
}
