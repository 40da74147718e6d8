package org.migrationworkbench.ui.present;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.migrationworkbench.core.report.dashboard.Tone;
import org.migrationworkbench.core.timeline.TimelineData;

/**
 * One presenter slide: a title, a one-line subtitle and its lines, each with a tone for its colour.
 *
 * @param subtitle a short summary under the title; empty for none
 * @param empty    what the slide says when it has no lines (and no timeline)
 * @param timeline the timeline the slide draws instead of lines; empty for a slide of lines
 */
public record Slide(String title, String subtitle, List<Line> lines, String empty, Optional<TimelineData> timeline) {
    public Slide {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        lines = List.copyOf(lines);
        Objects.requireNonNull(empty, "empty");
        Objects.requireNonNull(timeline, "timeline");
    }

    /** A slide of lines. */
    public Slide(String title, String subtitle, List<Line> lines, String empty) {
        this(title, subtitle, lines, empty, Optional.empty());
    }

    /**
     * A slide line: a label on the left, a value on the right.
     *
     * @param mark a short status word or sign shown before the label (✓, ✗, "done")
     */
    public record Line(String mark, String label, String value, Tone tone) {
        public Line {
            Objects.requireNonNull(mark, "mark");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(tone, "tone");
        }
    }
}
