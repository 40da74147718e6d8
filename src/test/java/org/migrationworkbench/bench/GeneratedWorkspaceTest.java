package org.migrationworkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.workspace.LoadedWorkspace;
import org.migrationworkbench.core.workspace.WorkspaceLoader;

/** Keeps {@link WorkspaceLoadBenchmark} measuring a valid workspace of the size it claims (runs no benchmark). */
class GeneratedWorkspaceTest {

    @Test
    void benchmarkWorkspaceLoadsWithoutProblems(@TempDir Path dir) throws IOException {
        LoadedWorkspace loaded = new WorkspaceLoader().load(WorkspaceLoadBenchmark.generate(dir));

        assertThat(loaded.warnings()).isEmpty();
        WorkspaceLoadBenchmark.check(loaded.workspace());
    }
}
