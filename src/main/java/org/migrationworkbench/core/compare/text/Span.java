package org.migrationworkbench.core.compare.text;

/** A changed character range {@code [start, end)} of one line, for intraline highlighting. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + "," + end);
        }
    }
}
