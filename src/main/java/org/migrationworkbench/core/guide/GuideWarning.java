package org.migrationworkbench.core.guide;

import java.util.Objects;

/** Something in a guide that could not be read cleanly, at a 1-based line. */
public record GuideWarning(int line, String message) {
    public GuideWarning {
        Objects.requireNonNull(message, "message");
    }
}
