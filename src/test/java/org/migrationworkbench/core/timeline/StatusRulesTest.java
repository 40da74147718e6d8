package org.migrationworkbench.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationworkbench.core.timeline.Phases.day;
import static org.migrationworkbench.core.timeline.Phases.phase;
import static org.migrationworkbench.core.timeline.Phases.unscheduled;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.migrationworkbench.core.model.DateRange;

class StatusRulesTest {
    private static final Optional<DateRange> DAYS_10_TO_20 = Optional.of(new DateRange(day(10), day(20)));
    private static final GateState UNMET = new GateState(true, false, false, 0.5);
    private static final GateState MET = new GateState(true, true, false, 1);

    private final StatusRules rules = new StatusRules();

    @Test
    void aPhaseWithoutGateIsNotStartedBeforeItsFirstDayInProgressThroughItsLastAndDoneAfter() {
        assertThat(status(GateState.NONE, 9)).isEqualTo(PhaseStatus.NOT_STARTED);
        assertThat(status(GateState.NONE, 10)).isEqualTo(PhaseStatus.IN_PROGRESS);
        assertThat(status(GateState.NONE, 20)).isEqualTo(PhaseStatus.IN_PROGRESS);
        assertThat(status(GateState.NONE, 21)).isEqualTo(PhaseStatus.DONE);
    }

    @Test
    void anUnmetGateIsAtRiskFromThreeDaysBeforeTheEndAndAfterIt() {
        assertThat(status(UNMET, 16)).isEqualTo(PhaseStatus.IN_PROGRESS);
        assertThat(status(UNMET, 17)).isEqualTo(PhaseStatus.AT_RISK);
        assertThat(status(UNMET, 20)).isEqualTo(PhaseStatus.AT_RISK);
        assertThat(status(UNMET, 30)).isEqualTo(PhaseStatus.AT_RISK);
    }

    @Test
    void aMetGateIsDoneEvenBeforeTheEndOrTheStart() {
        assertThat(status(MET, 5)).isEqualTo(PhaseStatus.DONE);
        assertThat(status(MET, 30)).isEqualTo(PhaseStatus.DONE);
    }

    @Test
    void somethingBlockedWinsOverRiskAndProgressButNotOverDone() {
        GateState blocked = new GateState(true, false, true, 0.2);

        assertThat(status(blocked, 5)).isEqualTo(PhaseStatus.BLOCKED);
        assertThat(status(blocked, 30)).isEqualTo(PhaseStatus.BLOCKED);
        assertThat(status(new GateState(true, true, true, 1), 12)).isEqualTo(PhaseStatus.DONE);
    }

    @Test
    void theRiskWindowIsConfigurable() {
        assertThat(new StatusRules(0).status(DAYS_10_TO_20, UNMET, false, day(19)))
                .isEqualTo(PhaseStatus.IN_PROGRESS);
        assertThat(new StatusRules(0).status(DAYS_10_TO_20, UNMET, false, day(20)))
                .isEqualTo(PhaseStatus.AT_RISK);
    }

    @Test
    void aStartedPhaseWhoseDependencyIsNotDoneIsAtRisk() {
        Schedule schedule = Schedule.of(List.of(phase("a", 0, 9), phase("b", 10, 20, "a"), phase("c", 5, 30, "a")));
        Map<String, GateState> gates = Map.of("a", UNMET);

        assertThat(rules.statuses(schedule, gates, day(9))).containsExactly(Map.entry("a", PhaseStatus.AT_RISK),
                Map.entry("b", PhaseStatus.NOT_STARTED), Map.entry("c", PhaseStatus.AT_RISK));
        assertThat(rules.statuses(schedule, gates, day(10))).containsEntry("b", PhaseStatus.AT_RISK);
        assertThat(rules.statuses(schedule, Map.of("a", MET), day(10)))
                .containsEntry("b", PhaseStatus.IN_PROGRESS).containsEntry("c", PhaseStatus.IN_PROGRESS);
    }

    @Test
    void anUnscheduledPhaseIsNotStartedUntilItsGateIsMetOrBlocked() {
        Schedule schedule = Schedule.of(List.of(unscheduled("u"), unscheduled("v"), unscheduled("w")));

        assertThat(rules.statuses(schedule, Map.of("v", MET, "w", new GateState(true, false, true, 0)), day(0)))
                .containsExactly(Map.entry("u", PhaseStatus.NOT_STARTED), Map.entry("v", PhaseStatus.DONE),
                        Map.entry("w", PhaseStatus.BLOCKED));
    }

    private PhaseStatus status(GateState gate, int today) {
        return rules.status(DAYS_10_TO_20, gate, false, day(today));
    }
}
