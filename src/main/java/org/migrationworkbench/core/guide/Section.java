package org.migrationworkbench.core.guide;

import java.util.List;
import java.util.Objects;

/**
 * A heading and what is under it up to the next heading of the same or a higher level. {@code path} is the
 * titles from the top-level section down to this one. The document's text before its first heading forms a
 * section with level 0 and an empty title, present only when it holds items or code.
 */
public record Section(String title, int level, int line, List<String> path, List<GuideItem> items,
                      List<CodeBlock> code, List<Section> children) {
    public Section {
        Objects.requireNonNull(title, "title");
        path = List.copyOf(path);
        items = List.copyOf(items);
        code = List.copyOf(code);
        children = List.copyOf(children);
    }
}
