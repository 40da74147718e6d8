package org.migrationworkbench.core.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Headings form the section tree; text before the first heading forms a level-0 section only when it has items. */
class SectionTreeTest {
    private final GuideImporter importer = new GuideImporter();

    @Test
    void headingsNestByLevelWithPathsFromTheRoot() {
        Guide guide = Guides.read("nested-tasks.md");

        assertThat(guide.title()).isEqualTo("Service Migration");
        assertThat(guide.sections()).singleElement().extracting(Section::title).isEqualTo("Service Migration");
        assertThat(guide.allSections()).extracting(Section::level, Section::line, Section::path).containsExactly(
                tuple(1, 1, List.of("Service Migration")),
                tuple(2, 5, List.of("Service Migration", "Preparation")),
                tuple(3, 24, List.of("Service Migration", "Preparation", "Database")));
    }

    @Test
    void hashLinesInsideFencesAreNotHeadings() {
        Guide guide = Guides.read("shell-comments.md");

        assertThat(guide.allSections()).extracting(Section::path).containsExactly(
                List.of("Deploy Guide"), List.of("Deploy Guide", "Verify"));
        assertThat(guide.sections().get(0).code()).singleElement().satisfies(code -> {
            assertThat(code.info()).isEqualTo("bash");
            assertThat(code.line()).isEqualTo(3);
            assertThat(code.content()).isEqualTo("# Install dependencies\nnpm ci\n\n## Not a heading either");
        });
        assertThat(Guides.item(guide, "Run the installer").code()).singleElement()
                .satisfies(code -> assertThat(code.content()).isEqualTo("# Build\nmake build"));
        assertThat(Guides.section(guide, "Deploy Guide", "Verify").code()).extracting(CodeBlock::info, CodeBlock::line)
                .containsExactly(tuple("python", 19));
        assertThat(guide.warnings()).isEmpty();
    }

    @Test
    void textBeforeTheFirstHeadingFormsALevelZeroSectionWhenItHasItems() {
        Guide guide = importer.read("Intro\n\n- [ ] Early task\n\n## Later\n\n- [ ] Later task\n", ItemMode.AUTO);

        assertThat(guide.sections()).extracting(Section::title, Section::level, Section::path).containsExactly(
                tuple("", 0, List.of()), tuple("Later", 2, List.of("Later")));
        assertThat(guide.sections().get(0).items()).extracting(GuideItem::text).containsExactly("Early task");
    }

    @Test
    void textBeforeTheFirstHeadingWithoutItemsFormsNoSection() {
        Guide guide = Guides.read("nested-tasks.md");

        assertThat(guide.allSections()).noneMatch(s -> s.level() == 0);
    }

    @Test
    void titleIsTheFirstLevelOneHeadingElseTheFirstHeadingElseEmpty() {
        assertThat(importer.read("## Second\n\n# First\n", ItemMode.AUTO).title()).isEqualTo("First");
        assertThat(importer.read("### Only *emphasised* `code`\n", ItemMode.AUTO).title())
                .isEqualTo("Only emphasised code");
        assertThat(importer.read("- [ ] no heading at all\n", ItemMode.AUTO).title()).isEmpty();
    }

    @Test
    void skippedLevelsHangUnderTheNearestHigherHeading() {
        Guide guide = importer.read("# A\n### B\n## C\n#### D\n# E\n", ItemMode.AUTO);

        assertThat(guide.allSections()).extracting(Section::path).containsExactly(List.of("A"), List.of("A", "B"),
                List.of("A", "C"), List.of("A", "C", "D"), List.of("E"));
    }

    @Test
    void emptyTextGivesAnEmptyGuide() {
        Guide guide = importer.read("", ItemMode.AUTO);

        assertThat(guide.sections()).isEmpty();
        assertThat(guide.title()).isEmpty();
        assertThat(guide.mode()).isEqualTo(ItemMode.LIST_ITEMS);
        assertThat(guide.warnings()).isEmpty();
    }
}
