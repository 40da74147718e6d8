package org.migrationworkbench.core.workspace;

import java.util.Objects;

/**
 * One thing wrong with a workspace file, located as {@code file:line:column} (1-based) with the YAML path
 * of the offending node ({@code phases[2].depends_on[0]}; empty for the document itself).
 */
public record Problem(Level level, String file, int line, int column, String path, String message) {
    /** Errors make a workspace invalid; warnings are shown but do not stop it from opening. */
    public enum Level { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    public String location() {
        return file + ":" + line + ":" + column;
    }

    /** {@code workbench.yaml:31:18: phases[2].depends_on[0]: unknown phase 'p9'}, as compilers print. */
    @Override
    public String toString() {
        String prefix = level == Level.WARNING ? "warning: " : "";
        return location() + ": " + prefix + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
