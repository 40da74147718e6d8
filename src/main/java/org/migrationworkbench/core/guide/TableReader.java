package org.migrationworkbench.core.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;

/**
 * Reads the two kinds of tables a guide declares facts in, by their header: metrics (Metric | Target, maybe
 * Actual and Status) become {@link MetricRow}s, timelines (Week | Phase, maybe Deliverable) phases. Other tables
 * are left alone. Headers are matched by their first word, ignoring case.
 */
final class TableReader {
    private static final Pattern METRIC = Pattern.compile("metrics?|kpis?|measures?|indicators?");
    private static final Pattern TARGET = Pattern.compile("targets?|goals?|thresholds?");
    private static final Pattern ACTUAL = Pattern.compile("actual|current|measured|results?");
    private static final Pattern STATUS = Pattern.compile("status|state");
    private static final Pattern WEEK = Pattern.compile("weeks?|wk|when|timeline");
    private static final Pattern PHASE = Pattern.compile("phases?|milestones?|stages?");
    private static final Pattern DELIVERABLE = Pattern.compile("deliverables?|outputs?|outcomes?|deliverable\\(s\\)");
    private static final Pattern PHASE_CELL = Pattern.compile("(?i)^(?:phase\\s*)?(\\d{1,4})\\b\\s*[:.\\-–—]?\\s*(.*)$");

    private final GuideFacts facts;

    TableReader(GuideFacts facts) {
        this.facts = facts;
    }

    void read(ParsedPart part, TableBlock table) {
        List<String> header = header(table);
        int metric = column(header, METRIC);
        int target = column(header, TARGET);
        int week = column(header, WEEK);
        int phase = column(header, PHASE);
        if (metric >= 0 && target >= 0) {
            int actual = column(header, ACTUAL);
            int status = column(header, STATUS);
            for (TableRow row : bodyRows(table)) {
                List<String> cells = cells(row);
                String targetText = cell(cells, target);
                facts.metrics().add(new MetricRow(cell(cells, metric), targetText, MetricCells.target(targetText),
                        MetricCells.actual(cell(cells, actual)), cell(cells, status), part.line(row)));
            }
        } else if (week >= 0 && phase >= 0) {
            int deliverable = column(header, DELIVERABLE);
            for (TableRow row : bodyRows(table)) {
                List<String> cells = cells(row);
                facts.phases().add(timelinePhase(cell(cells, phase), cell(cells, week), cell(cells, deliverable),
                        part.line(row)));
            }
        }
    }

    private PhaseDraft timelinePhase(String phase, String week, String deliverable, int line) {
        var m = PHASE_CELL.matcher(phase);
        Optional<Integer> number = m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        String title = m.matches() ? m.group(2).trim() : phase;
        var weeks = PhaseLines.weeks(week);
        if (weeks.isEmpty() && !week.isBlank()) {
            facts.warn(line, "timeline week '" + week + "' is not a week range such as 'Week 3' or 'Weeks 2-3'; "
                    + "phase read without weeks");
        }
        return PhaseDraft.fromTimeline(number, title, weeks,
                deliverable.isBlank() ? Optional.empty() : Optional.of(deliverable), line);
    }

    private static List<String> header(TableBlock table) {
        for (Node child = table.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableHead head && head.getFirstChild() instanceof TableRow row) {
                return cells(row);
            }
        }
        return List.of();
    }

    private static List<TableRow> bodyRows(TableBlock table) {
        List<TableRow> rows = new ArrayList<>();
        NodeWalk.forEach(table, n -> {
            if (n instanceof TableRow row && !(row.getParent() instanceof TableHead)) {
                rows.add(row);
            }
        });
        return rows;
    }

    private static List<String> cells(TableRow row) {
        List<String> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell) {
                cells.add(Inlines.text(cell));
            }
        }
        return cells;
    }

    private static int column(List<String> header, Pattern name) {
        for (int i = 0; i < header.size(); i++) {
            String first = header.get(i).trim().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            if (name.matcher(first).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> cells, int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }
}
