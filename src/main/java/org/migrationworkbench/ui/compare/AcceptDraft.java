package org.migrationworkbench.ui.compare;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.migrationworkbench.core.compare.Difference;

/**
 * What "Accept…" starts from: a description of the difference and the register patterns pre-filled for it —
 * a record's key, a text hunk's changed lines, or a folder file's path, each quoted so it matches exactly.
 *
 * @param what  "record ORD-17", "difference 12,14c12,13", "file reports/a.csv"
 * @param match regular expression over the record key, every changed line, or the file path
 * @param field regular expression over field paths; empty for the whole record
 */
public record AcceptDraft(String what, String match, String field) {
    /**
     * A record, narrowed to the field chosen in the filter (a statistics key; {@code [*]} matches any index), or
     * else to exactly the fields that differ now: accepting them must not also accept a later change of another
     * field (which matters most for a whole document compared as one record, key {@code $}).
     */
    public static AcceptDraft forRecord(Difference d, Optional<String> field) {
        String fields = field.map(AcceptDraft::fieldPattern).orElseGet(() -> exactFields(d));
        return new AcceptDraft("record " + d.key(), exactly(d.key()), fields);
    }

    private static String exactFields(Difference d) {
        List<String> paths = d.fields().stream().map(f -> f.path()).distinct().toList();
        if (paths.isEmpty()) {
            return "";
        }
        return paths.size() == 1 ? exactly(paths.get(0))
                : "^(?:" + String.join("|", paths.stream().map(Pattern::quote).toList()) + ")$";
    }

    /** A text hunk: every line it removes or adds, each matched whole. */
    public static AcceptDraft forHunk(String where, List<String> oldLines, List<String> newLines) {
        Set<String> lines = new LinkedHashSet<>(oldLines);
        lines.addAll(newLines);
        String match = lines.size() == 1 ? exactly(lines.iterator().next())
                : "^(?:" + String.join("|", lines.stream().map(Pattern::quote).toList()) + ")$";
        return new AcceptDraft("difference " + where, match, "");
    }

    /** A file of a folder comparison. */
    public static AcceptDraft forFile(String path) {
        return new AcceptDraft("file " + path, exactly(path), "");
    }

    static String exactly(String text) {
        return "^" + Pattern.quote(text) + "$";
    }

    /** {@code $.items[*].qty} matches {@code $.items[0].qty}, {@code $.items[12].qty}, … */
    static String fieldPattern(String key) {
        String[] parts = key.split("\\[\\*]", -1);
        StringBuilder out = new StringBuilder("^");
        for (int i = 0; i < parts.length; i++) {
            out.append(i > 0 ? "\\[\\d+]" : "").append(parts[i].isEmpty() ? "" : Pattern.quote(parts[i]));
        }
        return out.append('$').toString();
    }
}
