package org.migrationworkbench.core.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Appends a checklist to the text of a workbench.yaml without rewriting the rest (comments, order and
 * formatting stay the user's). Only handles the block form of the top-level {@code checklists:} list, or its
 * absence; anything else is left for the caller's validation to refuse.
 */
final class ManifestText {
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^[A-Za-z_][\\w-]*\\s*:.*");
    private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)- ");

    private ManifestText() {
    }

    static String withChecklist(String yaml, String id, String file) {
        String newline = yaml.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = new ArrayList<>(List.of(yaml.split("\r?\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        int key = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("^checklists\\s*:\\s*(#.*)?$")) {
                key = i;
            }
        }
        if (key < 0) {
            lines.add("checklists:");
            lines.addAll(entry("  ", id, file));
            return String.join(newline, lines) + newline;
        }
        int end = key + 1;
        String indent = "  ";
        boolean indentFound = false;
        while (end < lines.size() && !TOP_LEVEL_KEY.matcher(lines.get(end)).matches()) {
            Matcher item = LIST_ITEM.matcher(lines.get(end));
            if (!indentFound && item.find()) {
                indent = item.group(1);
                indentFound = true;
            }
            end++;
        }
        while (end > key + 1 && lines.get(end - 1).isBlank()) {
            end--;
        }
        lines.addAll(end, entry(indent, id, file));
        return String.join(newline, lines) + newline;
    }

    private static List<String> entry(String indent, String id, String file) {
        return List.of(indent + "- id: " + quote(id), indent + "  file: " + quote(file));
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
