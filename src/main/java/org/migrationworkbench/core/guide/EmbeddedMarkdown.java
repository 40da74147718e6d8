package org.migrationworkbench.core.guide;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.FencedCodeBlock;

/**
 * A fence without an info string whose content is a Markdown checklist (some guides wrap their checklist in
 * {@code ```} to show it verbatim). It is read as Markdown, not code, when it has a task line and at least half
 * of its non-blank lines are list items.
 */
final class EmbeddedMarkdown {
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])[ \\t]+\\S");
    private static final Pattern TASK = Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])[ \\t]+\\[[ xX]\\](?:[ \\t]|$)");

    private EmbeddedMarkdown() {
    }

    /** The fence's content as a part of its own, with guide line numbers; empty when it is code. */
    static Optional<ParsedPart> parse(ParsedPart part, FencedCodeBlock fence) {
        if (fence.getInfo() != null && !fence.getInfo().isBlank()) {
            return Optional.empty();
        }
        List<String> lines = fence.getLiteral().lines().toList();
        long nonBlank = lines.stream().filter(l -> !l.isBlank()).count();
        long listItems = lines.stream().filter(l -> LIST_ITEM.matcher(l).find()).count();
        boolean hasTask = lines.stream().anyMatch(l -> TASK.matcher(l).find());
        if (!hasTask || listItems * 2 < nonBlank) {
            return Optional.empty();
        }
        // the content starts on the line after the opening fence: its 0-based index is the fence's 1-based line
        return Optional.of(ParsedPart.parse(lines, part.line(fence)));
    }
}
