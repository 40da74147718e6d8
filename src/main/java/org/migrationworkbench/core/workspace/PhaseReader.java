package org.migrationworkbench.core.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.migrationworkbench.core.model.DateRange;
import org.migrationworkbench.core.model.Gates;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.model.Risk;
import org.migrationworkbench.core.model.WeekRange;
import org.migrationworkbench.core.workspace.yaml.GatesDoc;
import org.migrationworkbench.core.workspace.yaml.PhaseDoc;

/** Reads the phases: ids, schedule from dates or weeks, risk and gates (references are checked later). */
final class PhaseReader {
    private final LoadContext ctx;
    private final Optional<LocalDate> planStart;

    PhaseReader(LoadContext ctx, Optional<LocalDate> planStart) {
        this.ctx = ctx;
        this.planStart = planStart;
    }

    /** A phase with the pointer it came from, for locating later cross-reference errors. */
    record Read(Phase phase, String pointer) {
    }

    List<Read> read(List<JsonNode> nodes) {
        List<Read> out = new ArrayList<>();
        Set<String> ids = LoadContext.newIds();
        for (LoadContext.Element e : LoadContext.elements(nodes, "/phases")) {
            ctx.binder.bind(e.node(), PhaseDoc.class, e.pointer())
                    .filter(doc -> ctx.checkId(doc.id, e.pointer(), ids, "phase"))
                    .map(doc -> toPhase(doc, e.pointer()))
                    .ifPresent(phase -> out.add(new Read(phase, e.pointer())));
        }
        if (nodes == null || nodes.isEmpty()) {
            ctx.problems.error("/phases", "a workspace needs at least one phase under 'phases'");
        }
        return out;
    }

    private Phase toPhase(PhaseDoc doc, String pointer) {
        String title = doc.title;
        if (!ctx.require(title, pointer, "title")) {
            title = doc.id;
        }
        Optional<WeekRange> weeks = weeks(doc.weeks, SourceMap.child(pointer, "weeks"));
        Optional<DateRange> schedule = schedule(doc, weeks, pointer);
        return new Phase(doc.id, title, schedule, weeks, LoadContext.orEmpty(doc.dependsOn),
                risk(doc.risk, SourceMap.child(pointer, "risk")), LoadContext.text(doc.owner),
                LoadContext.text(doc.description), gates(doc.gates));
    }

    private Optional<DateRange> schedule(PhaseDoc doc, Optional<WeekRange> weeks, String pointer) {
        String startAt = SourceMap.child(pointer, "start");
        String endAt = SourceMap.child(pointer, "end");
        Optional<LocalDate> start = ctx.date(doc.start, startAt);
        Optional<LocalDate> end = ctx.date(doc.end, endAt);
        if (doc.weeks != null && (doc.start != null || doc.end != null)) {
            ctx.problems.error(SourceMap.child(pointer, "weeks"), "give either 'weeks' or 'start'/'end', not both");
            return Optional.empty();
        }
        if (weeks.isPresent()) {
            if (planStart.isEmpty()) {
                ctx.problems.error(SourceMap.child(pointer, "weeks"),
                        "'weeks' needs the workspace 'start' date (day 1 of week 1) at the top level");
                return Optional.empty();
            }
            return Optional.of(DateRange.ofWeeks(planStart.get(), weeks.get().from(), weeks.get().to()));
        }
        if (doc.start != null && doc.end == null || doc.start == null && doc.end != null) {
            ctx.problems.error(doc.start == null ? endAt : startAt, "give both 'start' and 'end' dates (or 'weeks')");
            return Optional.empty();
        }
        if (start.isPresent() && end.isPresent()) {
            if (end.get().isBefore(start.get())) {
                ctx.problems.error(endAt, "end " + end.get() + " is before start " + start.get());
                return Optional.empty();
            }
            return Optional.of(new DateRange(start.get(), end.get()));
        }
        return Optional.empty();
    }

    private Optional<WeekRange> weeks(JsonNode node, String pointer) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        List<JsonNode> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(values::add);
        } else {
            values.add(node);
        }
        boolean numbers = values.stream().allMatch(JsonNode::canConvertToInt) && values.stream()
                .allMatch(JsonNode::isIntegralNumber);
        if (values.isEmpty() || values.size() > 2 || !numbers) {
            ctx.problems.error(pointer, "expected a week number or [from, to], e.g. weeks: [3, 4]");
            return Optional.empty();
        }
        int from = values.get(0).intValue();
        int to = values.get(values.size() - 1).intValue();
        if (from < 1 || to < from) {
            ctx.problems.error(pointer, "weeks must satisfy 1 <= from <= to, got [" + from + ", " + to + "]");
            return Optional.empty();
        }
        return Optional.of(new WeekRange(from, to));
    }

    private Risk risk(String text, String pointer) {
        if (text == null) {
            return Risk.MEDIUM;
        }
        try {
            return Risk.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            ctx.problems.error(pointer, "unknown risk '" + text + "' (expected low, medium, high or critical)");
            return Risk.MEDIUM;
        }
    }

    private static Gates gates(GatesDoc doc) {
        if (doc == null) {
            return Gates.NONE;
        }
        return new Gates(LoadContext.orEmpty(doc.checklists), LoadContext.orEmpty(doc.rules),
                LoadContext.orEmpty(doc.comparisons), LoadContext.orEmpty(doc.signoffs));
    }
}
