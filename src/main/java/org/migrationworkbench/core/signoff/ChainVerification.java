package org.migrationworkbench.core.signoff;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of recomputing the sign-off chain.
 *
 * @param records  how many records the ledger holds
 * @param head     the chain head the ledger ends with, when it has records
 * @param problems what was found, in ledger order; empty when the chain is intact
 */
public record ChainVerification(int records, Optional<ChainHead> head, List<ChainProblem> problems) {
    public ChainVerification {
        // in ledger order; problems found at one record keep the order they were found in
        problems = problems.stream().sorted(java.util.Comparator.comparingLong(ChainProblem::seq)).toList();
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}
