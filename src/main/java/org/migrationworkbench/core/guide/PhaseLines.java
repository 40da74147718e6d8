package org.migrationworkbench.core.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migrationworkbench.core.model.Risk;
import org.migrationworkbench.core.model.WeekRange;

/**
 * Phase facts on single lines of text: phase headings ({@code Phase 3: Data Models (Week 2)}), week ranges
 * ({@code Week 3}, {@code 2-3}, {@code Weeks 2–3}), dependency lines ({@code Dependencies: Phase 1, Phase 2})
 * and risk lines ({@code Risk Level: HIGH}). Lines are given as {@link LineText#plain} text.
 */
final class PhaseLines {
    private static final Pattern HEADING = Pattern.compile(
            "(?i)^phase\\s+(\\d{1,4})\\b\\s*[:.\\-–—]?\\s*(.*?)\\s*(?:\\((weeks?\\b[^)]*)\\))?\\s*$");
    private static final Pattern WEEKS = Pattern.compile(
            "(?i)^(?:weeks?|wk\\.?|w)?\\s*(\\d{1,4})(?:\\s*(?:-|–|—|to|through)\\s*(?:weeks?\\s*)?(\\d{1,4}))?$");
    private static final Pattern DEPENDENCIES = Pattern.compile(
            "(?i)^(?:dependencies|dependency|depends on|prerequisites?)\\s*:\\s*(.*)$");
    private static final Pattern PHASE_NUMBER = Pattern.compile("(?i)\\bphases?\\s+(\\d{1,4})\\b");
    private static final Pattern NEXT_NUMBER = Pattern.compile("(?i)\\s*(?:,|and|&|/)\\s*(?:phases?\\s+)?(\\d{1,4})\\b");
    private static final Pattern RISK = Pattern.compile(
            "(?i)^risk(?:\\s+level)?\\s*:\\s*\\W*(low|medium|high|critical)\\b");
    private static final int MAX_HEADING = 300;
    private static final Pattern FACT_WORD = Pattern.compile("(?i)risk|depend|prerequisite");

    private PhaseLines() {
    }

    /** A heading naming a phase: its number, title and weeks as written ("Week 2", may be empty). */
    record Heading(int number, String title, String weeks) {
    }

    static Optional<Heading> heading(String title) {
        if (title.length() > MAX_HEADING) {
            return Optional.empty();
        }
        Matcher m = HEADING.matcher(title.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Heading(Integer.parseInt(m.group(1)), m.group(2),
                m.group(3) == null ? "" : m.group(3)));
    }

    /** Weeks as written in a heading or a timeline cell; empty when not a week range or not 1 <= from <= to. */
    static Optional<WeekRange> weeks(String text) {
        Matcher m = WEEKS.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        return from >= 1 && to >= from ? Optional.of(new WeekRange(from, to)) : Optional.empty();
    }

    /** A quick test that spares the full patterns for the many lines that cannot be a dependency or risk line. */
    static boolean mayStateFacts(String line) {
        return line.indexOf(':') >= 0 && FACT_WORD.matcher(line).find();
    }

    /** The phase numbers of a dependency line; empty when the line is not one. */
    static Optional<List<Integer>> dependencies(String plainLine) {
        Matcher m = DEPENDENCIES.matcher(plainLine);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(phaseNumbers(m.group(1)));
    }

    /** "Phase 1, Phase 2", "Phases 3 and 4": each number named after "phase", and those listed after it. */
    private static List<Integer> phaseNumbers(String text) {
        List<Integer> numbers = new ArrayList<>();
        Matcher phase = PHASE_NUMBER.matcher(text);
        Matcher next = NEXT_NUMBER.matcher(text);
        int from = 0;
        while (from < text.length() && phase.find(from)) {
            numbers.add(Integer.parseInt(phase.group(1)));
            from = phase.end();
            // one listed number at a time: a repeated group would recurse once per number in java.util.regex
            while (next.region(from, text.length()).lookingAt()) {
                numbers.add(Integer.parseInt(next.group(1)));
                from = next.end();
            }
        }
        return numbers;
    }

    static Optional<Risk> risk(String plainLine) {
        Matcher m = RISK.matcher(plainLine);
        return m.find() ? Optional.of(Risk.valueOf(m.group(1).toUpperCase(Locale.ROOT))) : Optional.empty();
    }
}
