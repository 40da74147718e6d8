package org.migrationworkbench.core.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.SignoffPolicy;
import org.migrationworkbench.core.model.Workspace;

class GateCheckTest {
    static final Signer ADA = new Signer("Ada", "ada@example.org");
    static final Signer BOB = new Signer("Bob", "bob@example.org");
    static final Signer CY = new Signer("Cy", "cy@example.org");

    @TempDir
    Path root;
    LedgerFixture fixture;
    SignoffService service;
    EvidenceFixture evidence = new EvidenceFixture();
    Workspace ws;

    @BeforeEach
    void open() {
        fixture = new LedgerFixture(root);
        service = new SignoffService(fixture.ledger, Clock.systemUTC());
        ws = EvidenceFixture.workspace(root);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private GateStatus check(String phase) {
        return GateCheck.of(ws, phase, evidence, fixture.ledger);
    }

    private void approveBoth(String phase) {
        service.sign(ws, phase, "Technical Lead", ADA, Decision.APPROVE, "", evidence);
        service.sign(ws, phase, "Product Owner", BOB, Decision.APPROVE, "", evidence);
    }

    @Test
    void aGateIsOpenWhenEveryRequirementIsMet() {
        evidence.items.get("c1").put("backup", "na");
        approveBoth("p1");

        GateStatus status = check("p1");

        assertThat(status.open()).isTrue();
        assertThat(status.missing()).isEmpty();
        assertThat(status.requirements().map(GateStatus.Requirement::describe)).containsExactly(
                "checklist c1: all 2 items done or n/a", "rule r1: pass",
                "role Technical Lead: 1 of 1 approval (Ada)", "role Product Owner: 1 of 1 approval (Bob)");
    }

    @Test
    void openItemsFailingRulesAndMissingApprovalsAreListed() {
        evidence.items.get("c1").put("extra", "blocked");
        evidence.rules.put("r1", new EvidenceSource.RuleEvidence("fail", "d", false));
        service.sign(ws, "p1", "Technical Lead", ADA, Decision.APPROVE, "", evidence);

        GateStatus status = check("p1");

        assertThat(status.open()).isFalse();
        assertThat(status.checklists().get(0).openItems()).containsExactlyInAnyOrder("backup", "extra");
        assertThat(status.missing()).containsExactly("checklist c1: 2 items open", "rule r1: fail",
                "role Product Owner: no approval");
    }

    @Test
    void aWaivedFailurePassesAndARuleOrComparisonNeverRunDoesNot() {
        evidence.rules.put("r1", new EvidenceSource.RuleEvidence("fail", "d", true));
        evidence.comparisons.clear();

        assertThat(check("p1").rules().get(0).met()).isTrue();
        assertThat(check("p1").rules().get(0).describe()).isEqualTo("rule r1: fail (waived)");
        evidence.rules.clear();
        assertThat(check("p1").missing()).contains("rule r1: not run");
        assertThat(check("p2").missing()).contains("comparison cmp: not run");
        evidence.comparisons.put("cmp", new EvidenceSource.ComparisonEvidence("d2", false));
        assertThat(check("p2").missing()).contains("comparison cmp: differences");
    }

    @Test
    void anApprovalGoesStaleWhenTheEvidenceChangesAndSaysWhat() {
        evidence.items.get("c1").put("backup", "done");
        approveBoth("p1");
        assertThat(check("p1").open()).isTrue();

        evidence.items.get("c1").put("backup", "open");

        GateStatus status = check("p1");
        assertThat(status.open()).isFalse();
        assertThat(status.missing()).contains("role Product Owner: approval by Bob stale (changed since approval: "
                + "item c1/backup)");
        assertThat(status.signoffs().get(1).stale()).hasSize(1);
    }

    @Test
    void aRejectSupersedesEarlierApprovalsOfTheRoleButNotLaterOnes() {
        Workspace twoOwners = withPolicy(new SignoffPolicy(ws.signoff().roles(), true, Map.of("Product Owner", 2)));
        ws = twoOwners;
        evidence.items.get("c1").put("backup", "done");
        service.sign(ws, "p1", "Technical Lead", ADA, Decision.APPROVE, "", evidence);
        service.sign(ws, "p1", "Product Owner", BOB, Decision.APPROVE, "", evidence);
        service.sign(ws, "p1", "Product Owner", CY, Decision.REJECT, "no rollback plan", evidence);

        GateStatus.RoleCheck owner = check("p1").signoffs().get(1);
        assertThat(owner.met()).isFalse();
        assertThat(owner.describe()).isEqualTo("role Product Owner: 0 of 2 approvals; approval by Bob superseded by "
                + "a reject; rejected by Cy (record 3: no rollback plan)");

        service.sign(ws, "p1", "Product Owner", BOB, Decision.APPROVE, "plan added", evidence);
        service.sign(ws, "p1", "Product Owner", CY, Decision.APPROVE, "ok now", evidence);
        assertThat(check("p1").open()).isTrue();
    }

    @Test
    void nOfMNeedsThatManyDifferentPeople() {
        ws = withPolicy(new SignoffPolicy(ws.signoff().roles(), true, Map.of("Technical Lead", 2)));
        evidence.items.get("c1").put("backup", "done");
        approveBoth("p1");
        service.sign(ws, "p1", "Technical Lead", ADA, Decision.APPROVE, "again", evidence);

        assertThat(check("p1").missing()).containsExactly("role Technical Lead: 1 of 2 approvals (Ada)");
        service.sign(ws, "p1", "Technical Lead", CY, Decision.APPROVE, "", evidence);
        assertThat(check("p1").open()).isTrue();
    }

    @Test
    void anUnknownPhaseIsBadInput() {
        assertThatThrownBy(() -> check("p9")).isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("Unknown phase 'p9'").hasMessageContaining("p1, p2, p3");
    }

    private Workspace withPolicy(SignoffPolicy policy) {
        return new Workspace(ws.name(), ws.description(), ws.root(), ws.manifest(), ws.target(), ws.mainBranch(),
                ws.start(), ws.phases(), ws.checklists(), ws.rules(), ws.comparisons(), ws.metrics(), policy);
    }
}
