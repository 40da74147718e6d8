package org.migrationworkbench.core.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.migrationworkbench.core.WorkbenchException;

/**
 * Guides shuffled together from the lines of every fixture and some odd ones import without failing, and every
 * position in the result points into the text: lines exist, checkboxes sit on a mark. Nesting is read up to
 * hundreds of levels; deeper is refused with a message, never a crash.
 */
class RobustnessTest {
    private static final List<String> FIXTURES = List.of("nested-tasks.md", "shell-comments.md", "no-task-boxes.md",
            "broken-fence-info.md", "broken-fence-indented.md", "broken-fence-outdented.md",
            "broken-fence-unclosed.md", "fenced-checklist.md", "choices.md", "signoff.md", "metrics.md",
            "timeline.md", "code-refs.md", "mojibake.md");
    private static final List<String> ODD_LINES = List.of("```", "    ```", "~~~", "````", "```bash", "  ```",
            "- [ ]", "- [x]", "-\t[ ] tab", "> - [ ] quoted task", "> ```", "1) [X] numbered", "* [ ] [ ] [x]",
            "\uFEFF# bom heading", "\u200B- [ ] hidden", "| a | b |", "|---|---|", "## Phase 0: Zero (Week 0)",
            "Risk Level: EXTREME", "Dependencies: Phase", "`99999999999:1:x`", "<div>", "</div>", "[ref]: http://x",
            "- [ ] ðŸ¦Š Ã", "\u0000", "", "", "");
    private static final int LINES = 60;

    private final GuideImporter importer = new GuideImporter();

    @RepeatedTest(200)
    void shuffledGuideImportsWithPositionsInsideTheText(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<String> pool = new ArrayList<>(ODD_LINES);
        FIXTURES.forEach(name -> pool.addAll(Guides.text(name).lines().toList()));
        StringBuilder markdown = new StringBuilder();
        for (int i = 0; i < LINES; i++) {
            markdown.append(pool.get(random.nextInt(pool.size()))).append(random.nextInt(8) == 0 ? "\r\n" : "\n");
        }
        String text = markdown.toString();
        int lineCount = (int) text.lines().count();

        Guide guide = importer.read(text, Stream.of(ItemMode.values()).toList().get(random.nextInt(3)));

        assertThat(guide.mode()).isNotEqualTo(ItemMode.AUTO);
        assertThat(guide.items()).allSatisfy(item -> {
            assertThat(item.line()).isBetween(1, lineCount);
            item.checkbox().ifPresent(box -> assertThat(Guides.markAt(text, box)).isIn(' ', 'x', 'X'));
        });
        assertThat(guide.allSections()).allSatisfy(s -> assertThat(s.line()).isBetween(1, Math.max(1, lineCount)));
        assertThat(guide.warnings()).allSatisfy(w -> assertThat(w.line()).isBetween(1, lineCount));
    }

    @Test
    void hundredLevelsOfNestedTasksImport() {
        StringBuilder markdown = new StringBuilder();
        for (int level = 0; level < 100; level++) {
            markdown.append("  ".repeat(level)).append("- [ ] Level ").append(level).append('\n');
        }

        Guide guide = importer.read(markdown.toString(), ItemMode.AUTO);

        assertThat(guide.items()).hasSize(100);
        assertThat(guide.items().get(99).checkbox()).hasValueSatisfying(box -> assertThat(box.column()).isEqualTo(201));
    }

    @Test
    void nestingTooDeepToReadIsRefusedWithAClearMessage() {
        String markdown = ">".repeat(1_000_000) + " - [ ] buried\n";

        assertThatThrownBy(() -> importer.read(markdown, ItemMode.AUTO)).isInstanceOf(WorkbenchException.class)
                .hasMessage("Cannot import the guide: it nests lists, block quotes or emphasis too deeply (hundreds of "
                        + "levels) to be read. Flatten the nesting and import it again.");
    }
}
