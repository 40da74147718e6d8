package org.migrationworkbench.core.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** Which list items become checklist items in each mode, and what AUTO resolves to. */
class ItemModeTest {
    private final GuideImporter importer = new GuideImporter();

    @Test
    void autoTakesEveryListItemFromAGuideWithoutTaskBoxes() {
        Guide guide = Guides.read("no-task-boxes.md");

        assertThat(guide.mode()).isEqualTo(ItemMode.LIST_ITEMS);
        assertThat(guide.items()).hasSize(7).noneMatch(GuideItem::task).allMatch(i -> i.checkbox().isEmpty());
        assertThat(Guides.section(guide, "API Migration Plan", "Steps").items())
                .extracting(GuideItem::text, GuideItem::line).containsExactly(
                        tuple("Review API Implementation", 5), tuple("Update the client library", 6),
                        tuple("Deploy to staging", 9));
        assertThat(Guides.item(guide, "Update the client library").children())
                .extracting(GuideItem::text, GuideItem::line)
                .containsExactly(tuple("Regenerate the stubs", 7), tuple("Bump the version", 8));
        assertThat(Guides.itemTexts(guide, "API Migration Plan", "Notes"))
                .containsExactly("Keep the old endpoint for one release", "Announce the change");
    }

    @Test
    void tasksOnlyTakesNothingFromAGuideWithoutTaskBoxes() {
        Guide guide = Guides.read("no-task-boxes.md", ItemMode.TASKS_ONLY);

        assertThat(guide.mode()).isEqualTo(ItemMode.TASKS_ONLY);
        assertThat(guide.items()).isEmpty();
        assertThat(guide.allSections()).hasSize(3);
    }

    @Test
    void autoTakesOnlyTaskItemsWhenTheGuideHasAny() {
        Guide guide = Guides.read("nested-tasks.md");

        assertThat(guide.mode()).isEqualTo(ItemMode.TASKS_ONLY);
        assertThat(guide.items()).extracting(GuideItem::text).doesNotContain("Plain numbered step", "note one");
    }

    @Test
    void listItemsModeTakesPlainItemsOfATaskGuideAsWell() {
        Guide guide = Guides.read("nested-tasks.md", ItemMode.LIST_ITEMS);

        assertThat(guide.mode()).isEqualTo(ItemMode.LIST_ITEMS);
        assertThat(guide.items()).hasSize(10);
        GuideItem freeze = Guides.item(guide, "Freeze the schema");
        assertThat(freeze.children()).extracting(GuideItem::text, GuideItem::task)
                .containsExactly(tuple("note one", false), tuple("note two", false));
        assertThat(freeze.detail()).isEqualTo("The schema is frozen at version 42.");
        assertThat(Guides.itemTexts(guide, "Service Migration", "Preparation", "Database"))
                .containsExactly("Numbered task", "Plain numbered step");
    }

    @Test
    void tasksUnderAPlainItemMoveUpWithTheirCodeInTasksOnlyMode() {
        String markdown = """
                # Plan

                - Backend
                  - [ ] Migrate the API
                  - Call the owners

                    ```sh
                    ./notify.sh
                    ```
                """;

        Guide guide = importer.read(markdown, ItemMode.TASKS_ONLY);

        assertThat(guide.sections().get(0).items()).extracting(GuideItem::text, GuideItem::line)
                .containsExactly(tuple("Migrate the API", 4));
        assertThat(guide.sections().get(0).code()).extracting(CodeBlock::info, CodeBlock::line)
                .containsExactly(tuple("sh", 7));
    }

    @Test
    void listItemsModeKeepsCodeWithThePlainItemItIsIn() {
        Guide guide = importer.read("- Step one\n\n  ```sh\n  run\n  ```\n", ItemMode.LIST_ITEMS);

        assertThat(guide.items()).singleElement().satisfies(item -> {
            assertThat(item.text()).isEqualTo("Step one");
            assertThat(item.code()).extracting(CodeBlock::content).containsExactly("run");
        });
    }
}
