package org.migrationworkbench.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationworkbench.core.timeline.Phases.phase;
import static org.migrationworkbench.core.timeline.Phases.unscheduled;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CriticalPathTest {
    @Test
    void aChainIsCriticalFromEndToEnd() {
        CriticalPath path = CriticalPath.of(Schedule.of(List.of(phase("c", 6, 9, "b"), phase("a", 0, 2),
                phase("b", 3, 5, "a"))));

        assertThat(path.path()).containsExactly("a", "b", "c");
        assertThat(path.slackDays()).containsExactly(entry("a", 0L), entry("b", 0L), entry("c", 0L));
    }

    @Test
    void theLongerBranchOfADiamondIsCriticalAndTheShorterHasSlack() {
        CriticalPath path = CriticalPath.of(Schedule.of(List.of(phase("a", 0, 2), phase("short", 3, 4, "a"),
                phase("long", 3, 9, "a"), phase("d", 10, 12, "short", "long"))));

        assertThat(path.path()).containsExactly("a", "long", "d");
        assertThat(path.slack("short")).contains(5L);
        assertThat(path.isCritical("short")).isFalse();
        assertThat(path.isCritical("long")).isTrue();
        assertThat(path.slack("a")).contains(0L);
    }

    @Test
    void equalBranchesAreBothCriticalAndThePathTakesTheFirstDeclared() {
        CriticalPath path = CriticalPath.of(Schedule.of(List.of(phase("a", 0, 2), phase("left", 3, 5, "a"),
                phase("right", 3, 5, "a"), phase("d", 6, 7, "right", "left"))));

        assertThat(path.path()).containsExactly("a", "left", "d");
        assertThat(path.isCritical("right")).isTrue();
    }

    @Test
    void aGapBeforeADependantIsSlack() {
        CriticalPath path = CriticalPath.of(Schedule.of(List.of(phase("a", 0, 2), phase("b", 6, 9, "a"),
                phase("side", 0, 4))));

        assertThat(path.slack("a")).contains(3L);
        assertThat(path.slack("side")).contains(5L);
        assertThat(path.path()).containsExactly("b");
    }

    @Test
    void anOverlappingDependantGivesNegativeSlack() {
        CriticalPath path = CriticalPath.of(Schedule.of(List.of(phase("a", 0, 5), phase("b", 3, 9, "a"))));

        assertThat(path.slack("a")).contains(-3L);
        assertThat(path.path()).containsExactly("a", "b");
    }

    @Test
    void theLastEndingPhaseWithTheLongerChainEndsThePath() {
        CriticalPath path = CriticalPath.of(Schedule.of(List.of(phase("solo", 5, 9), phase("a", 0, 4),
                phase("b", 5, 9, "a"))));

        assertThat(path.path()).containsExactly("a", "b");
        assertThat(path.isCritical("solo")).isTrue();
    }

    @Test
    void unscheduledPhasesHaveNoSlack() {
        CriticalPath path = CriticalPath.of(Schedule.of(List.of(unscheduled("u"), phase("a", 0, 1, "u"))));

        assertThat(path.slack("u")).isEmpty();
        assertThat(path.isCritical("u")).isFalse();
        assertThat(path.path()).containsExactly("a");
        assertThat(CriticalPath.of(Schedule.of(List.of(unscheduled("u")))).path()).isEmpty();
    }

    private static Map.Entry<String, Long> entry(String id, long days) {
        return Map.entry(id, days);
    }
}
