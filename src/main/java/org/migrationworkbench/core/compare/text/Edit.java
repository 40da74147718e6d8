package org.migrationworkbench.core.compare.text;

/**
 * One hunk of a line diff, as half-open 0-based line ranges: old lines {@code [oldStart, oldEnd)} were replaced
 * by new lines {@code [newStart, newEnd)}. An empty old range is an insertion, an empty new range a deletion.
 */
public record Edit(int oldStart, int oldEnd, int newStart, int newEnd) {
    public Edit {
        if (oldStart < 0 || oldEnd < oldStart || newStart < 0 || newEnd < newStart) {
            throw new IllegalArgumentException("bad edit " + oldStart + "," + oldEnd + " " + newStart + "," + newEnd);
        }
    }

    public int oldLength() {
        return oldEnd - oldStart;
    }

    public int newLength() {
        return newEnd - newStart;
    }
}
