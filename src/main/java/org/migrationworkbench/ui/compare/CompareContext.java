package org.migrationworkbench.ui.compare;

import java.util.Objects;
import org.migrationworkbench.core.compare.Comparisons;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.ui.common.ErrorReporter;
import org.migrationworkbench.ui.task.TaskRunner;

/**
 * What the compare views need from the app.
 *
 * @param comparisons compares ad-hoc pairs (files or folders chosen or dropped)
 * @param declared    for an open workspace, runs the comparisons it declares (resolves git revisions, stores runs)
 * @param texts       computes line diffs for the side-by-side text view
 * @param intraline   changed character ranges of a changed line pair
 * @param runner      background work
 * @param errors      reports failures to the user
 * @param actor       who accepts and revokes differences (the OS user name)
 * @param clock       today, for expiries of accepted differences
 */
public record CompareContext(Comparisons comparisons,
                             java.util.function.Function<OpenedWorkspace, ComparisonRunner> declared, TextDiffer texts,
                             IntralineDiffer intraline, TaskRunner runner, ErrorReporter errors, String actor,
                             java.time.Clock clock) {
    public CompareContext {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(comparisons, "comparisons");
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(intraline, "intraline");
        Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(errors, "errors");
    }

    /** A context acting as the OS user, with the system clock. */
    public CompareContext(Comparisons comparisons,
                          java.util.function.Function<OpenedWorkspace, ComparisonRunner> declared, TextDiffer texts,
                          IntralineDiffer intraline, TaskRunner runner, ErrorReporter errors) {
        this(comparisons, declared, texts, intraline, runner, errors, System.getProperty("user.name", "unknown"),
                java.time.Clock.systemDefaultZone());
    }
}
