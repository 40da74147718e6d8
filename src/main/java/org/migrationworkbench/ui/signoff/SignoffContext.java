package org.migrationworkbench.ui.signoff;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.signoff.EvidenceSource;
import org.migrationworkbench.core.signoff.Signer;
import org.migrationworkbench.ui.common.ErrorReporter;
import org.migrationworkbench.ui.task.TaskRunner;

/**
 * What sign-off view models need from the app.
 *
 * @param runner   background work (reading the ledger and evidence, verifying, signing)
 * @param errors   reports failures that are not a refusal shown in the dialog
 * @param evidence today's evidence of an open workspace; called on a worker thread, once per reading
 * @param identity who signs by default, from the target repository ({@code SignerIdentity::of}); worker thread
 * @param clock    the time recorded with a sign-off
 */
public record SignoffContext(TaskRunner runner, ErrorReporter errors, Function<OpenedWorkspace, EvidenceSource> evidence,
                             Function<Path, Signer> identity, Clock clock) {
    public SignoffContext {
        Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(errors, "errors");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(clock, "clock");
    }
}
