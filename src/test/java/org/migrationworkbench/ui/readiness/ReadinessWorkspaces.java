package org.migrationworkbench.ui.readiness;

import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.git.RepositoryInspector;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.session.WorkspaceOpener;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import org.migrationworkbench.testing.TestWorkspaces;

/**
 * A workspace over a small git repository where a legacy script still imports the sandbox: two phases, a
 * blocker that fails with evidence at {@code legacy/batch.py:2}, passing rules and a command rule.
 */
public final class ReadinessWorkspaces {
    private ReadinessWorkspaces() {
    }

    /** Writes the repository {@code folder/repo} and the workspace {@code folder/ws}; returns the workspace. */
    public static Path write(Path folder) throws Exception {
        Path repo = folder.resolve("repo");
        TestWorkspaces.write(repo.resolve("pipeline/run.py"), "import os\n\ndef main():\n    return 0  # TODO tidy\n");
        TestWorkspaces.write(repo.resolve("legacy/batch.py"), "import os\nimport app.sandbox\n\nprint('batch')\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("state").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org").call();
        }
        Path ws = folder.resolve("ws");
        TestWorkspaces.write(ws.resolve("workbench.yaml"), """
                name: Readiness test
                target: ../repo
                phases:
                  - {id: p1, title: Cleanup}
                  - {id: p2, title: Cutover}
                rules:
                  - {id: no-sandbox, title: No sandbox imports, kind: pattern-absent,
                     pattern: 'import app\\.sandbox', files: ['**/*.py'], severity: blocker, phase: p1,
                     category: code}
                  - {id: pipeline-there, kind: path-exists, paths: [pipeline/run.py], severity: major, phase: p1,
                     category: structure}
                  - {id: todos, kind: pattern-absent, pattern: TODO, files: ['**/*.py'], max: 5, severity: minor,
                     phase: p2, category: code}
                  - {id: tests-pass, kind: command, run: 'true', timeout: 30, severity: minor, phase: p2,
                     category: tests}
                """);
        return ws;
    }

    public static OpenedWorkspace open(Path ws) {
        return new WorkspaceOpener(new WorkspaceLoader(), new RepositoryInspector(),
                root -> StoreConfig.forWorkspace(root, Map.of()), "tester").open(ws, Progress.NONE);
    }
}
