package org.migrationworkbench.core.report;

/** HTML text escaping for element content and quoted attribute values. */
public final class Html {
    private Html() {
    }

    /**
     * {@code text} with {@code & < > " '} replaced by entities, safe in element content and quoted attributes;
     * control characters that XML forbids (all below U+0020 but tab, line feed and carriage return) become U+FFFD,
     * so the page also parses as XML.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
