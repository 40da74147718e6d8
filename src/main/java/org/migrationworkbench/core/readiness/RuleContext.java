package org.migrationworkbench.core.readiness;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.model.Workspace;

/**
 * What a rule check may use: the workspace, the target repository, one shared walk of its files, whether the
 * user trusts this workspace (for {@code command} rules), a clock and the run's progress/cancellation.
 */
public record RuleContext(Workspace workspace, FileTree files, boolean trusted, Clock clock, Progress progress) {
    public RuleContext {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(progress, "progress");
    }

    /** The target repository's folder (absolute). */
    public Path repository() {
        return workspace.target();
    }

    /** A path of the repository from a rule parameter (validated not to escape it by the loader). */
    public Path resolve(String relative) {
        return repository().resolve(relative).normalize();
    }
}
