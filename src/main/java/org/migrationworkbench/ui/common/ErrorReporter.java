package org.migrationworkbench.ui.common;

/** Shows an error to the user; view models depend on this rather than on dialogs. */
@FunctionalInterface
public interface ErrorReporter {
    void report(String title, Throwable error);
}
