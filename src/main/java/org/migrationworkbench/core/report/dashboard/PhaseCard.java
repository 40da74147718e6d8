package org.migrationworkbench.core.report.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.readiness.Analysis;
import org.migrationworkbench.core.readiness.Readiness.Scored;
import org.migrationworkbench.core.readiness.RuleStatus;
import org.migrationworkbench.core.report.DayRanges;
import org.migrationworkbench.core.report.StatusReport;
import org.migrationworkbench.core.report.StatusReport.ComparisonRow;
import org.migrationworkbench.core.report.StatusReport.Standing;
import org.migrationworkbench.core.signoff.Decision;
import org.migrationworkbench.core.signoff.GateStatus.RoleCheck;
import org.migrationworkbench.core.timeline.PhaseStatus;

/**
 * One phase on the dashboard: its status, dates and risk, and where its gate stands — the gate rules' latest
 * results, the gate comparisons' verdicts, the required sign-offs — and what still holds the gate closed.
 *
 * @param gated   false when the phase declares no gate requirement at all
 * @param missing one line per unmet gate requirement; empty when the gate is open
 */
public record PhaseCard(String id, String title, PhaseStatus status, String dates, String risk, Fact rules,
                        Fact comparisons, Fact signoffs, boolean gated, List<String> missing) {
    public PhaseCard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        missing = List.copyOf(missing);
    }

    /** The card of {@code row}, judged with the rest of {@code report}. */
    public static PhaseCard of(StatusReport.PhaseRow row, StatusReport report) {
        Phase phase = row.phase();
        return new PhaseCard(phase.id(), phase.title(), row.status(),
                phase.schedule().map(DayRanges::of).orElse("unscheduled"), phase.risk().label(), rules(phase, report.readiness()), comparisons(phase, report.comparisons()),
                signoffs(row, report), !phase.gates().isEmpty(), row.gate().missing());
    }

    static Fact rules(Phase phase, Optional<Analysis> analysis) {
        List<String> ids = phase.gates().rules();
        if (ids.isEmpty()) {
            return Fact.of("no gate rules", Tone.NEUTRAL);
        }
        Map<String, Scored> latest = analysis.map(a -> a.readiness().results().stream().collect(Collectors.toMap(
                s -> s.result().rule().id(), Function.identity(), (a1, b) -> b))).orElse(Map.of());
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> failing = new ArrayList<>();
        boolean blocking = false;
        for (String id : ids) {
            Scored s = latest.get(id);
            String word = s == null ? "not run" : s.failing() ? "fail" : s.waiver().isPresent() ? "waived"
                    : s.result().status().id();
            counts.merge(word, 1, Integer::sum);
            if (s != null && s.failing()) {
                failing.add(id + " fails");
                blocking |= s.blocking();
            }
        }
        if (counts.getOrDefault("not run", 0) == ids.size()) {
            return Fact.of("not run", Tone.NEUTRAL);
        }
        String headline = order(counts).stream().map(w -> counts.get(w) + " " + w).collect(Collectors.joining(" · "));
        Tone tone = blocking ? Tone.BAD : counts.getOrDefault(RuleStatus.PASS.id(), 0) == ids.size() ? Tone.GOOD
                : Tone.WARNING;
        return new Fact(headline, tone, failing);
    }

    private static List<String> order(Map<String, Integer> counts) {
        return List.of("fail", "warn", "waived", "skipped", "not run", "pass").stream()
                .filter(counts::containsKey).toList();
    }

    static Fact comparisons(Phase phase, List<ComparisonRow> rows) {
        List<String> ids = phase.gates().comparisons();
        if (ids.isEmpty()) {
            return Fact.of("no gate comparisons", Tone.NEUTRAL);
        }
        Map<String, ComparisonRow> latest = rows.stream().collect(Collectors.toMap(ComparisonRow::id,
                Function.identity(), (a, b) -> b));
        List<String> verdicts = ids.stream().map(id -> verdict(latest.get(id))).toList();
        long identical = verdicts.stream().filter("identical"::equals).count();
        long notRun = verdicts.stream().filter("not run"::equals).count();
        Tone tone = identical == ids.size() ? Tone.GOOD : identical + notRun == ids.size() ? Tone.NEUTRAL : Tone.BAD;
        if (ids.size() == 1) {
            return Fact.of(verdicts.get(0), tone);
        }
        List<String> details = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            details.add(ids.get(i) + ": " + verdicts.get(i));
        }
        String headline = notRun == ids.size() ? "not run" : identical + " of " + ids.size() + " identical";
        return new Fact(headline, tone, details);
    }

    /** {@code identical}, the difference count ({@code 12 differences}) or {@code not run}. */
    static String verdict(ComparisonRow row) {
        if (row == null) {
            return "not run";
        }
        if (row.identical()) {
            return "identical";
        }
        int colon = row.summary().indexOf(':');
        return colon > 0 ? row.summary().substring(0, colon) : "differences";
    }

    /** The gate's required roles; approvals are "unverified" (and the tone bad) when the ledger does not verify. */
    static Fact signoffs(StatusReport.PhaseRow row, StatusReport report) {
        List<RoleCheck> roles = row.gate().signoffs();
        if (roles.isEmpty()) {
            return Fact.of("no sign-offs required", Tone.NEUTRAL);
        }
        long approved = roles.stream().filter(RoleCheck::met).count();
        List<String> stale = report.signoffs().stream().filter(s -> s.standing() == Standing.STALE)
                .filter(s -> s.record().gate().equals(row.phase().id()))
                .filter(s -> s.record().decision() == Decision.APPROVE)
                .map(s -> "stale: " + s.record().person() + " (" + s.record().role() + ")").toList();
        List<String> rejects = roles.stream().flatMap(r -> r.rejects().stream()
                .map(x -> "rejected: " + x.person() + " (" + r.role() + ")")).toList();
        boolean unverified = !report.chain().intact() && approved > 0;
        Tone tone = unverified ? Tone.BAD : approved == roles.size() ? Tone.GOOD : !rejects.isEmpty() ? Tone.BAD
                : !stale.isEmpty() ? Tone.WARNING : Tone.NEUTRAL;
        String headline = approved + " of " + roles.size() + (roles.size() == 1 ? " role" : " roles") + " approved"
                + (unverified ? " · unverified" : "") + (stale.isEmpty() ? "" : " · " + stale.size() + " stale");
        List<String> details = new ArrayList<>();
        if (unverified) {
            details.add("unverified: the sign-off ledger does not verify");
        }
        details.addAll(stale);
        details.addAll(rejects);
        return new Fact(headline, tone, details);
    }
}
