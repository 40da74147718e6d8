package org.migrationworkbench.core.guide;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Consecutive lines of a guide parsed as one CommonMark document. {@code offset} is the 0-based index of the
 * part's first line in the guide, so a node's guide line is {@code offset + span line + 1}. A guide is one
 * part unless a broken code fence had to be cut off; the content of a fence read as Markdown is a part too.
 */
record ParsedPart(Node document, List<String> lines, int offset) {
    /** Parser instances are immutable and thread-safe. */
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), TaskListItemsExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    ParsedPart {
        lines = List.copyOf(lines);
    }

    static ParsedPart parse(List<String> lines, int offset) {
        List<String> copy = List.copyOf(lines);
        return new ParsedPart(PARSER.parse(String.join("\n", copy)), copy, offset);
    }

    /** 1-based guide line where a node starts (a node without source spans takes its parent's). */
    int line(Node node) {
        return offset + firstSpan(node).getLineIndex() + 1;
    }

    /** 1-based guide line where a node ends. */
    int lastLine(Node node) {
        List<SourceSpan> spans = spans(node);
        return offset + spans.get(spans.size() - 1).getLineIndex() + 1;
    }

    /** The Markdown source of a node: what its spans cover, one line each (container indentation removed). */
    String source(Node node) {
        StringBuilder out = new StringBuilder();
        for (SourceSpan span : spans(node)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(spanText(span));
        }
        return out.toString();
    }

    /** The text of a node's first source line, from where the node starts on it. */
    String firstLineText(Node node) {
        return spanText(firstSpan(node));
    }

    /** A source line of a node: its 1-based guide line and its text from where the node starts on it. */
    record Line(int number, String text) {
    }

    /** Each source line of a node. */
    List<Line> lines(Node node) {
        return spans(node).stream().map(span -> new Line(offset + span.getLineIndex() + 1, spanText(span))).toList();
    }

    /** The text of a 1-based guide line inside this part, or "" when the line lies outside it. */
    String guideLine(int line) {
        int index = line - offset - 1;
        return index >= 0 && index < lines.size() ? lines.get(index) : "";
    }

    /** 1-based guide line of this part's last line. */
    int endLine() {
        return offset + lines.size();
    }

    private String spanText(SourceSpan span) {
        if (span.getLineIndex() >= lines.size()) {
            return "";
        }
        String line = lines.get(span.getLineIndex());
        int start = Math.min(span.getColumnIndex(), line.length());
        return line.substring(start, Math.min(line.length(), start + span.getLength()));
    }

    private static SourceSpan firstSpan(Node node) {
        return spans(node).get(0);
    }

    /** The node's spans, else its nearest ancestor's, else one empty span on the first line. */
    private static List<SourceSpan> spans(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.getSourceSpans().isEmpty()) {
                return n.getSourceSpans();
            }
        }
        return List.of(SourceSpan.of(0, 0, 0, 0));
    }
}
