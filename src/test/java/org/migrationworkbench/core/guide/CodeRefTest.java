package org.migrationworkbench.core.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** START:END:path references in fence info strings and inline code. */
class CodeRefTest {

    @Test
    void referencesInFenceInfoAndInlineCodeAreFoundWithTheirLines() {
        Guide guide = Guides.read("code-refs.md");

        assertThat(guide.codeRefs()).containsExactly(new CodeRef(12, 40, "app/scoring.py", 5),
                new CodeRef(41, 58, "app/summary.py", 10));
        assertThat(guide.codeRefs().get(0).spec()).isEqualTo("12:40:app/scoring.py");
        assertThat(guide.sections().get(0).code()).singleElement()
                .satisfies(code -> assertThat(code.info()).isEqualTo("12:40:app/scoring.py"));
    }

    @Test
    void referencesWithLinesOutOfOrderOrZeroAreWarnedAboutAndLeftOut() {
        Guide guide = Guides.read("code-refs.md");

        assertThat(guide.warnings()).containsExactly(
                new GuideWarning(11, "code reference '7:3:app/broken.py' needs 1 <= START <= END (START:END:path); "
                        + "ignored"),
                new GuideWarning(12, "code reference '0:5:app/zero.py' needs 1 <= START <= END (START:END:path); "
                        + "ignored"));
    }
}
