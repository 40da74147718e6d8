package org.migrationworkbench.core.guide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A section being read: its heading, the items and code under it, sub-sections, and the phase it names. */
final class SectionDraft {
    private final String title;
    private final int level;
    private final int line;
    private final List<String> path;
    private final Optional<PhaseDraft> phase;
    private final List<RawItem> items = new ArrayList<>();
    private final List<CodeBlock> code = new ArrayList<>();
    private final List<SectionDraft> children = new ArrayList<>();

    SectionDraft(String title, int level, int line, List<String> path, Optional<PhaseDraft> phase) {
        this.title = title;
        this.level = level;
        this.line = line;
        this.path = List.copyOf(path);
        this.phase = phase;
    }

    String title() {
        return title;
    }

    int level() {
        return level;
    }

    List<String> path() {
        return path;
    }

    Optional<PhaseDraft> phase() {
        return phase;
    }

    void addItem(RawItem item) {
        items.add(item);
    }

    void addCode(CodeBlock block) {
        code.add(block);
    }

    void addChild(SectionDraft child) {
        children.add(child);
    }

    /** True when this section or one below it has a task item that can become a checklist item. */
    boolean hasTask() {
        return items.stream().anyMatch(RawItem::hasTask) || children.stream().anyMatch(SectionDraft::hasTask);
    }

    Section toSection(ItemMode mode) {
        ItemModes.Converted converted = ItemModes.convert(items, mode);
        List<CodeBlock> allCode = new ArrayList<>(code);
        allCode.addAll(converted.code());
        allCode.sort(Comparator.comparingInt(CodeBlock::line));
        return new Section(title, level, line, path, converted.items(), allCode,
                children.stream().map(child -> child.toSection(mode)).toList());
    }
}
