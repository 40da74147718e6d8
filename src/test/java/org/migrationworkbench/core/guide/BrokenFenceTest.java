package org.migrationworkbench.core.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A broken code fence is closed where it was meant to end and does not swallow the rest of the guide. */
class BrokenFenceTest {
    private final GuideImporter importer = new GuideImporter();

    @Test
    void fenceLeftOpenBeforeAnotherFenceWithInfoIsClosedWhereMarkdownResumes() {
        String markdown = Guides.text("broken-fence-info.md");
        Guide guide = importer.read(markdown, ItemMode.AUTO);

        assertThat(guide.warnings()).containsExactly(new GuideWarning(5, "unclosed code fence opened at line 5; "
                + "closed it at line 7 to recover the rest of the guide from line 8"));
        assertThat(guide.allSections()).extracting(Section::path).containsExactly(List.of("Broken Fences"),
                List.of("Broken Fences", "Install"), List.of("Broken Fences", "Configure"));
        assertThat(Guides.section(guide, "Broken Fences", "Install").code())
                .extracting(CodeBlock::info, CodeBlock::content, CodeBlock::line)
                .containsExactly(tuple("bash", "pip install -r requirements.txt", 5));
        Section configure = Guides.section(guide, "Broken Fences", "Configure");
        assertThat(configure.line()).isEqualTo(8);
        assertThat(configure.items()).extracting(GuideItem::text, GuideItem::checked, GuideItem::line).containsExactly(
                tuple("Copy the settings file", false, 10), tuple("Settings reviewed", true, 16));
        assertThat(configure.code()).extracting(CodeBlock::info, CodeBlock::content, CodeBlock::line)
                .containsExactly(tuple("python", "settings = load()", 12));
        assertCheckboxesPointAtMarks(markdown, guide);
    }

    @Test
    void closingFenceIndentedTooFarIsReadAsTheClosingFence() {
        String markdown = Guides.text("broken-fence-indented.md");
        Guide guide = importer.read(markdown, ItemMode.AUTO);

        assertThat(guide.warnings()).containsExactly(new GuideWarning(7, "closing code fence at line 7 is indented "
                + "too far to close the fence opened at line 5; read it as the closing fence"));
        assertThat(Guides.section(guide, "Indented Closer", "Backup").code())
                .extracting(CodeBlock::content, CodeBlock::line).containsExactly(tuple("pg_dump app > app.sql", 5));
        assertThat(guide.items()).extracting(GuideItem::text, GuideItem::line, GuideItem::sectionPath).containsExactly(
                tuple("Backup stored off-site", 9, List.of("Indented Closer", "Backup")),
                tuple("Restore tested", 13, List.of("Indented Closer", "Restore")));
        assertCheckboxesPointAtMarks(markdown, guide);
    }

    @Test
    void closingFenceOutdentedFromItsListItemClosesTheItemsBlock() {
        String markdown = Guides.text("broken-fence-outdented.md");
        Guide guide = importer.read(markdown, ItemMode.AUTO);

        assertThat(guide.warnings()).containsExactly(new GuideWarning(6, "closing code fence at line 6 is indented "
                + "less than the fence opened at line 4; read it as the closing fence"));
        assertThat(Guides.item(guide, "Run the migration").code())
                .extracting(CodeBlock::info, CodeBlock::content, CodeBlock::line)
                .containsExactly(tuple("bash", "./migrate.sh --apply", 4));
        assertThat(guide.items()).extracting(GuideItem::text, GuideItem::line).containsExactly(
                tuple("Run the migration", 3), tuple("Check the row counts", 7), tuple("Remove the feature flag", 11));
        assertThat(guide.allSections()).extracting(Section::code).allMatch(List::isEmpty);
        assertCheckboxesPointAtMarks(markdown, guide);
    }

    @Test
    void fenceNeverClosedEndsBeforeTheNextHeading() {
        String markdown = Guides.text("broken-fence-unclosed.md");
        Guide guide = importer.read(markdown, ItemMode.AUTO);

        assertThat(guide.warnings()).containsExactly(new GuideWarning(7, "unclosed code fence opened at line 7; "
                + "closed it at line 10 to recover the rest of the guide from line 11"));
        assertThat(Guides.section(guide, "Unclosed Fence", "Setup").code())
                .extracting(CodeBlock::info, CodeBlock::content, CodeBlock::line)
                .containsExactly(tuple("yaml", "agent:\n  mode: active", 7));
        assertThat(Guides.section(guide, "Unclosed Fence", "Rollout").items())
                .extracting(GuideItem::text, GuideItem::line)
                .containsExactly(tuple("Enable on one host", 13), tuple("Enable everywhere", 14));
        assertThat(guide.items()).hasSize(3);
        assertCheckboxesPointAtMarks(markdown, guide);
    }

    @Test
    void fenceNeverClosedWithOnlyCodeAfterItRunsToTheEndWithAWarning() {
        Guide guide = importer.read("# Last\n\n- [ ] Run it\n\n```sh\nrun\n# a comment\n\nmore\n", ItemMode.AUTO);

        assertThat(guide.warnings()).containsExactly(
                new GuideWarning(5, "code fence opened at line 5 is never closed; it runs to the end of the guide"));
        assertThat(guide.sections().get(0).code()).extracting(CodeBlock::content)
                .containsExactly("run\n# a comment\n\nmore");
        assertThat(guide.items()).extracting(GuideItem::text).containsExactly("Run it");
    }

    @Test
    void severalBrokenFencesAreEachRepaired() {
        String markdown = """
                # Two

                ```bash
                one

                ## A

                - [ ] Task A

                ```python
                two
                ```

                ## B

                ```sh
                three

                ## C

                - [x] Task C
                """;

        Guide guide = importer.read(markdown, ItemMode.AUTO);

        assertThat(guide.warnings()).extracting(GuideWarning::line).containsExactly(3, 16);
        assertThat(guide.allSections()).extracting(Section::title).containsExactly("Two", "A", "B", "C");
        assertThat(guide.items()).extracting(GuideItem::text, GuideItem::line)
                .containsExactly(tuple("Task A", 8), tuple("Task C", 21));
        assertThat(guide.allSections()).flatExtracting(Section::code).extracting(CodeBlock::info, CodeBlock::line)
                .containsExactly(tuple("bash", 3), tuple("python", 10), tuple("sh", 16));
        assertCheckboxesPointAtMarks(markdown, guide);
    }

    @Test
    void longerOuterFenceMayHoldShorterFencesWithoutWarning() {
        String markdown = "# Example\n\n````markdown\n```bash\necho\n```\n````\n\n- [ ] After\n";

        Guide guide = importer.read(markdown, ItemMode.AUTO);

        assertThat(guide.warnings()).isEmpty();
        assertThat(guide.sections().get(0).code()).extracting(CodeBlock::content)
                .containsExactly("```bash\necho\n```");
        assertThat(guide.items()).extracting(GuideItem::text).containsExactly("After");
    }

    @Test
    void crlfBrokenFenceIsRepairedAtTheSameLines() {
        String lf = Guides.text("broken-fence-info.md");

        assertThat(importer.read(lf.replace("\n", "\r\n"), ItemMode.AUTO)).isEqualTo(importer.read(lf, ItemMode.AUTO));
    }

    private static void assertCheckboxesPointAtMarks(String markdown, Guide guide) {
        assertThat(guide.items()).allSatisfy(item -> {
            char mark = Guides.markAt(markdown, item.checkbox().orElseThrow());
            assertThat(mark != ' ').isEqualTo(item.checked());
            assertThat(mark).isIn(' ', 'x', 'X');
        });
    }
}
