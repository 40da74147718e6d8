package org.migrationworkbench.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationworkbench.core.workspace.Fixtures.at;
import static org.migrationworkbench.core.workspace.Fixtures.errorsOf;

import org.junit.jupiter.api.Test;

/** Ids are well formed and unique per list; gates and phase fields refer to ids that exist. */
class IdentifierAndReferenceTest {

    @Test
    void rejectsDuplicateIdsInEachList() {
        assertThat(errorsOf("duplicate-ids")).satisfiesExactly(
                at(6, 9, "phases[1].id", "duplicate phase id 'p1'"),
                at(11, 9, "checklists[1].id", "duplicate checklist id 'c1'"),
                at(17, 9, "rules[1].id", "duplicate rule id 'r1'"),
                at(24, 9, "comparisons[1].id", "duplicate comparison id 'cmp'"));
    }

    @Test
    void rejectsIdsOutsideTheAllowedForm() {
        String rule = "use letters, digits, '.', '_' and '-', starting with a letter or digit";
        assertThat(errorsOf("invalid-ids")).satisfiesExactly(
                at(6, 9, "phases[1].id", "invalid phase id '-p2': " + rule),
                at(9, 9, "checklists[0].id", "invalid checklist id 'check list'"),
                at(12, 9, "rules[0].id", "invalid rule id 'r/1'"),
                at(16, 9, "comparisons[0].id", "invalid comparison id 'é'"));
    }

    @Test
    void reportsUnknownGateReferencesOfEachKind() {
        assertThat(errorsOf("unknown-gate-references")).satisfiesExactly(
                at(7, 20, "phases[0].gates.checklists[0]", "unknown checklist 'inventory' (known: cutover)"),
                at(8, 15, "phases[0].gates.rules[0]", "unknown rule 'no-cron' (none declared)"),
                at(9, 21, "phases[0].gates.comparisons[0]", "unknown comparison 'totals' (none declared)"),
                at(10, 18, "phases[0].gates.signoffs[0]", "unknown sign-off role 'qa' (known: ops)"));
    }

    @Test
    void reportsUnknownPhaseInChecklistRuleComparisonAndMetric() {
        assertThat(errorsOf("unknown-phase-field")).satisfiesExactly(
                at(9, 12, "checklists[0].phase", "unknown phase 'p-one' (known: p1)"),
                at(14, 12, "rules[0].phase", "unknown phase 'p2' (known: p1)"),
                at(19, 12, "comparisons[0].phase", "unknown phase 'P1' (known: p1)"),
                at(23, 12, "metrics[0].phase", "unknown phase 'p-1' (known: p1)"));
    }
}
