package org.migrationworkbench.core.guide;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Builds a {@link Guide} from the parts of a guide, block by block in document order: headings open sections
 * (a heading closes the sections of its level and deeper), lists give items, code goes to the current section,
 * paragraphs and tables give choices, sign-off blanks, metrics and phase facts.
 */
final class GuideBuilder {
    private final GuideFacts facts = new GuideFacts();
    private final TableReader tables = new TableReader(facts);
    private final ItemReader items;
    private final SectionDraft preamble = new SectionDraft("", 0, 1, List.of(), Optional.empty());
    private final List<SectionDraft> topLevel = new ArrayList<>();
    private final Deque<SectionDraft> open = new ArrayDeque<>();
    private Optional<String> firstHeading = Optional.empty();
    private Optional<String> firstTitle = Optional.empty();

    GuideBuilder(GuideText text) {
        this.items = new ItemReader(text, facts, tables);
        text.repairWarning().ifPresent(facts.warnings()::add);
    }

    void warn(GuideWarning warning) {
        facts.warnings().add(warning);
    }

    void add(ParsedPart part) {
        CodeRefs.collect(part, facts);
        for (Node node = part.document().getFirstChild(); node != null; node = node.getNext()) {
            block(part, node, true);
        }
    }

    private void block(ParsedPart part, Node node, boolean embed) {
        SectionDraft section = current();
        if (node instanceof Heading heading) {
            heading(part, heading);
        } else if (node instanceof ListBlock list) {
            items.readAll(part, list, section).forEach(section::addItem);
        } else if (node instanceof FencedCodeBlock fence) {
            fence(part, fence, section, embed);
        } else if (node instanceof IndentedCodeBlock indented) {
            section.addCode(Code.of(part, indented));
        } else if (node instanceof Paragraph paragraph) {
            for (ParsedPart.Line line : part.lines(paragraph)) {
                facts.readChoice(line.text(), line.number(), ItemReader.fallbackName(section));
                facts.readLine(line.text(), line.number());
            }
        } else if (node instanceof TableBlock table) {
            tables.read(part, table);
        } else if (node instanceof BlockQuote) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                block(part, child, embed);
            }
        }
    }

    /** Code of the section, or a checklist written in a fence, read as Markdown (but not a fence inside that). */
    private void fence(ParsedPart part, FencedCodeBlock fence, SectionDraft section, boolean embed) {
        Optional<ParsedPart> markdown = embed ? EmbeddedMarkdown.parse(part, fence) : Optional.empty();
        if (markdown.isEmpty()) {
            section.addCode(Code.of(part, fence));
            return;
        }
        CodeRefs.collect(markdown.get(), facts);
        for (Node n = markdown.get().document().getFirstChild(); n != null; n = n.getNext()) {
            block(markdown.get(), n, false);
        }
    }

    private void heading(ParsedPart part, Heading heading) {
        String title = Inlines.text(heading);
        int line = part.line(heading);
        while (!open.isEmpty() && open.peek().level() >= heading.getLevel()) {
            open.pop();
        }
        List<String> path = new ArrayList<>(open.isEmpty() ? List.of() : open.peek().path());
        path.add(title);
        SectionDraft section = new SectionDraft(title, heading.getLevel(), line, path, phase(title, line));
        if (open.isEmpty()) {
            topLevel.add(section);
        } else {
            open.peek().addChild(section);
        }
        open.push(section);
        facts.enterPhase(open.stream().map(SectionDraft::phase).flatMap(Optional::stream).findFirst());
        firstHeading = firstHeading.or(() -> Optional.of(title));
        if (heading.getLevel() == 1) {
            firstTitle = firstTitle.or(() -> Optional.of(title));
        }
    }

    private Optional<PhaseDraft> phase(String title, int line) {
        Optional<PhaseLines.Heading> heading = PhaseLines.heading(title);
        if (heading.isEmpty()) {
            return Optional.empty();
        }
        var weeks = PhaseLines.weeks(heading.get().weeks());
        if (weeks.isEmpty() && !heading.get().weeks().isEmpty()) {
            facts.warn(line, "'" + heading.get().weeks() + "' is not a week range such as 'Week 3' or 'Weeks 2-3'; "
                    + "phase " + heading.get().number() + " read without weeks");
        }
        PhaseDraft phase = PhaseDraft.fromHeading(heading.get().number(), heading.get().title(), weeks, line);
        facts.phases().add(phase);
        return Optional.of(phase);
    }

    private SectionDraft current() {
        return open.isEmpty() ? preamble : open.peek();
    }

    /** The guide, with {@link ItemMode#AUTO} resolved to the mode it stands for. */
    Guide build(ItemMode requested) {
        boolean anyTask = preamble.hasTask() || topLevel.stream().anyMatch(SectionDraft::hasTask);
        ItemMode mode = requested != ItemMode.AUTO ? requested : anyTask ? ItemMode.TASKS_ONLY : ItemMode.LIST_ITEMS;
        List<Section> sections = new ArrayList<>();
        Section first = preamble.toSection(mode);
        if (!first.items().isEmpty() || !first.code().isEmpty()) {
            sections.add(first);
        }
        topLevel.forEach(section -> sections.add(section.toSection(mode)));
        List<GuideWarning> warnings = new ArrayList<>(facts.warnings());
        warnings.sort(Comparator.comparingInt(GuideWarning::line));
        List<CodeRef> codeRefs = new ArrayList<>(facts.codeRefs());
        codeRefs.sort(Comparator.comparingInt(CodeRef::line));
        return new Guide(firstTitle.or(() -> firstHeading).orElse(""), mode, sections, facts.choices(),
                Roles.find(sections), facts.signoffFields(), facts.metrics(), PhaseDraft.merge(facts.phases()),
                codeRefs, warnings);
    }
}
