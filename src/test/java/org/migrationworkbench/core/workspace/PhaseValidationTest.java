package org.migrationworkbench.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationworkbench.core.workspace.Fixtures.assertOneAt;
import static org.migrationworkbench.core.workspace.Fixtures.at;
import static org.migrationworkbench.core.workspace.Fixtures.errorsOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Phases: required and unknown fields, schedules, and the depends_on graph. */
class PhaseValidationTest {

    @Test
    void reportsUnknownFieldAtItsKeyWithTheKnownFields() {
        assertOneAt(errorsOf("unknown-field"), 8, 5, "phases[1].depend_on", "unknown field 'depend_on' (known: "
                + "depends_on, description, end, gates, id, owner, risk, start, title, weeks)");
    }

    @Test
    void keepsCheckingAnElementThatHasAnUnknownField() {
        assertThat(errorsOf("unknown-field")).satisfiesExactly(
                at(8, 5, "phases[1].depend_on", "unknown field 'depend_on'"),
                at(10, 10, "phases[1].end", "end 2025-03-07 is before start 2025-03-10"));
    }

    @Test
    void reportsEachMissingRequiredField() {
        assertThat(errorsOf("missing-fields")).satisfiesExactly(
                at(1, 1, "", "missing required field 'target'"),
                at(1, 1, "", "missing required field 'name'"),
                at(2, 5, "phases[0]", "missing required field 'id'"),
                at(3, 5, "phases[1]", "missing required field 'title'"));
    }

    @Test
    void requiresAtLeastOnePhase() {
        assertThat(errorsOf("no-phases")).singleElement()
                .satisfies(at(1, 1, "phases", "a workspace needs at least one phase under 'phases'"));
    }

    @Test
    void reportsUnknownDependencyAtItsEntryWithTheKnownPhases() {
        assertThat(errorsOf("unknown-dependency")).singleElement().satisfies(at(8, 32, "phases[1].depends_on[1]",
                "unknown phase 'p9' (known: p1-inventory, p2-sdk)"));
    }

    @Test
    void namesACycleOfTwoPhases() {
        assertThat(errorsOf("cycle-of-two")).singleElement()
                .satisfies(at(12, 18, "phases[2].depends_on[0]", "dependency cycle: p1 -> p3 -> p1"));
    }

    @Test
    void namesACycleOfThreePhases() {
        assertThat(errorsOf("cycle-of-three")).singleElement()
                .satisfies(at(12, 18, "phases[2].depends_on[0]", "dependency cycle: p1 -> p2 -> p3 -> p1"));
    }

    @Test
    void reportsPhaseThatDependsOnItself() {
        assertThat(errorsOf("self-dependency")).singleElement().satisfies(at(8, 22, "phases[1].depends_on[1]",
                "dependency cycle: p2 -> p2 (phase 'p2' depends on itself)"));
    }

    @Test
    void rejectsEndBeforeStart() {
        assertOneAt(schedules(), 7, 10, "phases[0].end", "end 2025-03-07 is before start 2025-03-10");
    }

    @Test
    void rejectsWeeksWithoutWorkspaceStart() {
        assertOneAt(schedules(), 10, 12, "phases[1].weeks", "'weeks' needs the workspace 'start' date");
    }

    @Test
    void rejectsWeeksInReverseOrder() {
        assertOneAt(schedules(), 13, 12, "phases[2].weeks", "weeks must satisfy 1 <= from <= to, got [3, 2]");
    }

    @Test
    void rejectsWeeksTogetherWithDates() {
        assertOneAt(schedules(), 16, 12, "phases[3].weeks", "give either 'weeks' or 'start'/'end', not both");
    }

    @Test
    void reportsOneProblemPerBadSchedule() {
        assertThat(schedules()).hasSize(4);
    }

    private static List<Problem> schedules() {
        return errorsOf("schedules");
    }
}
