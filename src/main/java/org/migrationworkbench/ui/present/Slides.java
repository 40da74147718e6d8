package org.migrationworkbench.ui.present;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migrationworkbench.core.report.ReportTimeline;
import org.migrationworkbench.core.report.dashboard.Tone;
import org.migrationworkbench.core.report.dashboard.TopRisks;
import org.migrationworkbench.core.timeline.TimelineData;
import org.migrationworkbench.core.timeline.TimelineRow;
import org.migrationworkbench.core.readiness.Readiness;
import org.migrationworkbench.core.report.MetricVerdict;
import org.migrationworkbench.core.report.StatusReport;
import org.migrationworkbench.core.report.StatusReport.PhaseRow;
import org.migrationworkbench.core.signoff.GateStatus.RoleCheck;
import org.migrationworkbench.core.timeline.PhaseStatus;
import org.migrationworkbench.ui.present.Slide.Line;

/** The presenter's slides, in order, built from one {@link StatusReport}. Pure; no FX. */
public final class Slides {
    /** How many phases the timeline slide draws, so that they stay readable from the back of a room. */
    static final int TIMELINE_ROWS = 16;

    /** How many risks the risk slide lists. */
    static final int RISKS_SHOWN = 10;

    private Slides() {
    }

    /** Status, timeline, metrics, readiness, comparisons, sign-offs and open risks of {@code report}. */
    public static List<Slide> of(StatusReport report) {
        return List.of(status(report), timeline(report), metrics(report), readiness(report), comparisons(report),
                signoffs(report), risks(report));
    }

    static Slide timeline(StatusReport report) {
        TimelineData data = ReportTimeline.of(report);
        long scheduled = data.rows().stream().filter(r -> r.dates().isPresent()).count();
        if (scheduled == 0) {
            return new Slide("Timeline", "", List.of(), "No phase has dates or weeks yet.");
        }
        long critical = data.rows().stream().filter(TimelineRow::critical).count();
        int slipped = data.slipped().size();
        String subtitle = scheduled + " scheduled phases · " + critical + " on the critical path"
                + data.span().map(s -> " · " + s.start() + " – " + s.end()).orElse("")
                + (data.baseline().isPresent() ? " · " + slipped + " slipped since the baseline" : "");
        if (data.rows().size() <= TIMELINE_ROWS) {
            return new Slide("Timeline", subtitle, List.of(), "", Optional.of(data));
        }
        int from = aroundToday(data);
        int to = Math.min(data.rows().size(), from + TIMELINE_ROWS);
        TimelineData shown = new TimelineData(data.rows().subList(from, to), data.span(), data.today(),
                data.gatesRead(), data.baseline());
        return new Slide("Timeline", subtitle + " · phases " + (from + 1) + "–" + to + " of " + data.rows().size()
                + ", around today", List.of(), "", Optional.of(shown));
    }

    /**
     * Where a window of {@link #TIMELINE_ROWS} rows starts so that it shows the phases of today: a few that ended
     * last, then those under way and next.
     */
    static int aroundToday(TimelineData data) {
        List<TimelineRow> rows = data.rows();
        int first = 0;
        while (first < rows.size() && rows.get(first).dates().map(d -> d.end().isBefore(data.today())).orElse(false)) {
            first++;
        }
        return Math.max(0, Math.min(first - 3, rows.size() - TIMELINE_ROWS));
    }

    static Slide status(StatusReport report) {
        List<Line> lines = report.phases().stream().map(p -> new Line(p.status().label(), p.phase().title(),
                p.gate().open() ? "gate met" : "gate not met", Tone.of(p.status()))).toList();
        long done = report.phases().stream().filter(p -> p.status() == PhaseStatus.DONE).count();
        return new Slide(report.workspace(), done + " of " + report.phases().size() + " phases done · as of "
                + report.today(), lines, "No phases are declared.");
    }

    static Slide metrics(StatusReport report) {
        List<Line> lines = report.metrics().stream().map(m -> new Line(m.verdict().mark(), m.metric().name(),
                m.metric().actual().orElse("—") + "  (target " + m.metric().target().text() + ")",
                Tone.of(m.verdict()))).toList();
        long met = report.metrics().stream().filter(m -> m.verdict() == MetricVerdict.MET).count();
        return new Slide("Success metrics", met + " of " + lines.size() + " met", lines, "No metrics are declared.");
    }

