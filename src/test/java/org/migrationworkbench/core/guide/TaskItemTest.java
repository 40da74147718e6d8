package org.migrationworkbench.core.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.migrationworkbench.core.guide.GuideItem.CheckboxPosition;

/** Task items with their nesting, states, lines, checkbox positions, detail and code. */
class TaskItemTest {
    private final GuideImporter importer = new GuideImporter();

    @Test
    void nestedTaskItemsKeepTheirTreeStatesAndLines() {
        Guide guide = Guides.read("nested-tasks.md");

        assertThat(guide.mode()).isEqualTo(ItemMode.TASKS_ONLY);
        List<GuideItem> preparation = Guides.section(guide, "Service Migration", "Preparation").items();
        assertThat(preparation).extracting(GuideItem::text, GuideItem::checked, GuideItem::line).containsExactly(
                tuple("Inventory the services", false, 7), tuple("Freeze the schema", true, 11),
                tuple("Star-bulleted task", false, 22));
        GuideItem inventory = preparation.get(0);
        assertThat(inventory.children()).extracting(GuideItem::text, GuideItem::checked, GuideItem::line)
                .containsExactly(tuple("List the cron jobs", true, 8), tuple("List the queues", false, 9));
        assertThat(inventory.children().get(1).children()).extracting(GuideItem::text, GuideItem::checked)
                .containsExactly(tuple("Queue owners known", true));
        assertThat(guide.items()).hasSize(7).allMatch(GuideItem::task);
        assertThat(Guides.itemTexts(guide, "Service Migration", "Preparation", "Database"))
                .containsExactly("Numbered task");
    }

    @Test
    void checkboxPositionsPointAtTheMarkInTheOriginalText() {
        String markdown = Guides.text("nested-tasks.md");
        Guide guide = importer.read(markdown, ItemMode.AUTO);

        assertThat(guide.items()).extracting(i -> i.checkbox().orElseThrow()).containsExactly(
                new CheckboxPosition(7, 3), new CheckboxPosition(8, 5), new CheckboxPosition(9, 5),
                new CheckboxPosition(10, 7), new CheckboxPosition(11, 3), new CheckboxPosition(22, 3),
                new CheckboxPosition(26, 4));
        assertThat(guide.items()).allSatisfy(item -> {
            char mark = Guides.markAt(markdown, item.checkbox().orElseThrow());
            assertThat(mark).isIn(' ', 'x', 'X');
            assertThat(mark != ' ').isEqualTo(item.checked());
        });
        assertThat(Guides.markAt(markdown, Guides.item(guide, "Queue owners known").checkbox().get())).isEqualTo('X');
    }

    @Test
    void detailIsTheMarkdownUnderAnItemButItsFirstParagraphSubItemsAndCode() {
        GuideItem freeze = Guides.item(Guides.read("nested-tasks.md"), "Freeze the schema");

        assertThat(freeze.detail()).isEqualTo("The schema is frozen at version 42.\n\n- note one\n- note two");
        assertThat(freeze.children()).isEmpty();
        assertThat(freeze.code()).singleElement().satisfies(code -> {
            assertThat(code.info()).isEqualTo("bash");
            assertThat(code.line()).isEqualTo(18);
            assertThat(code.content()).isEqualTo("# dump the schema\npg_dump --schema-only app > schema.sql");
        });
        assertThat(Guides.item(Guides.read("nested-tasks.md"), "Inventory the services").detail()).isEmpty();
    }

    @Test
    void codeOutsideItemsBelongsToTheSection() {
        Guide guide = Guides.read("nested-tasks.md");

        assertThat(Guides.section(guide, "Service Migration", "Preparation").code()).isEmpty();
        assertThat(Guides.section(guide, "Service Migration", "Preparation", "Database").code())
                .extracting(CodeBlock::info, CodeBlock::content, CodeBlock::line)
                .containsExactly(tuple("sql", "-- not an item\nSELECT 1;", 29));
    }

    @Test
    void itemsKnowTheirSectionPath() {
        Guide guide = Guides.read("nested-tasks.md");

        assertThat(Guides.item(guide, "Queue owners known").sectionPath())
                .containsExactly("Service Migration", "Preparation");
        assertThat(Guides.item(guide, "Numbered task").sectionPath())
                .containsExactly("Service Migration", "Preparation", "Database");
    }

    @Test
    void itemTextIsPlainTextOfTheFirstParagraph() {
        Guide guide = importer.read("- [ ] Run **`make`** with [the docs](http://x) and\n  a second line\n",
                ItemMode.AUTO);

        assertThat(guide.items()).extracting(GuideItem::text).containsExactly("Run make with the docs and a second line");
    }

    @Test
    void crlfLineEndingsGiveTheSameGuideAsLf() {
        String lf = Guides.text("nested-tasks.md");
        String crlf = lf.replace("\n", "\r\n");

        Guide fromCrlf = importer.read(crlf, ItemMode.AUTO);

        assertThat(fromCrlf).isEqualTo(importer.read(lf, ItemMode.AUTO));
        assertThat(fromCrlf.items()).allSatisfy(item ->
                assertThat(Guides.markAt(crlf, item.checkbox().get())).isIn(' ', 'x', 'X'));
    }

    @Test
    void tabsAndZeroWidthCharactersDoNotHideTasks() {
        String markdown = "# T\n\n-\t[ ] Tabbed task\n\u200B- [x] Task after a zero-width space\n"
                + "- [ ] Word\u200Bjoined\n";

        Guide guide = importer.read(markdown, ItemMode.AUTO);

        assertThat(guide.items()).extracting(GuideItem::text, GuideItem::checked, GuideItem::checkbox).containsExactly(
                tuple("Tabbed task", false, Optional.of(new CheckboxPosition(3, 3))),
                tuple("Task after a zero-width space", true, Optional.of(new CheckboxPosition(4, 4))),
                tuple("Wordjoined", false, Optional.of(new CheckboxPosition(5, 3))));
        assertThat(guide.items()).allSatisfy(item ->
                assertThat(Guides.markAt(markdown, item.checkbox().get())).isIn(' ', 'x'));
    }
}
