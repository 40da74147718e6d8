package org.migrationworkbench.core.compare.text;

import java.util.List;

/**
 * A computed line diff of two text files, for the side-by-side view: the edits in order, and the original lines
 * by index (read from the files on demand, so a pair of a million lines costs little memory). Close it to
 * release the files.
 */
public interface TextDiff extends AutoCloseable {
    int oldLineCount();

    int newLineCount();

    /** Hunks in order, non-overlapping; lines between them are common. */
    List<Edit> edits();

    /** Old line {@code index} (0-based), as in the file, without its line terminator. */
    String oldLine(int index);

    String newLine(int index);

    @Override
    void close();
}
