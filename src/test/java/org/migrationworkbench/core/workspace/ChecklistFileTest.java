package org.migrationworkbench.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationworkbench.core.workspace.Fixtures.at;
import static org.migrationworkbench.core.workspace.Fixtures.errorsLoading;
import static org.migrationworkbench.core.workspace.Fixtures.errorsOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A checklist has a file or items; its file must exist and be text. */
class ChecklistFileTest {
    private static final String WITH_CHECKLIST = """
            name: One checklist
            target: .
            phases:
              - id: p1
                title: One
            checklists:
              - id: inventory
                file: inventory.md
            """;

    @TempDir
    Path dir;

    @Test
    void rejectsMissingFileAndChecklistsWithNeitherOrBothSources() {
        assertThat(errorsOf("missing-checklist-file")).satisfiesExactly(
                at(8, 11, "checklists[0].file", "checklist file 'checklists/inventory.md' does not exist"),
                at(9, 5, "checklists[1]", "checklist 'neither' needs exactly one of 'file' or 'items'"),
                at(11, 5, "checklists[2]", "checklist 'both' needs exactly one of 'file' or 'items'"));
    }

    @Test
    void rejectsBinaryChecklistFile() throws IOException {
        Fixtures.writeManifest(dir, WITH_CHECKLIST);
        Files.write(dir.resolve("inventory.md"), new byte[] {'-', ' ', '[', ' ', ']', ' ', 0, 1, 2, 3});

        assertThat(errorsLoading(dir)).singleElement()
                .satisfies(at(8, 11, "checklists[0].file", "checklist file 'inventory.md' is binary, not Markdown text"));
    }

    @Test
    void rejectsFolderGivenAsChecklistFile() throws IOException {
        Fixtures.writeManifest(dir, WITH_CHECKLIST);
        Files.createDirectories(dir.resolve("inventory.md"));

        assertThat(errorsLoading(dir)).singleElement()
                .satisfies(at(8, 11, "checklists[0].file", "checklist file 'inventory.md' does not exist"));
    }

    @Test
    void acceptsMarkdownChecklistFile() throws IOException {
        Fixtures.writeManifest(dir, WITH_CHECKLIST);
        Files.writeString(dir.resolve("inventory.md"), "# Inventory\n\n- [ ] List the jobs\n- [x] Naïve owner\n");

        assertThat(new WorkspaceLoader().load(dir).workspace().checklists().get(0).file())
                .contains(dir.toAbsolutePath().normalize().resolve("inventory.md"));
    }
}
