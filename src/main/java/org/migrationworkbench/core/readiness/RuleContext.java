package org.migrationworkbench.core.readiness;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.workspace.PathGuard;

/**
 * What a rule check may use: the workspace, the target repository, one shared walk of its files, whether the
 * user trusts this workspace (for {@code command} rules), a clock, the run's progress/cancellation, and what the
 * rules of the run share ({@link RunShared}).
 */
public record RuleContext(Workspace workspace, FileTree files, boolean trusted, Clock clock, Progress progress,
                          RunShared shared) {
    public RuleContext {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(shared, "shared");
    }

    /** A context that shares nothing with other rules. */
    public RuleContext(Workspace workspace, FileTree files, boolean trusted, Clock clock, Progress progress) {
        this(workspace, files, trusted, clock, progress, RunShared.NONE);
    }

    /** The files of the repository whose lines evidence may only quote redacted. */
    public SecretFiles secrets() {
        return SecretFiles.of(workspace);
    }

    /** The target repository's folder (absolute). */
    public Path repository() {
        return workspace.target();
    }

    /**
     * A path of the repository, when it stays inside it: no absolute path, no {@code ..} above it, no symbolic
     * link leading out (checked on real paths, as the workspace loader does). Empty otherwise.
     */
    public Optional<Path> inside(String relative) {
        return new PathGuard(repository(), "the target repository").resolve(relative).path();
    }

    /** A path of the repository from a rule parameter; throws when it leaves the repository (see {@link #inside}). */
    public Path resolve(String relative) {
        PathGuard.Result result = new PathGuard(repository(), "the target repository").resolve(relative);
        return result.path().orElseThrow(() -> new WorkbenchException(result.error().orElse("path leaves the "
                + "target repository")));
    }
}
