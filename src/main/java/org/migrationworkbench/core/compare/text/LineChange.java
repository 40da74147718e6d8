package org.migrationworkbench.core.compare.text;

import java.util.List;

/** The intraline difference of a changed line pair: the changed ranges of the old line and of the new line. */
public record LineChange(List<Span> oldSpans, List<Span> newSpans) {
    public LineChange {
        oldSpans = List.copyOf(oldSpans);
        newSpans = List.copyOf(newSpans);
    }
}
