package org.migrationworkbench.core.readiness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.migrationworkbench.core.model.Severity;

/**
 * The verdict over a run: each result with its waiver (if an active one covers a failure), counts per phase and
 * category, and the overall level. A blocker or major rule that fails or errors (unwaived) means NOT_READY; a
 * minor one, a warning, a skipped rule or a waived failure means AT_RISK; otherwise READY.
 */
public record Readiness(Level level, List<Scored> results, Map<String, Map<String, Counts>> grid, Counts total) {
    /** How ready the migration is. */
    public enum Level {
        READY, AT_RISK, NOT_READY;

        /** The level in words: {@code ready}, {@code at risk}, {@code not ready}. */
        public String label() {
            return name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A result and the waiver that covers it, if any. */
    public record Scored(RuleResult result, Optional<Waiver> waiver) {
        /** Failed or errored and not waived. */
        public boolean failing() {
            RuleStatus s = result.status();
            return (s == RuleStatus.FAIL || s == RuleStatus.ERROR) && waiver.isEmpty();
        }

        /** A failing blocker or major rule: it stops readiness. */
        public boolean blocking() {
            return failing() && result.rule().severity() != Severity.MINOR;
        }
    }

    /** Results by status. */
    public record Counts(int pass, int warn, int fail, int error, int skipped, int waived) {
        static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

        Counts plus(Scored s) {
            if (s.waiver().isPresent()) {
                return new Counts(pass, warn, fail, error, skipped, waived + 1);
            }
            return switch (s.result().status()) {
                case PASS -> new Counts(pass + 1, warn, fail, error, skipped, waived);
                case WARN -> new Counts(pass, warn + 1, fail, error, skipped, waived);
                case FAIL -> new Counts(pass, warn, fail + 1, error, skipped, waived);
                case ERROR -> new Counts(pass, warn, fail, error + 1, skipped, waived);
                case SKIPPED -> new Counts(pass, warn, fail, error, skipped + 1, waived);
            };
        }

        public int total() {
            return pass + warn + fail + error + skipped + waived;
        }
    }

    public static Readiness of(ReadinessRun run, List<Waiver> waivers, LocalDate today) {
        List<Scored> scored = new ArrayList<>();
        for (RuleResult result : run.results()) {
            boolean failed = result.status() == RuleStatus.FAIL || result.status() == RuleStatus.ERROR;
            Optional<Waiver> waiver = failed ? waivers.stream()
                    .filter(w -> w.ruleId().equals(result.rule().id()) && w.activeOn(today))
                    .reduce((a, b) -> b) : Optional.empty();
            scored.add(new Scored(result, waiver));
        }
        Map<String, Map<String, Counts>> grid = new TreeMap<>();
        Counts total = Counts.ZERO;
        for (Scored s : scored) {
            String phase = s.result().rule().phase().orElse("(no phase)");
            String category = s.result().rule().category().orElse("(none)");
            grid.computeIfAbsent(phase, k -> new TreeMap<>()).merge(category, Counts.ZERO.plus(s),
                    (a, b) -> a.plus(s));
            total = total.plus(s);
        }
        return new Readiness(level(scored), scored, grid, total);
    }

    private static Level level(List<Scored> scored) {
        if (scored.stream().anyMatch(Scored::blocking)) {
            return Level.NOT_READY;
        }
        boolean doubts = scored.stream().anyMatch(s -> s.failing() || s.waiver().isPresent()
                || s.result().status() == RuleStatus.WARN || s.result().status() == RuleStatus.SKIPPED);
        return doubts ? Level.AT_RISK : Level.READY;
    }
}
