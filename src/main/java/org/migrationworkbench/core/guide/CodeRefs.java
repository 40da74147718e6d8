package org.migrationworkbench.core.guide;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;

/**
 * Finds {@code START:END:path} code references in fence info strings ({@code ```12:40:app/scoring.py}) and
 * inline code ({@code `12:40:app/scoring.py`}). A reference whose lines are not {@code 1 <= START <= END} is
 * reported as a warning and left out.
 */
final class CodeRefs {
    private static final Pattern REF = Pattern.compile("^(\\d{1,9}):(\\d{1,9}):(\\S+)$");

    private CodeRefs() {
    }

    static void collect(ParsedPart part, GuideFacts facts) {
        NodeWalk.forEach(part.document(), node -> {
            if (node instanceof FencedCodeBlock fence) {
                String info = fence.getInfo() == null ? "" : fence.getInfo().trim();
                read(info.split("\\s+", 2)[0], part.line(fence), facts);
            } else if (node instanceof Code code) {
                read(code.getLiteral().trim(), part.line(code), facts);
            }
        });
    }

    /** Parses a reference, adding it or a warning to {@code facts}; empty when the text is no reference at all. */
    static Optional<CodeRef> read(String text, int line, GuideFacts facts) {
        if (text.isEmpty() || !Character.isDigit(text.charAt(0))) {
            return Optional.empty();
        }
        Matcher m = REF.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if (start < 1 || end < start) {
            facts.warn(line, "code reference '" + text + "' needs 1 <= START <= END (START:END:path); ignored");
            return Optional.empty();
        }
        CodeRef ref = new CodeRef(start, end, m.group(3), line);
        facts.codeRefs().add(ref);
        return Optional.of(ref);
    }
}
