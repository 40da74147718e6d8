package org.migrationworkbench.ui.readiness;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.migrationworkbench.core.readiness.FileTree;
import org.migrationworkbench.core.readiness.ReadinessEngine;
import org.migrationworkbench.core.settings.WorkspaceTrust;
import org.migrationworkbench.ui.common.ErrorReporter;
import org.migrationworkbench.ui.task.TaskRunner;

/**
 * What readiness view models need from the app.
 *
 * @param engine   runs the rules (its own bounded pool)
 * @param trees    the target repository's file tree ({@code GitFileTree::new})
 * @param trust    the user's remembered trust per workspace
 * @param runner   background work (runs, reads, waivers)
 * @param uiThread where rule results reported from pool threads are shown ({@code Platform::runLater};
 *                 direct in tests)
 * @param errors   reports failures to the user
 * @param actor    who runs and waives (the OS user name)
 * @param clock    today, for waivers
 */
public record ReadinessContext(ReadinessEngine engine, Function<Path, FileTree> trees, WorkspaceTrust trust,
                               TaskRunner runner, Executor uiThread, ErrorReporter errors, String actor,
                               Clock clock) {
    public ReadinessContext {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(trees, "trees");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(uiThread, "uiThread");
        Objects.requireNonNull(errors, "errors");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(clock, "clock");
    }
}