    /** The readiness scorecard: the level, then each phase's rules by category. */
    static Slide readiness(StatusReport report) {
        if (report.readiness().isEmpty()) {
            return new Slide("Readiness", "", List.of(), "No readiness rules were run yet.");
        }
        Readiness r = report.readiness().get().readiness();
        Readiness.Counts c = r.total();
        Tone level = Tone.of(r.level());
        String word = r.level().label();
        List<Line> lines = new ArrayList<>(List.of(new Line(mark(level), "Level", word, level)));
        r.grid().forEach((phase, categories) -> lines.add(scoreLine(report, phase, categories)));
        return new Slide("Readiness", "Level: " + word + " · " + c.total() + " rules: " + c.pass() + " passed, "
                + c.warn() + " warned, " + (c.fail() + c.error()) + " failed, " + c.waived() + " waived, "
                + c.skipped() + " skipped", lines, "");
    }

    /** "tests 2 ✓ 1 ✗ · docs 1 ✓" for one phase of the scorecard. */
    private static Line scoreLine(StatusReport report, String phase, Map<String, Readiness.Counts> categories) {
        List<String> cells = new ArrayList<>();
        Tone tone = Tone.GOOD;
        for (Map.Entry<String, Readiness.Counts> e : categories.entrySet()) {
            Readiness.Counts k = e.getValue();
            int failed = k.fail() + k.error();
            cells.add(e.getKey() + (k.pass() > 0 ? " " + k.pass() + " ✓" : "") + (k.warn() > 0 ? " " + k.warn()
                    + " !" : "") + (failed > 0 ? " " + failed + " ✗" : "") + (k.waived() > 0 ? " " + k.waived()
                    + " waived" : "") + (k.skipped() > 0 ? " " + k.skipped() + " skipped" : ""));
            tone = failed > 0 ? Tone.BAD : k.warn() > 0 && tone == Tone.GOOD ? Tone.WARNING : tone;
        }
        String title = report.phases().stream().filter(p -> p.phase().id().equals(phase)).findFirst()
                .map(p -> p.phase().title()).orElse(phase);
        return new Line(mark(tone), title, String.join(" · ", cells), tone);
    }

    static Slide comparisons(StatusReport report) {
        List<Line> lines = report.comparisons().stream().map(c -> new Line(c.identical() ? "✓" : "✗", c.title(),
                c.summary(), c.identical() ? Tone.GOOD : Tone.BAD)).toList();
        long same = report.comparisons().stream().filter(StatusReport.ComparisonRow::identical).count();
        return new Slide("Comparisons", same + " of " + lines.size() + " identical", lines,
                "No comparison was run yet.");
    }

    static Slide signoffs(StatusReport report) {
        List<Line> lines = new ArrayList<>();
        for (PhaseRow p : report.phases()) {
            for (RoleCheck role : p.gate().signoffs()) {
                String said = role.describe().substring(("role " + role.role() + ": ").length());
                lines.add(new Line(role.met() ? "✓" : "✗", p.phase().title() + " · " + role.role(), said,
                        role.met() ? Tone.GOOD : role.rejects().isEmpty() ? Tone.WARNING : Tone.BAD));
            }
        }
        long met = lines.stream().filter(l -> l.tone() == Tone.GOOD).count();
        return new Slide("Sign-offs", met + " of " + lines.size() + " gate roles approved", lines,
                "No gate asks for a sign-off.");
    }

    /** The dashboard's top risks and blocked items (the same list as the Overview's), the first ten. */
    static Slide risks(StatusReport report) {
        TopRisks risks = TopRisks.of(report, RISKS_SHOWN);
        List<Line> lines = risks.shown().stream().map(r -> new Line(
                r.kind().tone() == Tone.BAD ? "▲" : "△", r.title(), r.kind().label() + " · " + r.detail(),
                r.kind().tone())).toList();
        int total = lines.size() + risks.more();
        return new Slide("Open risks", total + (total == 1 ? " item" : " items")
                + (risks.more() > 0 ? " · the first " + lines.size() + " shown" : ""), lines,
                "No open risks: nothing is blocked or at risk, no blocker rule fails and no metric is missed.");
    }

    private static String mark(Tone tone) {
        return tone == Tone.GOOD ? "✓" : tone == Tone.BAD ? "✗" : "!";
    }
}
