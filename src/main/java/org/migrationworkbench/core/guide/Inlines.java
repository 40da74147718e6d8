package org.migrationworkbench.core.guide;

import java.util.Locale;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** Plain text of inline content: formatting, links and HTML tags removed, whitespace collapsed. */
final class Inlines {
    private Inlines() {
    }

    static String text(Node node) {
        StringBuilder out = new StringBuilder();
        NodeWalk.forEach(node, n -> {
            if (n instanceof Text text) {
                out.append(text.getLiteral());
            } else if (n instanceof Code code) {
                out.append(code.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.append(' ');
            } else if (n instanceof HtmlInline html && html.getLiteral().toLowerCase(Locale.ROOT).startsWith("<br")) {
                out.append(' ');
            }
        });
        return clean(out);
    }

    /** Collapses whitespace and drops zero-width characters that would make equal texts differ. */
    static String clean(CharSequence text) {
        if (isClean(text)) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u200B' || c == '\u2060' || c == '\uFEFF') {
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when {@link #clean} would change nothing: the common case, worth checking without copying. */
    private static boolean isClean(CharSequence text) {
        int length = text.length();
        if (length > 0 && (text.charAt(0) == ' ' || text.charAt(length - 1) == ' ')) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean odd = c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00A0'
                    || (Character.isWhitespace(c) && (c != ' ' || (i > 0 && text.charAt(i - 1) == ' ')));
            if (odd) {
                return false;
            }
        }
        return true;
    }
}
