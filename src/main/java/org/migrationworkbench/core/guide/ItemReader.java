package org.migrationworkbench.core.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads a list item: its task box and where the box's mark sits in the original line, its first paragraph as
 * text, and the rest (paragraphs and other blocks as detail, sub-lists, code). A list item whose first line is a
 * choice, or a plain item that is a sign-off blank, is a container rather than an item.
 */
final class ItemReader {
    private static final Pattern BOX = Pattern.compile("\\[[ xX]\\]");

    private final GuideText text;
    private final GuideFacts facts;
    private final TableReader tables;

    ItemReader(GuideText text, GuideFacts facts, TableReader tables) {
        this.text = text;
        this.facts = facts;
        this.tables = tables;
    }

    List<RawItem> readAll(ParsedPart part, ListBlock list, SectionDraft section) {
        List<RawItem> items = new ArrayList<>();
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListItem item) {
                items.add(read(part, item, section));
            }
        }
        return items;
    }

    RawItem read(ParsedPart part, ListItem item, SectionDraft section) {
        boolean task = item.getFirstChild() instanceof TaskListItemMarker;
        boolean checked = task && ((TaskListItemMarker) item.getFirstChild()).isChecked();
        Node lead = task ? item.getFirstChild().getNext() : item.getFirstChild();
        Contents contents = new Contents();
        if (!(lead instanceof Paragraph paragraph)) {
            readBlocks(part, lead, section, contents, true);
            int line = part.line(item);
            return new RawItem("", task, checked, !task, line, section.path(), task ? checkbox(line) : Optional.empty(),
                    contents.blocks, contents.code);
        }
        List<ParsedPart.Line> lines = part.lines(paragraph);
        int line = lines.get(0).number();
        boolean choice = facts.readChoice(lines.get(0).text(), line, fallbackName(section));
        boolean blank = false;
        for (ParsedPart.Line l : lines) {
            blank |= !facts.readLine(l.text(), l.number()).isEmpty();
        }
        String itemText = Inlines.text(paragraph);
        boolean container = choice || (!task && (blank || itemText.isEmpty()));
        readBlocks(part, paragraph.getNext(), section, contents, true);
        return new RawItem(itemText, task, checked, container, line, section.path(),
                task ? checkbox(line) : Optional.empty(), contents.blocks, contents.code);
    }

    private void readBlocks(ParsedPart part, Node first, SectionDraft section, Contents into, boolean embed) {
        for (Node child = first; child != null; child = child.getNext()) {
            if (child instanceof ListBlock list) {
                into.blocks.add(new RawItem.SubList(part.source(list), readAll(part, list, section)));
            } else if (child instanceof FencedCodeBlock fence) {
                Optional<ParsedPart> markdown = embed ? EmbeddedMarkdown.parse(part, fence) : Optional.empty();
                if (markdown.isPresent()) {
                    CodeRefs.collect(markdown.get(), facts);
                    readBlocks(markdown.get(), markdown.get().document().getFirstChild(), section, into, false);
                } else {
                    into.code.add(Code.of(part, fence));
                }
            } else if (child instanceof IndentedCodeBlock indented) {
                into.code.add(Code.of(part, indented));
            } else {
                if (child instanceof Paragraph) {
                    part.lines(child).forEach(l -> facts.readLine(l.text(), l.number()));
                } else if (child instanceof TableBlock table) {
                    tables.read(part, table);
                }
                into.blocks.add(new RawItem.Detail(part.source(child)));
            }
        }
    }

    /** Where the mark of the line's first box is in the original text: boxes open an item's content. */
    private Optional<GuideItem.CheckboxPosition> checkbox(int line) {
        Matcher m = BOX.matcher(text.originalLine(line));
        return m.find() ? Optional.of(new GuideItem.CheckboxPosition(line, m.start() + 1)) : Optional.empty();
    }

    static String fallbackName(SectionDraft section) {
        return section.title().isEmpty() ? "Choice" : section.title();
    }

    private static final class Contents {
        private final List<RawItem.Block> blocks = new ArrayList<>();
        private final List<CodeBlock> code = new ArrayList<>();
    }
}
