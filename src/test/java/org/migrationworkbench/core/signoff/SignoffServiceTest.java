package org.migrationworkbench.core.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.SignoffPolicy;
import org.migrationworkbench.core.model.Workspace;

class SignoffServiceTest {
    static final Signer ADA = new Signer("Ada", "ada@example.org");

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

    @Test
    void aSignoffIsBoundToTheGatesEvidence() {
        SignoffRecord r = service.sign(ws, "p1", "Technical Lead", ADA, Decision.APPROVE, "", evidence);

        GateEvidence.Snapshot today = GateEvidence.of(ws, ws.phase("p1").orElseThrow(), evidence);
        assertThat(r.signoff().evidenceDigest()).isEqualTo(today.digest());
        assertThat(r.signoff().evidenceSnapshot()).isEqualTo(today.json());
        assertThat(fixture.ledger.records()).containsExactly(r);
    }

    @Test
    void aRoleNotRequiredAtTheGateIsRefusedWithTheRequiredRoles() {
        assertThatThrownBy(() -> service.sign(ws, "p1", "Janitor", ADA, Decision.APPROVE, "", evidence))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("'Janitor' is not required at gate p1")
                .hasMessageContaining("Technical Lead, Product Owner");
        assertThat(fixture.ledger.records()).isEmpty();
    }

    @Test
    void anUnknownGateIsRefused() {
        assertThatThrownBy(() -> service.sign(ws, "p9", "Technical Lead", ADA, Decision.APPROVE, "", evidence))
                .hasMessageContaining("Unknown gate 'p9'");
    }

    @Test
    void aRejectNeedsAComment() {
        assertThatThrownBy(() -> service.sign(ws, "p1", "Technical Lead", ADA, Decision.REJECT, " ", evidence))
                .hasMessageContaining("needs a comment");
    }

    @Test
    void separationOfDutiesStopsOnePersonApprovingTwoRolesOfOneGate() {
        service.sign(ws, "p1", "Technical Lead", ADA, Decision.APPROVE, "", evidence);
        Signer sameEmail = new Signer("Ada Lovelace", "ADA@example.org");

        assertThatThrownBy(() -> service.sign(ws, "p1", "Product Owner", sameEmail, Decision.APPROVE, "", evidence))
                .hasMessageContaining("Separation of duties").hasMessageContaining("as Technical Lead");
        service.sign(ws, "p2", "Product Owner", ADA, Decision.APPROVE, "", evidence);
        service.sign(ws, "p1", "Product Owner", new Signer("Bob", ""), Decision.APPROVE, "", evidence);
        assertThat(fixture.ledger.records()).hasSize(3);
    }

    @Test
    void aWithdrawnApprovalNoLongerBlocksTheOtherRole() {
        service.sign(ws, "p1", "Technical Lead", ADA, Decision.APPROVE, "", evidence);
        service.sign(ws, "p1", "Technical Lead", ADA, Decision.REJECT, "wrong role, withdrawn", evidence);

        service.sign(ws, "p1", "Product Owner", ADA, Decision.APPROVE, "", evidence);

        assertThat(fixture.ledger.records()).hasSize(3);
    }

    @Test
    void withoutSeparationOnePersonMaySignBothRoles() {
        Workspace lax = new Workspace(ws.name(), ws.description(), ws.root(), ws.manifest(), ws.target(),
                ws.mainBranch(), ws.start(), ws.phases(), ws.checklists(), ws.rules(), ws.comparisons(), ws.metrics(),
                new SignoffPolicy(ws.signoff().roles(), false, Map.of()));
        service.sign(lax, "p1", "Technical Lead", ADA, Decision.APPROVE, "", evidence);
        service.sign(lax, "p1", "Product Owner", ADA, Decision.APPROVE, "", evidence);

        assertThat(fixture.ledger.records()).hasSize(2);
    }

    @Test
    void withSeparateCompletionWhoeverMarkedAnItemDoneMayNotApproveItsGate() {
        Workspace strict = withPolicy(new SignoffPolicy(ws.signoff().roles(), true, Map.of(), true));
        evidence.actors.put("c1", Map.of("freeze", "ada"));

        assertThatThrownBy(() -> service.sign(strict, "p1", "Technical Lead", ADA, Decision.APPROVE, "", evidence))
                .isInstanceOf(WorkbenchException.class).hasMessageContaining("Separation of duties")
                .hasMessageContaining("Ada marked 1 item of checklist c1 done (freeze)")
                .hasMessageContaining("separate_completion");
        service.sign(strict, "p1", "Technical Lead", ADA, Decision.REJECT, "backup missing", evidence);
        service.sign(strict, "p2", "Technical Lead", ADA, Decision.APPROVE, "", evidence);
        service.sign(strict, "p1", "Technical Lead", new Signer("Bob", ""), Decision.APPROVE, "", evidence);
        service.sign(ws, "p1", "Product Owner", ADA, Decision.APPROVE, "", evidence);
        assertThat(fixture.ledger.records()).hasSize(4);
    }

    @Test
    void aCompletingActorIsMatchedByNameOrEmail() {
        assertThat(SignoffService.completedBy(ADA, "ADA")).isTrue();
        assertThat(SignoffService.completedBy(ADA, "ada@example.org")).isTrue();
        assertThat(SignoffService.completedBy(ADA, "Ada L <ada@example.org>")).isTrue();
        assertThat(SignoffService.completedBy(ADA, "bob")).isFalse();
        assertThat(SignoffService.completedBy(ADA, " ")).isFalse();
    }

    private Workspace withPolicy(SignoffPolicy policy) {
        return new Workspace(ws.name(), ws.description(), ws.root(), ws.manifest(), ws.target(), ws.mainBranch(),
                ws.start(), ws.phases(), ws.checklists(), ws.rules(), ws.comparisons(), ws.metrics(), policy);
    }

    @Test
    void theSignerComesFromTheRepositoysGitConfig(@TempDir Path repo) throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("user", null, "name", "Grace Hopper");
            config.setString("user", null, "email", "grace@example.org");
            config.save();
        }

        assertThat(SignerIdentity.of(repo)).isEqualTo(new Signer("Grace Hopper", "grace@example.org"));
        assertThat(SignerIdentity.of(root.resolve("not-a-repo")).name())
                .isEqualTo(System.getProperty("user.name"));
    }

    @Test
    void aSignerIsWrittenAsNameOrNameAndEmail() {
        assertThat(Signer.parse("Ada Lovelace <ada@example.org>"))
                .isEqualTo(new Signer("Ada Lovelace", "ada@example.org"));
        assertThat(Signer.parse(" Bob ")).isEqualTo(new Signer("Bob", ""));
        assertThatThrownBy(() -> Signer.parse(" ")).isInstanceOf(WorkbenchException.class);
        assertThat(List.of(ADA)).allMatch(s -> s.samePerson("ada", ""));
    }
}
