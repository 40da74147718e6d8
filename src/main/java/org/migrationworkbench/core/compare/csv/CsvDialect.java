package org.migrationworkbench.core.compare.csv;

import org.migrationworkbench.core.model.OutputFormat;

/**
 * How one CSV file is written: its delimiter and where its content starts (after a UTF-8 byte order mark).
 * Quoting is always RFC 4180: a field in double quotes may hold delimiters, newlines and doubled quotes.
 */
record CsvDialect(byte delimiter, int start) {
    private static final byte[] CANDIDATES = {',', ';', '\t', '|'};

    /**
     * Detects the dialect from the file's first bytes: TSV is always tab-separated; for CSV the candidate
     * ({@code , ; tab |}) occurring most often outside quotes on the first line wins, a comma on a tie.
     */
    static CsvDialect detect(byte[] head, int length, OutputFormat format) {
        int start = hasBom(head, length) ? 3 : 0;
        if (format == OutputFormat.TSV) {
            return new CsvDialect((byte) '\t', start);
        }
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = start; i < length; i++) {
            byte b = head[i];
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted && (b == '\n' || b == '\r')) {
                break;
            } else if (!quoted) {
                count(counts, b);
            }
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return new CsvDialect(CANDIDATES[best], start);
    }

    private static void count(int[] counts, byte b) {
        for (int i = 0; i < CANDIDATES.length; i++) {
            if (CANDIDATES[i] == b) {
                counts[i]++;
            }
        }
    }

    private static boolean hasBom(byte[] head, int length) {
        return length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF;
    }

    /** The delimiter as people write it. */
    String shown() {
        return delimiter == '\t' ? "tab" : "'" + (char) delimiter + "'";
    }
}
