package org.migrationworkbench.ui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.migrationworkbench.core.compare.text.Span;
import org.migrationworkbench.ui.common.Styles;

/** A line as labels: plain runs and changed runs (intraline highlights), tabs shown as four spaces. */
final class LineSegments {
    private LineSegments() {
    }

    static List<Label> labels(String line, List<Span> spans) {
        List<Label> out = new ArrayList<>();
        int at = 0;
        for (Span s : spans) {
            int start = Math.max(at, Math.min(s.start(), line.length()));
            int end = Math.max(start, Math.min(s.end(), line.length()));
            if (start > at) {
                out.add(label(line.substring(at, start), false));
            }
            if (end > start) {
                out.add(label(line.substring(start, end), true));
            }
            at = Math.max(at, end);
        }
        if (at < line.length() || out.isEmpty()) {
            out.add(label(line.substring(Math.min(at, line.length())), false));
        }
        return out;
    }

    private static Label label(String text, boolean changed) {
        Label label = new Label(text.replace("\t", "    "));
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add(changed ? Styles.DIFF_INTRALINE : Styles.DIFF_PLAIN);
        return label;
    }
}
