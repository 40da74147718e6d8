package org.migrationworkbench.core.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationworkbench.core.model.Risk;
import org.migrationworkbench.core.model.WeekRange;

/** Phases from headings and timeline tables, merged by number, with dependencies and risk from lines under them. */
class PhaseHintTest {

    @Test
    void headingAndTimelinePhasesMergeByNumber() {
        Guide guide = Guides.read("timeline.md");

        assertThat(guide.phases()).containsExactly(
                new PhaseHint(Optional.of(1), "Discovery", weeks(1, 1), List.of(), Optional.empty(),
                        Optional.of("Inventory of services"), 7),
                new PhaseHint(Optional.of(2), "Services", weeks(2, 3), List.of(1), Optional.of(Risk.HIGH),
                        Optional.of("Services ported"), 12),
                new PhaseHint(Optional.of(3), "Data Models", weeks(4, 4), List.of(1, 2), Optional.of(Risk.MEDIUM),
                        Optional.of("Data models migrated"), 19),
                new PhaseHint(Optional.of(11), "Decommission", Optional.empty(), List.of(10), Optional.empty(),
                        Optional.empty(), 31),
                new PhaseHint(Optional.empty(), "Hardening", weeks(5, 5), List.of(), Optional.empty(),
                        Optional.of("Load test report"), 10));
        assertThat(guide.warnings()).isEmpty();
    }

    @Test
    void phaseHeadingsStaySectionsWithTheirItems() {
        Guide guide = Guides.read("timeline.md");

        assertThat(Guides.itemTexts(guide, "Platform Migration", "Phase 3: Data Models (Week 4)", "Schema changes"))
                .containsExactly("Migrate the orders table");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Week 3     | 3 | 3",
            "3          | 3 | 3",
            "2-3        | 2 | 3",
            "Weeks 2–3  | 2 | 3",
            "weeks 2 to 4 | 2 | 4",
            "Week 1 - Week 2 | 1 | 2",
    })
    void weekRangesAreReadInTheirUsualForms(String text, int from, int to) {
        assertThat(PhaseLines.weeks(text)).contains(new WeekRange(from, to));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "0", "3-2", "Q3"})
    void otherWeekTextsAreNoWeekRange(String text) {
        assertThat(PhaseLines.weeks(text)).isEmpty();
    }

    @Test
    void invalidWeeksInAPhaseHeadingGiveAWarning() {
        Guide guide = new GuideImporter().read("## Phase 4: Rollout (Weeks 6-5)\n", ItemMode.AUTO);

        assertThat(guide.phases()).singleElement().satisfies(phase -> {
            assertThat(phase.number()).contains(4);
            assertThat(phase.title()).isEqualTo("Rollout");
            assertThat(phase.weeks()).isEmpty();
        });
        assertThat(guide.warnings()).containsExactly(new GuideWarning(1, "'Weeks 6-5' is not a week range such as "
                + "'Week 3' or 'Weeks 2-3'; phase 4 read without weeks"));
    }

    @Test
    void riskAndDependencyLinesOutsidePhasesAreIgnored() {
        Guide guide = new GuideImporter().read("# Plan\n\nRisk Level: HIGH\nDependencies: Phase 1\n", ItemMode.AUTO);

        assertThat(guide.phases()).isEmpty();
    }

    private static Optional<WeekRange> weeks(int from, int to) {
        return Optional.of(new WeekRange(from, to));
    }
}
