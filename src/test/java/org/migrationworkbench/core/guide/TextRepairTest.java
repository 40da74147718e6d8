package org.migrationworkbench.core.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Double-encoded text is repaired when unambiguous; odd characters never break an import. */
class TextRepairTest {
    private final GuideImporter importer = new GuideImporter();

    @Test
    void doubleEncodedGuideIsRepairedWithOneWarning() {
        String markdown = Guides.text("mojibake.md");
        Guide guide = importer.read(markdown, ItemMode.AUTO);

        assertThat(guide.title()).isEqualTo("Fox Migration 🦊");
        assertThat(guide.allSections()).extracting(Section::title)
                .containsExactly("Fox Migration 🦊", "Café service — phase one");
        assertThat(guide.items()).extracting(GuideItem::text, GuideItem::checked).containsExactly(
                tuple("Move the café menu – keep prices", false), tuple("Rename über-job", true),
                tuple("Keep naïve spelling as is", false));
        assertThat(guide.warnings()).containsExactly(new GuideWarning(1, "repaired double-encoded characters (UTF-8 "
                + "read as Windows-1252, such as 'Ã©' for 'é') on 4 lines: 1, 3, 5, 6"));
        assertThat(guide.items()).allSatisfy(item ->
                assertThat(Guides.markAt(markdown, item.checkbox().orElseThrow())).isIn(' ', 'x'));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "ðŸ¦Š fox, 🦊 fox",
            "a â€” b, a — b",
            "CafÃ©, Café",
            "Ã¼ber and Ã¶l, über and öl",
            "price: 5 â‚¬, price: 5 €",
            "it didnâ€™t, it didn’t",
    })
    void repairsUtf8ReadAsWindows1252(String broken, String repaired) {
        assertThat(Mojibake.repair(broken)).isEqualTo(repaired);
    }

    @ParameterizedTest
    @ValueSource(strings = {"naïve café", "Ærøskøbing", "Ã alone", "°C and ±5", "plain ascii", "🦊 already fine",
            "ÃA", "â€", "trailing Ã"})
    void keepsTextThatIsNotUnambiguouslyDoubleEncoded(String text) {
        assertThat(Mojibake.repair(text)).isSameAs(text);
    }

    @Test
    void byteOrderMarkInTextIsIgnoredButCountsForColumns() {
        String markdown = "\uFEFF# With BOM\n- [ ] First\n";

        Guide guide = importer.read(markdown, ItemMode.AUTO);

        assertThat(guide.title()).isEqualTo("With BOM");
        assertThat(guide.items()).extracting(GuideItem::text).containsExactly("First");
        assertThat(Guides.markAt(markdown, guide.items().get(0).checkbox().orElseThrow())).isEqualTo(' ');
    }

    @Test
    void oddCharactersDoNotBreakTheImport() {
        String markdown = "# \u0000Nul\u0007 and \uFFFD\n\n- [ ] \u202Eright-to-left\u202C\n- [x] \uD83D lone surrogate\n"
                + "\t- [ ] tab-indented\n\u00A0\n| a |\n|---|\n| \u200B |\n";

        Guide guide = importer.read(markdown, ItemMode.AUTO);

        assertThat(guide.items()).hasSize(3);
        assertThat(guide.items().get(0).text()).isEqualTo("\u202Eright-to-left\u202C");
    }

    @Test
    void manyRepairedLinesAreSummarisedInOneWarning() {
        String markdown = "- [ ] CafÃ©\n".repeat(12);

        Guide guide = importer.read(markdown, ItemMode.AUTO);

        assertThat(guide.items()).extracting(GuideItem::text).containsOnly("Café");
        assertThat(guide.warnings()).singleElement().extracting(GuideWarning::line, GuideWarning::message)
                .containsExactly(1, "repaired double-encoded characters (UTF-8 read as Windows-1252, such as 'Ã©' "
                        + "for 'é') on 12 lines: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …");
    }
}
