package org.migrationworkbench.core.compare.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.migrationworkbench.core.compare.Utf8Text;

/**
 * One record as the scanner sees it, reused from row to row: cell {@code i} is {@code buf[starts[i], ends[i])}
 * without its outer quotes; {@code escaped[i]} says it still holds doubled quotes. Valid only during the call.
 */
final class Row {
    byte[] buf;
    int[] starts = new int[16];
    int[] ends = new int[16];
    boolean[] escaped = new boolean[16];
    /** Where each cell starts as written (at its opening quote when quoted). */
    int[] raw = new int[16];
    int cells;
    /** Byte offset of the record in the file and the line it starts on (from 1). */
    long offset;
    long line;
    /** Where the record's bytes end in {@code buf} (after its line break). */
    int end;
    int start;

    void add(int r, int s, int e, boolean esc) {
        if (cells == starts.length) {
            int n = cells * 2;
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            escaped = Arrays.copyOf(escaped, n);
            raw = Arrays.copyOf(raw, n);
        }
        raw[cells] = r;
        starts[cells] = s;
        ends[cells] = e;
        escaped[cells] = esc;
        cells++;
    }

    /** Cell {@code i} as text, doubled quotes undone. */
    String cell(int i) {
        String s = new String(buf, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
        return escaped[i] ? s.replace("\"\"", "\"") : s;
    }

    /** Cell {@code i} as text to compare: doubled quotes undone, bytes that are not UTF-8 as stand-ins. */
    String exactCell(int i) {
        String s = Utf8Text.decode(buf, starts[i], ends[i]);
        return escaped[i] ? s.replace("\"\"", "\"") : s;
    }

    /** Cell {@code i}'s bytes, doubled quotes undone, written to {@code out} from {@code at}; returns the length. */
    int copyCell(int i, byte[] out, int at) {
        int s = starts[i];
        int e = ends[i];
        if (!escaped[i]) {
            System.arraycopy(buf, s, out, at, e - s);
            return e - s;
        }
        int w = at;
        for (int p = s; p < e; p++) {
            out[w++] = buf[p];
            if (buf[p] == '"') {
                p++;
            }
        }
        return w - at;
    }

    /** Where the written cells {@code from..to} (inclusive) end: before the next delimiter or the line break. */
    int rawEnd(int to) {
        if (to + 1 < cells) {
            return raw[to + 1] - 1;
        }
        int e = end;
        if (e > start && buf[e - 1] == '\n') {
            e--;
        }
        if (e > start && buf[e - 1] == '\r') {
            e--;
        }
        return e;
    }

    /** The record as written in the file, without its final line break. */
    String text() {
        int e = end;
        while (e > start && (buf[e - 1] == '\n' || buf[e - 1] == '\r')) {
            e--;
        }
        return new String(buf, start, e - start, StandardCharsets.UTF_8);
    }
}
