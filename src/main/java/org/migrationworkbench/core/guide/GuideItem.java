package org.migrationworkbench.core.guide;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One checklist item of a guide. {@code text} is the item's first paragraph as plain text (inline
 * formatting removed); {@code detail} is the Markdown source of everything else under it that is not a
 * sub-item (paragraphs, plain sub-lists), trimmed; {@code code} are fenced blocks under it.
 * {@code task} tells whether it had a task box; {@code checked} its state in the file.
 * {@code checkbox} is where the box's mark character sits in the original file, for writing states back.
 */
public record GuideItem(String text, boolean task, boolean checked, int line, List<String> sectionPath,
                        String detail, List<CodeBlock> code, List<GuideItem> children,
                        Optional<CheckboxPosition> checkbox) {
    public GuideItem {
        Objects.requireNonNull(text, "text");
        sectionPath = List.copyOf(sectionPath);
        Objects.requireNonNull(detail, "detail");
        code = List.copyOf(code);
        children = List.copyOf(children);
        Objects.requireNonNull(checkbox, "checkbox");
    }

    /** The character between {@code [} and {@code ]} of a task box: 1-based line, 0-based char offset in it. */
    public record CheckboxPosition(int line, int column) {
    }
}
