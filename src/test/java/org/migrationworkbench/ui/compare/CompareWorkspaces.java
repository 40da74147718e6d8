package org.migrationworkbench.ui.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.git.RepositoryInspector;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.session.WorkspaceOpener;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import org.migrationworkbench.testing.TestWorkspaces;

/**
 * A workspace declaring three comparisons: scores (JSON, keyed by id), summary (CSV) and report (text), with
 * old and new outputs under {@code outputs/}.
 */
public final class CompareWorkspaces {
    private CompareWorkspaces() {
    }

    public static Path write(Path folder) throws Exception {
        TestWorkspaces.valid(folder, "Compare test");
        TestWorkspaces.write(folder.resolve("outputs/old/scores.json"), "[{\"id\": 1, \"score\": 0.5}]\n");
        TestWorkspaces.write(folder.resolve("outputs/new/scores.json"), "[{\"id\": 1, \"score\": 0.75}]\n");
        TestWorkspaces.write(folder.resolve("outputs/old/summary.csv"), "territory,total\nnorth,10\n");
        TestWorkspaces.write(folder.resolve("outputs/new/summary.csv"), "territory,total\nnorth,10\n");
        TestWorkspaces.write(folder.resolve("outputs/old/report.txt"), "alpha\ntotal: 10\ngamma\n");
        TestWorkspaces.write(folder.resolve("outputs/new/report.txt"), "alpha\ntotal: 12\ngamma\n");
        Files.writeString(folder.resolve("workbench.yaml"), Files.readString(folder.resolve("workbench.yaml")) + """
                comparisons:
                  - id: scores
                    title: Scores of the nightly run
                    old: outputs/old/scores.json
                    new: outputs/new/scores.json
                    format: json
                    key: id
                    ignore: [$.generated_at]
                    tolerance: {absolute: 1.0e-9}
                  - id: summary
                    old: outputs/old/summary.csv
                    new: outputs/new/summary.csv
                    format: csv
                    key: territory
                  - id: report
                    old: outputs/old/report.txt
                    new: outputs/new/report.txt
                """);
        return folder;
    }

    public static OpenedWorkspace open(Path ws) {
        return new WorkspaceOpener(new WorkspaceLoader(), new RepositoryInspector(),
                root -> StoreConfig.forWorkspace(root, Map.of()), "tester").open(ws, Progress.NONE);
    }
}
