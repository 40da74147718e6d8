package org.migrationworkbench.ui.checklist;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.migrationworkbench.core.checklist.GuideReader;
import org.migrationworkbench.ui.common.ErrorReporter;
import org.migrationworkbench.ui.task.TaskRunner;

/**
 * What checklist view models need from the app.
 *
 * @param guides   reads Markdown checklists (the guide importer)
 * @param runner   background work such as reading checklists
 * @param writes   a single thread on which every checklist write runs, in order (a direct executor in tests)
 * @param uiThread runs write results on the UI thread ({@code Platform::runLater}; direct in tests)
 * @param errors   reports failures to the user
 * @param actor    who makes the changes (the OS user name)
 * @param clock    time of the changes as shown before they are stored
 */
public record ChecklistContext(GuideReader guides, TaskRunner runner, Executor writes, Executor uiThread,
                               ErrorReporter errors, String actor, Clock clock) {
    public ChecklistContext {
        Objects.requireNonNull(guides, "guides");
        Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(writes, "writes");
        Objects.requireNonNull(uiThread, "uiThread");
        Objects.requireNonNull(errors, "errors");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(clock, "clock");
    }
}
