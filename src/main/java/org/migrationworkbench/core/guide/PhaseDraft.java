package org.migrationworkbench.core.guide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.migrationworkbench.core.model.Risk;
import org.migrationworkbench.core.model.WeekRange;

/** A phase being collected from a heading and the lines under it, or from a timeline row. */
final class PhaseDraft {
    private final boolean fromHeading;
    private final Optional<Integer> number;
    private String title;
    private Optional<WeekRange> weeks;
    private final Set<Integer> dependsOn = new LinkedHashSet<>();
    private Optional<Risk> risk = Optional.empty();
    private Optional<String> deliverable;
    private final int line;

    private PhaseDraft(boolean fromHeading, Optional<Integer> number, String title, Optional<WeekRange> weeks,
                       Optional<String> deliverable, int line) {
        this.fromHeading = fromHeading;
        this.number = number;
        this.title = title;
        this.weeks = weeks;
        this.deliverable = deliverable;
        this.line = line;
    }

    static PhaseDraft fromHeading(int number, String title, Optional<WeekRange> weeks, int line) {
        return new PhaseDraft(true, Optional.of(number), title, weeks, Optional.empty(), line);
    }

    static PhaseDraft fromTimeline(Optional<Integer> number, String title, Optional<WeekRange> weeks,
                                   Optional<String> deliverable, int line) {
        return new PhaseDraft(false, number, title, weeks, deliverable, line);
    }

    void addDependencies(List<Integer> phases) {
        dependsOn.addAll(phases);
    }

    /** The first risk stated under a phase counts. */
    void offerRisk(Risk stated) {
        if (risk.isEmpty()) {
            risk = Optional.of(stated);
        }
    }

    /**
     * Phases with the same number are one phase: the first heading naming it (else the first timeline row) gives
     * its line and what it states; the others fill in what it leaves open (title, weeks, deliverable, risk), and
     * dependencies add up. Numbered phases come by number, the others after them
     * in document order.
     */
    static List<PhaseHint> merge(List<PhaseDraft> drafts) {
        Map<Integer, PhaseDraft> byNumber = new LinkedHashMap<>();
        List<PhaseDraft> unnumbered = new ArrayList<>();
        for (PhaseDraft draft : drafts) {
            if (draft.number.isEmpty()) {
                unnumbered.add(draft);
            } else {
                byNumber.merge(draft.number.get(), draft, PhaseDraft::fillFrom);
            }
        }
        List<PhaseHint> hints = new ArrayList<>();
        byNumber.values().stream().sorted(Comparator.comparing(d -> d.number.get()))
                .forEach(d -> hints.add(d.toHint()));
        unnumbered.stream().sorted(Comparator.comparingInt(d -> d.line)).forEach(d -> hints.add(d.toHint()));
        return hints;
    }

    private PhaseDraft fillFrom(PhaseDraft later) {
        PhaseDraft first = fromHeading == later.fromHeading ? (later.line < line ? later : this)
                : fromHeading ? this : later;
        PhaseDraft second = first == this ? later : this;
        if (first.title.isBlank()) {
            first.title = second.title;
        }
        first.weeks = first.weeks.or(() -> second.weeks);
        first.deliverable = first.deliverable.or(() -> second.deliverable);
        second.risk.ifPresent(first::offerRisk);
        first.dependsOn.addAll(second.dependsOn);
        return first;
    }

    private PhaseHint toHint() {
        return new PhaseHint(number, title, weeks, List.copyOf(dependsOn), risk, deliverable, line);
    }
}
