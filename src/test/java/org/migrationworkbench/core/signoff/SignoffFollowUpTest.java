package org.migrationworkbench.core.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.Workspace;

class SignoffFollowUpTest {
    private static final Signer ADA = new Signer("Ada", "ada@example.org");
    private static final Signer BOB = new Signer("Bob", "bob@example.org");

    @TempDir
    Path root;
    LedgerFixture fixture;
    EvidenceFixture evidence = new EvidenceFixture();
    Workspace ws;
    List<SignoffRecord> followed = new ArrayList<>();
    SignoffService service;

    @BeforeEach
    void open() {
        fixture = new LedgerFixture(root);
        ws = EvidenceFixture.workspace(root);
        service = new SignoffService(fixture.ledger, Clock.systemUTC(), (workspace, gate, approval) -> {
            assertThat(gate).isEqualTo(approval.gate());
            followed.add(approval);
        });
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void onlyTheApprovalThatCompletesTheGateIsFollowedUp() {
        service.sign(ws, "p1", "Technical Lead", ADA, Decision.APPROVE, "", evidence);
        service.sign(ws, "p2", "Technical Lead", ADA, Decision.APPROVE, "", evidence);
        assertThat(followed).isEmpty();

        SignoffRecord completing = service.sign(ws, "p1", "Product Owner", BOB, Decision.APPROVE, "", evidence);

        assertThat(followed).containsExactly(completing);
    }

    @Test
    void aRejectIsNotFollowedUpButApprovingAgainAfterItIs() {
        service.sign(ws, "p1", "Technical Lead", ADA, Decision.APPROVE, "", evidence);
        service.sign(ws, "p1", "Product Owner", BOB, Decision.REJECT, "no rollback plan", evidence);
        assertThat(followed).isEmpty();

        SignoffRecord again = service.sign(ws, "p1", "Product Owner", BOB, Decision.APPROVE, "plan added", evidence);

        assertThat(followed).containsExactly(again);
    }

    @Test
    void anotherApprovalOfAnAlreadySignedOffGateIsNotFollowedUpAgain() {
        service.sign(ws, "p1", "Technical Lead", ADA, Decision.APPROVE, "", evidence);
        service.sign(ws, "p1", "Product Owner", BOB, Decision.APPROVE, "", evidence);

        service.sign(ws, "p1", "Product Owner", new Signer("Cy", ""), Decision.APPROVE, "me too", evidence);

        assertThat(followed).hasSize(1);
    }

    @Test
    void approvalsOfChangedEvidenceDoNotCountTowardsCompletion() {
        service.sign(ws, "p1", "Technical Lead", ADA, Decision.APPROVE, "", evidence);
        evidence.items.get("c1").put("backup", "done");

        service.sign(ws, "p1", "Product Owner", BOB, Decision.APPROVE, "", evidence);

        assertThat(followed).isEmpty();
    }

    @Test
    void aFailingFollowUpKeepsTheSignoffAndSaysItWasRecorded() {
        SignoffService failing = new SignoffService(fixture.ledger, Clock.systemUTC(), (workspace, gate, approval) -> {
            throw new WorkbenchException("disk full");
        });
        failing.sign(ws, "p1", "Technical Lead", ADA, Decision.APPROVE, "", evidence);

        assertThatThrownBy(() -> failing.sign(ws, "p1", "Product Owner", BOB, Decision.APPROVE, "", evidence))
                .isInstanceOfSatisfying(SignoffFollowUpException.class, e -> {
                    assertThat(e.record().role()).isEqualTo("Product Owner");
                    assertThat(fixture.ledger.records()).last().isEqualTo(e.record());
                })
                .hasMessageContaining("gate p1 as Product Owner was recorded (record 2)")
                .hasMessageContaining("disk full");
        assertThat(fixture.ledger.records()).hasSize(2);
    }
}
