package org.migrationworkbench.ui.checklist;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.checklist.GuideReader;
import org.migrationworkbench.core.git.RepositoryInspector;
import org.migrationworkbench.core.guide.Guide;
import org.migrationworkbench.core.guide.GuideItem;
import org.migrationworkbench.core.guide.ItemMode;
import org.migrationworkbench.core.guide.Section;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.session.WorkspaceOpener;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import org.migrationworkbench.testing.TestWorkspaces;

/** A workspace with an inline checklist and a Markdown one (read by a fixed guide), opened for real. */
final class ChecklistWorkspaces {
    static final List<String> INLINE = List.of("Freeze writes", "Announce the window", "Switch DNS",
            "Tell sales ops");

    private ChecklistWorkspaces() {
    }

    /** Writes the workspace; {@code inline} are the items of checklist {@code x}. */
    static Path write(Path folder, List<String> inline) {
        TestWorkspaces.write(folder.resolve("checklists/cutover.md"), "# Cutover\n\n- [ ] one\n");
        StringBuilder items = new StringBuilder();
        inline.forEach(item -> items.append("      - ").append(item).append('\n'));
        TestWorkspaces.write(folder.resolve("workbench.yaml"), """
                name: Checklist test
                target: .
                start: 2026-09-07
                phases:
                  - id: p1
                    title: Only phase
                    weeks: 1
                checklists:
                  - id: x
                    title: Inline checks
                    items:
                %s  - id: cutover
                    file: checklists/cutover.md
                """.formatted(items));
        return folder;
    }

    static OpenedWorkspace open(Path folder) {
        return opener().open(folder, Progress.NONE);
    }

    static OpenedWorkspace reload(OpenedWorkspace current) {
        return opener().reload(current, Progress.NONE);
    }

    private static WorkspaceOpener opener() {
        return new WorkspaceOpener(new WorkspaceLoader(), new RepositoryInspector(),
                root -> StoreConfig.forWorkspace(root, Map.of()), "tester");
    }

    /** The guide of cutover.md: two sections, the first with a sub-item and a ticked item. */
    static GuideReader cutoverGuide() {
        return (file, mode) -> {
            GuideItem rehearse = item("Rollback rehearsed", false, List.of("Prep"), List.of());
            GuideItem runbook = item("Runbook reviewed", false, List.of("Prep"), List.of(rehearse));
            GuideItem filed = item("Change request filed", true, List.of("Prep"), List.of());
            GuideItem cron = item("Legacy cron disabled", false, List.of("Go"), List.of());
            List<Section> sections = new ArrayList<>();
            sections.add(new Section("Prep", 2, 3, List.of("Prep"), List.of(runbook, filed), List.of(), List.of()));
            sections.add(new Section("Go", 2, 9, List.of("Go"), List.of(cron), List.of(), List.of()));
            sections.add(new Section("Metrics", 2, 12, List.of("Metrics"), List.of(), List.of(), List.of()));
            return new Guide("Cutover", ItemMode.TASKS_ONLY, sections, List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of());
        };
    }

    private static GuideItem item(String text, boolean checked, List<String> path, List<GuideItem> children) {
        return new GuideItem(text, true, checked, 1, path, "Some detail about " + text, List.of(), children,
                Optional.empty());
    }
}
