package org.migrationworkbench.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.migrationworkbench.core.signoff.GateStatus;
import org.migrationworkbench.core.signoff.GateStatus.ChecklistCheck;
import org.migrationworkbench.core.signoff.GateStatus.RuleCheck;

class GateStateTest {
    @Test
    void progressCountsFinishedItemsOverAllGateChecklists() {
        GateStatus status = new GateStatus("p1", List.of(new ChecklistCheck("x", 3, List.of("i1")),
                new ChecklistCheck("y", 1, List.of())), List.of(new RuleCheck("r", Optional.of("pass"), false)),
                List.of(), List.of());

        GateState state = GateState.of(status, true);

        assertThat(state).isEqualTo(new GateState(true, false, true, 0.75));
    }

    @Test
    void aGateWithoutRequirementsDoesNotExistAndIsNotMet() {
        GateState state = GateState.of(new GateStatus("p1", List.of(), List.of(), List.of(), List.of()), false);

        assertThat(state).isEqualTo(GateState.NONE);
    }

    @Test
    void anOpenGateIsMet() {
        GateStatus status = new GateStatus("p1", List.of(new ChecklistCheck("x", 2, List.of())), List.of(),
                List.of(), List.of());

        assertThat(GateState.of(status, false).allMet()).isTrue();
    }

    @Test
    void progressOutsideZeroToOneIsRejected() {
        assertThatThrownBy(() -> new GateState(true, false, false, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
