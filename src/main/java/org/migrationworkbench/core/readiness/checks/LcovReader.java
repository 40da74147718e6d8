package org.migrationworkbench.core.readiness.checks;

import java.io.BufferedReader;
import java.io.IOException;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.WorkbenchException;

/**
 * Sums an lcov tracefile's {@code LF:}/{@code LH:} (lines found/hit) and {@code BRF:}/{@code BRH:} over the
 * records whose {@code SF:} source file matches the rule's path. Other lines ({@code DA:}, {@code FN:}, ...)
 * are skipped.
 */
final class LcovReader {
    private final PathPrefix prefix;
    private final Progress progress;

    LcovReader(PathPrefix prefix, Progress progress) {
        this.prefix = prefix;
        this.progress = progress;
    }

    CoverageTotals read(BufferedReader in, String fileName) throws IOException {
        CoverageTotals totals = CoverageTotals.NONE;
        boolean matches = false;
        long[] record = new long[4];
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (++number % 10_000 == 0) {
                progress.checkCancelled();
            }
            String text = line.strip();
            if (text.startsWith("SF:")) {
                matches = prefix.matches(text.substring(3));
                record = new long[4];
            } else if (text.equals("end_of_record")) {
                if (matches) {
                    totals = totals.plus(new CoverageTotals(record[1], record[0], record[3], record[2], 1));
                }
                matches = false;
            } else {
                int slot = slot(text);
                if (slot >= 0) {
                    record[slot] = value(text, fileName, number);
                }
            }
        }
        if (matches && record[0] > 0) {
            // a last record without end_of_record still counts
            totals = totals.plus(new CoverageTotals(record[1], record[0], record[3], record[2], 1));
        }
        return totals;
    }

    private static int slot(String text) {
        if (text.startsWith("LF:")) {
            return 0;
        } else if (text.startsWith("LH:")) {
            return 1;
        } else if (text.startsWith("BRF:")) {
            return 2;
        } else if (text.startsWith("BRH:")) {
            return 3;
        }
        return -1;
    }

    private static long value(String text, String fileName, int number) {
        String value = text.substring(text.indexOf(':') + 1).trim();
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new WorkbenchException("Cannot read the coverage report " + fileName + ":" + number + ": '"
                    + text + "' should end in a count. Regenerate the lcov report.", e);
        }
    }
}
