package org.migrationworkbench.core.guide;

import java.util.Objects;

/** A fenced or indented code block: its info string (language, maybe a code reference), content, first line. */
public record CodeBlock(String info, String content, int line) {
    public CodeBlock {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(content, "content");
    }
}
