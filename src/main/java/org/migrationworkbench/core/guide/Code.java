package org.migrationworkbench.core.guide;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;

/** Code blocks of a part as {@link CodeBlock}s: content without trailing line breaks, line of the opening fence. */
final class Code {
    private Code() {
    }

    static CodeBlock of(ParsedPart part, FencedCodeBlock fence) {
        String info = fence.getInfo() == null ? "" : fence.getInfo().trim();
        return new CodeBlock(info, content(fence.getLiteral()), part.line(fence));
    }

    static CodeBlock of(ParsedPart part, IndentedCodeBlock block) {
        return new CodeBlock("", content(block.getLiteral()), part.line(block));
    }

    private static String content(String literal) {
        String text = literal == null ? "" : literal;
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        return text.substring(0, end);
    }
}
