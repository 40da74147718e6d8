package org.migrationworkbench.core.checklist;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.migrationworkbench.core.guide.GuideItem;

/**
 * Writes checklist states back into the original guide: the mark between {@code [} and {@code ]} of each
 * task box becomes {@code x} for done items and a space for open and blocked ones; n/a items keep what the
 * file had. Every other byte stays as it was (encoding, BOM, line endings, spacing).
 */
public final class MarkdownExport {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The exported bytes and the boxes that could not be written (with why). */
    public record Result(byte[] bytes, int changed, List<String> skipped) {
    }

    public Result export(byte[] original, LoadedChecklist checklist) {
        byte[] out = original.clone();
        boolean bom = startsWithBom(original);
        List<Integer> lineStarts = lineStarts(original, bom ? BOM.length : 0);
        int changed = 0;
        List<String> skipped = new ArrayList<>();
        for (ChecklistEntry entry : checklist.entries()) {
            GuideItem item = entry.item();
            if (item.checkbox().isEmpty()) {
                continue;
            }
            String state = checklist.stateOf(entry);
            if (state.equals("na")) {
                continue;
            }
            GuideItem.CheckboxPosition at = item.checkbox().get();
            int offset = byteOffset(original, lineStarts, at);
            if (offset < 0 || !isMark(original[offset])) {
                skipped.add("line " + at.line() + ": no task box at column " + (at.column() + 1) + " ('"
                        + item.text() + "')");
                continue;
            }
            byte mark = state.equals("done") ? (byte) 'x' : (byte) ' ';
            boolean wasDone = original[offset] != ' ';
            if (wasDone != (mark == 'x')) {
                out[offset] = mark;
                changed++;
            }
        }
        return new Result(out, changed, skipped);
    }

    private static boolean isMark(byte b) {
        return b == ' ' || b == 'x' || b == 'X';
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    /** Byte offset where each line starts (index 0 is line 1). */
    private static List<Integer> lineStarts(byte[] bytes, int first) {
        List<Integer> starts = new ArrayList<>();
        starts.add(first);
        for (int i = first; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    /** The byte offset of a (1-based line, 0-based char column) position, or -1 when outside the file. */
    private static int byteOffset(byte[] bytes, List<Integer> lineStarts, GuideItem.CheckboxPosition at) {
        if (at.line() < 1 || at.line() > lineStarts.size()) {
            return -1;
        }
        int start = lineStarts.get(at.line() - 1);
        int end = at.line() < lineStarts.size() ? lineStarts.get(at.line()) : bytes.length;
        String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
        if (at.column() >= line.length()) {
            return -1;
        }
        return start + line.substring(0, at.column()).getBytes(StandardCharsets.UTF_8).length;
    }
}
