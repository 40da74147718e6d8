package org.migrationworkbench.core.guide;

import java.util.Objects;

/** A {@code START:END:path} reference to lines of a file of the target repository, found at {@code line}. */
public record CodeRef(int start, int end, String path, int line) {
    public CodeRef {
        Objects.requireNonNull(path, "path");
    }

    /** As written: {@code 12:40:app/scoring.py}. */
    public String spec() {
        return start + ":" + end + ":" + path;
    }
}
