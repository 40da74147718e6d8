package org.migrationworkbench.core.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.migrationworkbench.core.guide.Guide;
import org.migrationworkbench.core.guide.GuideItem;
import org.migrationworkbench.core.guide.ItemMode;
import org.migrationworkbench.core.guide.Section;
import org.migrationworkbench.core.model.Checklist;
import org.migrationworkbench.core.store.ChecklistStateRepository.ItemState;

class MarkdownExportTest {
    private static final Checklist DECLARED = new Checklist("g", Optional.empty(), Optional.of(Path.of("g.md")),
            List.of(), Optional.empty());

    /** A checklist of the task boxes found by scanning {@code text} for "[ ]"/"[x]" (positions by hand). */
    private static LoadedChecklist checklist(String text, Map<String, String> states) {
        List<ChecklistEntry> entries = new ArrayList<>();
        String[] lines = text.replace("\uFEFF", "").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int box = lines[i].indexOf("- [");
            if (box >= 0) {
                String itemText = lines[i].substring(box + 6).trim();
                GuideItem item = new GuideItem(itemText, true, lines[i].charAt(box + 3) != ' ', i + 1, List.of("S"),
                        "", List.of(), List.of(), Optional.of(new GuideItem.CheckboxPosition(i + 1, box + 3)));
                entries.add(new ChecklistEntry(itemText, item, List.of()));
            }
        }
        Section section = new Section("S", 1, 1, List.of("S"), entries.stream().map(ChecklistEntry::item).toList(),
                List.of(), List.of());
        Guide guide = new Guide("S", ItemMode.TASKS_ONLY, List.of(section), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
        Map<String, ItemState> recorded = new java.util.HashMap<>();
        states.forEach((id, state) -> recorded.put(id, new ItemState("g", id, state, "t", Instant.EPOCH, "")));
        return new LoadedChecklist(DECLARED, guide, List.of(new ChecklistSection(section, entries, List.of())),
                recorded, List.of(), List.of());
    }

    private static String export(String text, Map<String, String> states) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new String(new MarkdownExport().export(bytes, checklist(text, states)).bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void doneItemsAreTickedAndReopenedOnesClearedAndNothingElseChanges() {
        String guide = "# Cutover ✅\r\n\r\n- [ ] Freeze writes  \r\n- [x] Announce\r\n  - [ ] Café sign-off\r\n";
        String out = export(guide, Map.of("Freeze writes", "done", "Announce", "open", "Café sign-off", "done"));
        assertThat(out).isEqualTo(guide.replace("- [ ] Freeze", "- [x] Freeze").replace("- [x] Announce",
                "- [ ] Announce").replace("- [ ] Café", "- [x] Café"));
    }

    @Test
    void anUnchangedChecklistExportsByteForByte() {
        String guide = "\uFEFFIntro é\n\n- [ ] One\n- [X] Two\n\n```sh\n# not a heading\n```\n";
        byte[] bytes = guide.getBytes(StandardCharsets.UTF_8);
        MarkdownExport.Result result = new MarkdownExport().export(bytes, checklist(guide, Map.of()));
        assertThat(result.bytes()).isEqualTo(bytes);
        assertThat(result.changed()).isZero();
    }

    @Test
    void positionsAfterMultiByteCharactersAndABomLandOnTheBox() {
        String guide = "\uFEFF- [ ] 🦊 first\n  ü - [ ] second\n";
        String out = export(guide, Map.of("🦊 first", "done", "second", "done"));
        assertThat(out).isEqualTo("\uFEFF- [x] 🦊 first\n  ü - [x] second\n");
    }

    @Test
    void notApplicableItemsKeepTheMarkTheFileHad() {
        String guide = "- [ ] Skip me\n- [x] Skipped too\n";
        assertThat(export(guide, Map.of("Skip me", "na", "Skipped too", "na"))).isEqualTo(guide);
    }

    @Test
    void aPositionThatNoLongerHoldsABoxIsSkippedAndReported() {
        String guide = "- [ ] One\n";
        LoadedChecklist checklist = checklist(guide, Map.of("One", "done"));
        byte[] edited = "Changed line\n".getBytes(StandardCharsets.UTF_8);
        MarkdownExport.Result result = new MarkdownExport().export(edited, checklist);
        assertThat(result.bytes()).isEqualTo(edited);
        assertThat(result.skipped()).singleElement().asString().contains("line 1");
    }
}
