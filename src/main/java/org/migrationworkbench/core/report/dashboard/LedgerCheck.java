package org.migrationworkbench.core.report.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.migrationworkbench.core.signoff.ChainProblem;
import org.migrationworkbench.core.signoff.ChainVerification;

/**
 * Whether the sign-off ledger verifies, in the words the Overview and the report use.
 *
 * @param intact   true when the chain recomputes to its head and nothing else is wrong
 * @param headline {@code Sign-off ledger: intact (3 records, head 0123456789ab)}, or
 *                 {@code Sign-off ledger does not verify} when it is broken
 * @param summary  when broken, how many problems and what that means for the approvals; empty when intact
 * @param problems what was found, in ledger order; empty when intact
 */
public record LedgerCheck(boolean intact, String headline, String summary, List<Problem> problems) {
    public static final String BROKEN = "Sign-off ledger does not verify";

    public LedgerCheck {
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(summary, "summary");
        problems = List.copyOf(problems);
    }

    /**
     * One problem of the chain.
     *
     * @param kind    the kind in lower case ({@code edited}, {@code deleted}, ...)
     * @param seq     the ledger position where it shows
     * @param message what was found, for a person
     */
    public record Problem(String kind, long seq, String message) {
        static Problem of(ChainProblem p) {
            return new Problem(p.kind().name().toLowerCase(Locale.ROOT), p.seq(), p.message());
        }

        /** The message, after "record N — " unless it names its record already (as most do). */
        public String text() {
            return message.startsWith("record " + seq + " ") ? message : "record " + seq + " — " + message;
        }
    }

    /** The check of {@code chain}; never fails, whatever the records hold (a malformed hash included). */
    public static LedgerCheck of(ChainVerification chain) {
        if (chain.intact()) {
            String records = chain.records() == 1 ? "1 record" : chain.records() + " records";
            return new LedgerCheck(true, "Sign-off ledger: intact (" + (chain.records() == 0 ? "no records yet"
                    : records + chain.head().map(h -> ", head " + h.shortHash()).orElse("")) + ")", "", List.of());
        }
        int n = chain.problems().size();
        String summary = (n == 1 ? "1 problem was" : n + " problems were") + " found in the sign-off ledger: it was "
                + "changed outside Migration Workbench, so none of its approvals can be trusted. They are shown as "
                + "unverified. Run 'verify' for the details, and restore the ledger from a backup before relying "
                + "on it.";
        return new LedgerCheck(false, BROKEN, summary, chain.problems().stream().map(Problem::of).toList());
    }

    /** "2 problems", for a short mention. */
    public String problemCount() {
        return problems.size() == 1 ? "1 problem" : problems.size() + " problems";
    }
}
