package org.migrationworkbench.core.guide;

import java.util.List;
import java.util.Optional;

/**
 * A list item as read, before the item mode decides which items become checklist items. A {@code container}
 * (a choice or sign-off line written as a list item) never becomes one; its sub-items may.
 * {@code blocks} are what follows the first paragraph, in order, except code.
 */
record RawItem(String text, boolean task, boolean checked, boolean container, int line, List<String> sectionPath,
               Optional<GuideItem.CheckboxPosition> checkbox, List<Block> blocks, List<CodeBlock> code) {
    RawItem {
        sectionPath = List.copyOf(sectionPath);
        blocks = List.copyOf(blocks);
        code = List.copyOf(code);
    }

    /** Markdown under an item: a {@link Detail} block, or a {@link SubList} whose items may become sub-items. */
    sealed interface Block {
    }

    record Detail(String markdown) implements Block {
    }

    record SubList(String markdown, List<RawItem> items) implements Block {
        SubList {
            items = List.copyOf(items);
        }
    }

    /** True when this item or one below it is a task item that can become a checklist item. */
    boolean hasTask() {
        return (task && !container) || blocks.stream().anyMatch(b -> b instanceof SubList list
                && list.items().stream().anyMatch(RawItem::hasTask));
    }
}
