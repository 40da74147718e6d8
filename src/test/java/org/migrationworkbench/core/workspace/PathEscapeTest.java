package org.migrationworkbench.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationworkbench.core.workspace.Fixtures.assertOneAt;
import static org.migrationworkbench.core.workspace.Fixtures.at;
import static org.migrationworkbench.core.workspace.Fixtures.errorsLoading;
import static org.migrationworkbench.core.workspace.Fixtures.errorsOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.model.OutputRef;
import org.migrationworkbench.core.model.Workspace;

/** Paths may not leave their base: not by '..', not as absolute paths, not through a symbolic link. */
class PathEscapeTest {
    private static final String HEAD = """
            name: Links
            target: .
            phases:
              - id: p1
                title: One
            """;

    @TempDir
    Path tmp;
    private Path workspace;
    private Path outside;

    @BeforeEach
    void createWorkspaceBesideAnOutsideFolder() throws IOException {
        workspace = Files.createDirectories(tmp.resolve("workspace"));
        outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.md"), "- [ ] not yours\n");
    }

    @Test
    void rejectsChecklistFileClimbingOutOfTheWorkspace() {
        assertOneAt(escaping(), 8, 11, "checklists[0].file", "path '../../etc/passwd' leaves the workspace");
    }

    @Test
    void rejectsAbsoluteChecklistFile() {
        assertOneAt(escaping(), 10, 11, "checklists[1].file",
                "absolute path '/etc/passwd' is not allowed; use a path relative to the workspace");
    }

    @Test
    void rejectsGlobWithParentSegment() {
        assertOneAt(escaping(), 14, 13, "rules[0].paths[0]", "glob 'src/../../x/*.py' may not contain '..'");
    }

    @Test
    void rejectsGlobWithParentSegmentAfterAWildcard() {
        assertOneAt(escaping(), 14, 33, "rules[0].paths[1]", "glob 'src/*/../../../etc/passwd' may not contain '..'");
    }

    @Test
    void rejectsAbsoluteRulePath() {
        assertOneAt(escaping(), 17, 11, "rules[1].from",
                "absolute path '/etc/passwd' is not allowed; use a path relative to the target repository");
    }

    @Test
    void rejectsComparisonSideClimbingOutOfTheWorkspace() {
        assertOneAt(escaping(), 21, 10, "comparisons[0].old", "path '../x' leaves the workspace");
    }

    @Test
    void rejectsGitPathClimbingOutOfTheTarget() {
        assertOneAt(escaping(), 24, 10, "comparisons[1].old", "path '../../x' leaves the target repository");
        assertThat(escaping()).hasSize(7);
    }

    @Test
    void rejectsOutputFolderThatIsASymlinkToOutside() throws IOException {
        Files.createDirectories(workspace.resolve("outputs/old"));
        Files.createSymbolicLink(workspace.resolve("outputs/new"), outside);
        Fixtures.writeManifest(workspace, HEAD + """
                comparisons:
                  - id: cmp
                    old: outputs/old
                    new: outputs/new
                  - id: below-the-link
                    old: outputs/old/result.json
                    new: outputs/new/result.json
                """);

        assertThat(errorsLoading(workspace)).satisfiesExactly(
                at(9, 10, "comparisons[0].new", "path 'outputs/new' resolves through a symbolic link to "
                        + outside.toRealPath() + ", outside the workspace"),
                at(12, 10, "comparisons[1].new", "resolves through a symbolic link to "
                        + outside.toRealPath().resolve("result.json") + ", outside the workspace"));
    }

    @Test
    void rejectsChecklistFileThatIsASymlinkToOutside() throws IOException {
        Files.createDirectories(workspace.resolve("checklists"));
        Files.createSymbolicLink(workspace.resolve("checklists/inventory.md"), outside.resolve("secret.md"));
        Fixtures.writeManifest(workspace, HEAD + """
                checklists:
                  - id: inventory
                    file: checklists/inventory.md
                """);

        assertThat(errorsLoading(workspace)).singleElement().satisfies(at(8, 11, "checklists[0].file",
                "path 'checklists/inventory.md' resolves through a symbolic link to "
                        + outside.toRealPath().resolve("secret.md") + ", outside the workspace"));
    }

    @Test
    void rejectsDanglingSymlink() throws IOException {
        Files.createDirectories(workspace.resolve("outputs/old"));
        Files.createSymbolicLink(workspace.resolve("outputs/new"), outside.resolve("gone"));
        Fixtures.writeManifest(workspace, HEAD + """
                comparisons:
                  - id: cmp
                    old: outputs/old
                    new: outputs/new
                """);

        assertThat(errorsLoading(workspace)).singleElement()
                .satisfies(at(9, 10, "comparisons[0].new", "resolves through a symbolic link"));
    }

    @Test
    void rejectsRulePathThatIsASymlinkOutOfTheTarget() throws IOException {
        Files.createSymbolicLink(workspace.resolve("config"), outside);
        Fixtures.writeManifest(workspace, HEAD + """
                rules:
                  - id: docs
                    kind: doc-present
                    file: config/README.md
                    headings: [Usage]
                """);

        assertThat(errorsLoading(workspace)).singleElement().satisfies(at(9, 11, "rules[0].file",
                "resolves through a symbolic link to " + outside.toRealPath().resolve("README.md")
                        + ", outside the target repository"));
    }

    @Test
    void acceptsSymlinkThatStaysInside() throws IOException {
        Files.createDirectories(workspace.resolve("outputs/old"));
        Files.createDirectories(workspace.resolve("outputs/run-2"));
        Files.createSymbolicLink(workspace.resolve("outputs/latest"), Path.of("run-2"));
        Files.createDirectories(workspace.resolve("lists"));
        Files.writeString(workspace.resolve("lists/real.md"), "- [ ] item\n");
        Files.createSymbolicLink(workspace.resolve("lists/current.md"), Path.of("real.md"));
        Fixtures.writeManifest(workspace, HEAD + """
                checklists:
                  - id: current
                    file: lists/current.md
                comparisons:
                  - id: cmp
                    old: outputs/old
                    new: outputs/latest
                """);

        Workspace loaded = new WorkspaceLoader().load(workspace).workspace();

        Path root = workspace.toAbsolutePath().normalize();
        assertThat(loaded.checklists().get(0).file()).contains(root.resolve("lists/current.md"));
        assertThat(loaded.comparisons().get(0).newSide())
                .isEqualTo(new OutputRef.WorkspacePath("outputs/latest", root.resolve("outputs/latest")));
    }

    @Test
    void acceptsOutputsThatDoNotExistYet() {
        Fixtures.writeManifest(workspace, HEAD + """
                comparisons:
                  - id: cmp
                    old: outputs/old/report.csv
                    new: outputs/new/report.csv
                """);

        assertThat(new WorkspaceLoader().load(workspace).workspace().comparisons()).hasSize(1);
    }

    private static List<Problem> escaping() {
        return errorsOf("escaping-paths");
    }
}
