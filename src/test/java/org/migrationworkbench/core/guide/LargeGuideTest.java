package org.migrationworkbench.core.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A 2 MB guide of 20,000 items imports completely. */
class LargeGuideTest {

    @Test
    void twentyThousandItemGuideImportsEveryItem() {
        String markdown = GeneratedGuide.markdown();

        Guide guide = new GuideImporter().read(markdown, ItemMode.AUTO);

        assertThat(markdown.getBytes(StandardCharsets.UTF_8).length).isBetween(1_900_000, 2_300_000);
        assertThat(guide.items()).hasSize(GeneratedGuide.ITEMS);
        assertThat(guide.sections().get(0).children()).hasSize(GeneratedGuide.SECTIONS)
                .allSatisfy(section -> assertThat(section.items()).hasSize(GeneratedGuide.ITEMS_PER_SECTION * 3 / 4));
        assertThat(guide.items()).filteredOn(GuideItem::checked).hasSize(GeneratedGuide.ITEMS / 3);
        assertThat(guide.phases()).hasSize(GeneratedGuide.SECTIONS);
        assertThat(guide.phases().get(99).dependsOn()).containsExactly(99);
        assertThat(guide.codeRefs()).hasSize(GeneratedGuide.ITEMS);
        assertThat(guide.choices()).hasSize(1);
        assertThat(guide.warnings()).isEmpty();
        GuideItem last = guide.items().get(guide.items().size() - 1);
        assertThat(Guides.markAt(markdown, last.checkbox().orElseThrow())).isIn(' ', 'x');
    }
}
