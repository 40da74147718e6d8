package org.migrationworkbench.core.report;

import java.util.List;

/** Appends HTML to a buffer; every text it is given is escaped, only its own markup is not. */
final class HtmlWriter {
    private final StringBuilder out = new StringBuilder(16_384);

    /** Appends markup written by this package, never text from the workspace or the store. */
    HtmlWriter markup(String html) {
        out.append(html);
        return this;
    }

    HtmlWriter text(String text) {
        out.append(Html.escape(text));
        return this;
    }

    /** {@code <tag class="css">text</tag>}; {@code css} is a fixed class name of this package. */
    HtmlWriter element(String tag, String css, String text) {
        out.append('<').append(tag);
        if (!css.isEmpty()) {
            out.append(" class=\"").append(css).append('"');
        }
        out.append('>').append(Html.escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    HtmlWriter heading(String text) {
        return element("h2", "", text);
    }

    HtmlWriter tableStart(List<String> headers) {
        out.append("<table><thead><tr>");
        headers.forEach(h -> out.append("<th>").append(Html.escape(h)).append("</th>"));
        out.append("</tr></thead><tbody>\n");
        return this;
    }

    HtmlWriter row(List<String> cells) {
        return row("", cells);
    }

    /** A row whose cells are texts; {@code css} is a fixed class name of this package. */
    HtmlWriter row(String css, List<String> cells) {
        out.append(css.isEmpty() ? "<tr>" : "<tr class=\"" + css + "\">");
        cells.forEach(c -> out.append("<td>").append(Html.escape(c)).append("</td>"));
        out.append("</tr>\n");
        return this;
    }

    HtmlWriter tableEnd() {
        out.append("</tbody></table>\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
