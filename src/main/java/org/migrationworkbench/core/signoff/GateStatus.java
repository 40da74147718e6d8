package org.migrationworkbench.core.signoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether a phase gate is open, requirement by requirement: its checklists, rules, comparisons and the sign-offs of
 * its required roles. Made by {@link GateCheck}.
 *
 * @param phase       the phase id (the gate)
 * @param checklists  one per gate checklist, in declaration order
 * @param rules       one per gate rule
 * @param comparisons one per gate comparison
 * @param signoffs    one per required role
 */
public record GateStatus(String phase, List<ChecklistCheck> checklists, List<RuleCheck> rules,
                         List<ComparisonCheck> comparisons, List<RoleCheck> signoffs, boolean ledgerIntact) {
    public GateStatus {
        Objects.requireNonNull(phase, "phase");
        checklists = List.copyOf(checklists);
        rules = List.copyOf(rules);
        comparisons = List.copyOf(comparisons);
        signoffs = List.copyOf(signoffs);
    }

    /** A gate checked against a ledger that verifies. */
    public GateStatus(String phase, List<ChecklistCheck> checklists, List<RuleCheck> rules,
                      List<ComparisonCheck> comparisons, List<RoleCheck> signoffs) {
        this(phase, checklists, rules, comparisons, signoffs, true);
    }

    /** One requirement as a person reads it. */
    public interface Requirement {
        /** True when this requirement does not hold the gate closed. */
        boolean met();

        /** One line: what it is and, when not met, what is missing ({@code checklist cutover: 3 items open}). */
        String describe();
    }

    /** True when every requirement is met. */
    public boolean open() {
        return requirements().allMatch(Requirement::met);
    }

    /**
     * Every requirement in order: checklists, rules, comparisons, sign-offs, and, for a gate that needs sign-offs
     * while the ledger does not verify, the ledger itself (its approvals cannot be trusted, so the gate stays shut).
     */
    public Stream<Requirement> requirements() {
        Stream<Requirement> all = Stream.of(checklists, rules, comparisons, signoffs).flatMap(List::stream);
        return ledgerIntact || signoffs.isEmpty() ? all : Stream.concat(all, Stream.of(LEDGER_BROKEN));
    }

    /** The ledger does not verify: never met. */
    private static final Requirement LEDGER_BROKEN = new Requirement() {
        @Override
        public boolean met() {
            return false;
        }

        @Override
        public String describe() {
            return "sign-off ledger does not verify: its approvals cannot count until it is restored (run verify)";
        }
    };

    /** What holds the gate closed, one line per unmet requirement; empty when the gate is open. */
    public List<String> missing() {
        return requirements().filter(r -> !r.met()).map(Requirement::describe).toList();
    }

    /**
     * A gate checklist: met when every item is done or n/a.
     *
     * @param items     how many items it has
     * @param openItems the ids of the items neither done nor n/a (open or blocked), in document order
     */
    public record ChecklistCheck(String id, int items, List<String> openItems) implements Requirement {
        public ChecklistCheck {
            Objects.requireNonNull(id, "id");
            openItems = List.copyOf(openItems);
        }

        @Override
        public boolean met() {
            return openItems.isEmpty();
        }

        @Override
        public String describe() {
            if (met()) {
                return "checklist " + id + ": all " + items + " items done or n/a";
            }
            return "checklist " + id + ": " + openItems.size() + (openItems.size() == 1 ? " item" : " items")
                    + " open";
        }
    }

    /**
     * A gate rule: met when its latest stored result passes, or fails under a waiver that has not expired.
     *
     * @param status the latest result's status word; empty when the rule was never run
     * @param waived true when an active waiver covers the result
     */
    public record RuleCheck(String id, Optional<String> status, boolean waived) implements Requirement {
        public RuleCheck {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(status, "status");
        }

        @Override
        public boolean met() {
            return status.map(s -> s.equals("pass") || waived).orElse(false);
        }

        @Override
        public String describe() {
            return "rule " + id + ": " + status.map(s -> waived ? s + " (waived)" : s).orElse("not run");
        }
    }

    /**
     * A gate comparison: met when its latest stored run found the outputs identical (after ignore rules,
     * tolerances and accepted differences).
     *
     * @param identical the latest run's verdict; empty when it was never run
     */
    public record ComparisonCheck(String id, Optional<Boolean> identical) implements Requirement {
        public ComparisonCheck {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(identical, "identical");
        }

        @Override
        public boolean met() {
            return identical.orElse(false);
        }

        @Override
        public String describe() {
            return "comparison " + id + ": " + identical.map(i -> i ? "identical" : "differences").orElse("not run");
        }
    }

    /**
     * A required role: met when at least {@code needed} different people's approvals are in force, not stale and
     * not superseded by a later reject of the same role.
     *
     * @param needed     how many approvals the policy requires (N of M)
     * @param approvals  the approvals that count
     * @param stale      approvals in force whose evidence changed since they were given
     * @param superseded approvals in force followed by a reject of the same role
     * @param rejects    rejects in force (each person's newest decision)
     */
    public record RoleCheck(String role, int needed, List<SignoffRecord> approvals, List<SignoffStatus> stale,
                            List<SignoffRecord> superseded, List<SignoffRecord> rejects) implements Requirement {
        private static final int CHANGES_SHOWN = 5;

        public RoleCheck {
            Objects.requireNonNull(role, "role");
            approvals = List.copyOf(approvals);
            stale = List.copyOf(stale);
            superseded = List.copyOf(superseded);
            rejects = List.copyOf(rejects);
        }

        @Override
        public boolean met() {
            return approvals.size() >= needed;
        }

        @Override
        public String describe() {
            List<String> parts = new ArrayList<>();
            if (met() || needed > 1) {
                parts.add(approvals.size() + " of " + needed + (needed == 1 ? " approval" : " approvals")
                        + names(approvals));
            }
            if (!met()) {
                stale.forEach(s -> parts.add("approval by " + s.record().person() + " stale (changed since "
                        + "approval: " + changes(s) + ")"));
                superseded.forEach(r -> parts.add("approval by " + r.person() + " superseded by a reject"));
                rejects.forEach(r -> parts.add("rejected by " + r.person() + " (record " + r.seq() + ": "
                        + r.signoff().comment() + ")"));
                if (parts.isEmpty()) {
                    parts.add("no approval");
                }
            }
            return "role " + role + ": " + String.join("; ", parts);
        }

        private static String names(List<SignoffRecord> records) {
            return records.isEmpty() ? "" : " (" + String.join(", ", records.stream().map(SignoffRecord::person)
                    .toList()) + ")";
        }

        private static String changes(SignoffStatus s) {
            if (s.changes().isEmpty()) {
                return "the gate's evidence";
            }
            List<String> shown = s.changes().stream().limit(CHANGES_SHOWN).map(c -> c.kind() + " " + c.id())
                    .toList();
            int more = s.changes().size() - shown.size();
            return String.join(", ", shown) + (more > 0 ? " and " + more + " more" : "");
        }
    }
}
