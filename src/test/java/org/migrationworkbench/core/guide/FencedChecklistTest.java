package org.migrationworkbench.core.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.migrationworkbench.core.guide.GuideItem.CheckboxPosition;

/** A fence without info string that holds a Markdown checklist is read as Markdown, at its lines in the guide. */
class FencedChecklistTest {

    @Test
    void checklistInAnUnlabeledFenceBecomesItemsAtTheirOwnLines() {
        String markdown = Guides.text("fenced-checklist.md");
        Guide guide = new GuideImporter().read(markdown, ItemMode.AUTO);

        Section release = Guides.section(guide, "Release Checklist");
        assertThat(release.items()).extracting(GuideItem::text, GuideItem::checked, GuideItem::line, GuideItem::checkbox)
                .containsExactly(
                        tuple("Tag the release", false, 6, Optional.of(new CheckboxPosition(6, 3))),
                        tuple("Changelog written", true, 7, Optional.of(new CheckboxPosition(7, 3))));
        assertThat(release.items().get(1).children()).extracting(GuideItem::text, GuideItem::line, GuideItem::checkbox)
                .containsExactly(tuple("Links checked", 8, Optional.of(new CheckboxPosition(8, 5))));
        assertThat(release.code()).extracting(CodeBlock::content, CodeBlock::line)
                .containsExactly(tuple("plain text block, not a checklist", 11));
        assertThat(guide.warnings()).isEmpty();
    }

    @Test
    void checklistInAFenceUnderAnItemBecomesItsSubItems() {
        String markdown = Guides.text("fenced-checklist.md");
        Guide guide = new GuideImporter().read(markdown, ItemMode.AUTO);

        GuideItem verify = Guides.item(guide, "Verify the checklist");
        assertThat(verify.code()).isEmpty();
        assertThat(verify.children()).extracting(GuideItem::text, GuideItem::line, GuideItem::checkbox).containsExactly(
                tuple("Sub-check one", 20, Optional.of(new CheckboxPosition(20, 5))),
                tuple("Sub-check two", 21, Optional.of(new CheckboxPosition(21, 5))));
        assertThat(guide.items()).allSatisfy(item ->
                assertThat(Guides.markAt(markdown, item.checkbox().orElseThrow())).isIn(' ', 'x'));
    }

    @Test
    void labeledFenceWithChecklistLinesStaysCode() {
        Guide guide = new GuideImporter().read("# Docs\n\n```markdown\n- [ ] Example task\n```\n", ItemMode.AUTO);

        assertThat(guide.items()).isEmpty();
        assertThat(guide.sections().get(0).code()).extracting(CodeBlock::info).containsExactly("markdown");
    }
}
