package org.migrationworkbench.core.compare;

import java.util.Locale;

/** What a pair was compared as, once detected. */
public enum ComparedAs {
    TEXT, JSON, CSV, BINARY, FOLDER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
