package org.migrationworkbench.core.guide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns read items into checklist items for an item mode. With {@link ItemMode#TASKS_ONLY} only task items are
 * kept: a plain item's task sub-items move up to the nearest kept item (or the section), and a plain sub-list
 * without tasks becomes part of its item's detail. With {@link ItemMode#LIST_ITEMS} every item is kept. Code of
 * an item that is not kept goes to the nearest kept item or the section.
 */
final class ItemModes {
    private ItemModes() {
    }

    /** Checklist items and the code blocks that have no kept item to belong to. */
    record Converted(List<GuideItem> items, List<CodeBlock> code) {
    }

    static Converted convert(List<RawItem> raw, ItemMode mode) {
        List<GuideItem> items = new ArrayList<>();
        List<CodeBlock> code = new ArrayList<>();
        for (RawItem item : raw) {
            Converted converted = convert(item, mode);
            items.addAll(converted.items());
            code.addAll(converted.code());
        }
        return new Converted(items, code);
    }

    private static Converted convert(RawItem item, ItemMode mode) {
        boolean kept = !item.container() && (mode == ItemMode.LIST_ITEMS || item.task());
        List<String> detail = new ArrayList<>();
        List<GuideItem> children = new ArrayList<>();
        List<CodeBlock> code = new ArrayList<>(item.code());
        for (RawItem.Block block : item.blocks()) {
            if (block instanceof RawItem.Detail text) {
                detail.add(text.markdown());
            } else if (block instanceof RawItem.SubList list) {
                if (kept && mode == ItemMode.TASKS_ONLY && list.items().stream().noneMatch(RawItem::hasTask)) {
                    detail.add(list.markdown());
                } else {
                    Converted below = convert(list.items(), mode);
                    children.addAll(below.items());
                    code.addAll(below.code());
                }
            }
        }
        if (!kept) {
            return new Converted(children, code);
        }
        code.sort(Comparator.comparingInt(CodeBlock::line));
        return new Converted(List.of(new GuideItem(item.text(), item.task(), item.checked(), item.line(),
                item.sectionPath(), String.join("\n\n", detail).trim(), code, children, item.checkbox())), List.of());
    }
}
