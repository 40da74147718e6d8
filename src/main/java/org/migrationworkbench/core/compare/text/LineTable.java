package org.migrationworkbench.core.compare.text;

import java.util.BitSet;

/**
 * One file read as lines: each line's key ({@link LineKey}), the byte offset of every
 * {@value #CHECKPOINT}th line (so any line can be found again by reading at most that many lines), which lines
 * are blank (only when blank lines are ignored), whether the file ends with a line terminator, and its
 * fingerprint.
 */
final class LineTable {
    static final int CHECKPOINT = 64;

    final LongList keys;
    final LongList checkpoints;
    final BitSet blank;
    final boolean endsWithNewline;
    /** Size and CRC-32C of the bytes read ({@link org.migrationworkbench.core.compare.InputDigest}). */
    final String fingerprint;
    final long[] normalizedLines;

    LineTable(LongList keys, LongList checkpoints, BitSet blank, boolean endsWithNewline, String fingerprint,
              long[] normalizedLines) {
        this.keys = keys;
        this.checkpoints = checkpoints;
        this.blank = blank;
        this.endsWithNewline = endsWithNewline;
        this.fingerprint = fingerprint;
        this.normalizedLines = normalizedLines;
    }

    int lineCount() {
        return keys.size();
    }
}
