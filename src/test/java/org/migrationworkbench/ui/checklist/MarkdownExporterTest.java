package org.migrationworkbench.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.guide.GuideImporter;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.testing.TestWorkspaces;
import org.migrationworkbench.ui.task.SameThreadTaskRunner;

class MarkdownExporterTest {
    @TempDir
    Path temp;

    @Test
    void anExportHoldsEveryChangeMadeBeforeItAndNothingElseChanges() throws Exception {
        Path ws = TestWorkspaces.valid(temp.resolve("ws"), "Export");
        String guide = "# Go live\r\n\r\n- [ ] Freeze the old system\r\n- [x] Announce\r\n\r\n```sh\r\n# keep\r\n```\r\n";
        Files.writeString(ws.resolve("checklists/go-live.md"), guide);
        List<Throwable> reported = new ArrayList<>();
        List<String> done = new ArrayList<>();
        // writes run inline, in order, like the app's single writer thread; the export is queued behind them
        java.util.concurrent.Executor writes = Runnable::run;
        try (OpenedWorkspace opened = ChecklistWorkspaces.open(ws)) {
            ChecklistContext context = new ChecklistContext(new GuideImporter()::read, new SameThreadTaskRunner(),
                    writes, Runnable::run, (title, error) -> reported.add(error), "alice", Clock.systemUTC());
            ChecklistViewModel model = new ChecklistViewModel(opened, context);
            model.load();
            assertThat(model.canExport()).isTrue();
            model.toggle(); // the first item: Freeze the old system -> done
            model.selection().select(model.treeProperty().get().rows().stream().filter(ItemRow.class::isInstance)
                    .map(ItemRow.class::cast).filter(r -> r.text().equals("Announce")).findFirst().orElseThrow());
            model.toggle(); // Announce -> open
            Path target = temp.resolve("out/go-live-progress.md");
            Files.createDirectories(target.getParent());
            model.exportMarkdown(target);
            assertThat(reported).isEmpty();
            assertThat(target).hasContent(guide.replace("- [ ] Freeze", "- [x] Freeze").replace("- [x] Announce",
                    "- [ ] Announce"));
            assertThat(Files.readAllBytes(target)).isEqualTo(guide.replace("- [ ] Freeze", "- [x] Freeze")
                    .replace("- [x] Announce", "- [ ] Announce").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(model.exportedProperty().get()).contains("2 boxes changed");
            assertThat(ws.resolve("checklists/go-live.md")).hasContent(guide);
        }
    }
}
