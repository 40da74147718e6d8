package org.migrationworkbench.core.model;

import java.nio.file.Path;
import java.util.Objects;

/** One side of a comparison: a file or folder of the workspace, or a path at a git revision of the target. */
public sealed interface OutputRef {
    /** As written in workbench.yaml. */
    String spec();

    record WorkspacePath(String spec, Path path) implements OutputRef {
        public WorkspacePath {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(path, "path");
        }
    }

    record GitRevision(String spec, String ref, String path) implements OutputRef {
        public GitRevision {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(path, "path");
        }
    }
}
