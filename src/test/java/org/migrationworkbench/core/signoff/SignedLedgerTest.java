package org.migrationworkbench.core.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.model.SignoffPolicy;
import org.migrationworkbench.core.signoff.ChainProblem.Kind;

/** Approvals signed with their signer's key: forgery is caught even by someone who may write every file. */
class SignedLedgerTest {
    @TempDir
    Path workspace;
    @TempDir
    Path keys;
    LedgerFixture fixture;
    SigningKey alice;
    SigningKey mallory;
    SignoffPolicy policy;

    @BeforeEach
    void openLedger() {
        fixture = new LedgerFixture(workspace);
        alice = SigningKey.loadOrCreate(keys.resolve("alice"));
        mallory = SigningKey.loadOrCreate(keys.resolve("mallory"));
        policy = LedgerTamperTest.signers("Lead", List.of(alice.publicKey()));
        for (int i = 1; i <= 3; i++) {
            fixture.ledger.append(LedgerFixture.signoff("p1", "Lead", "Alice", i), Optional.of(alice), policy);
        }
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void recordsSignedByAnAllowedKeyVerify() {
        assertThat(new ChainVerifier().verify(fixture.ledger, policy, Optional.empty()).intact()).isTrue();
        assertThat(fixture.ledger.records()).allSatisfy(r -> assertThat(r.seal()).isPresent());
    }

    @Test
    void aKeyIsKeptPrivateAndLoadsBackTheSame() throws Exception {
        SigningKey again = SigningKey.loadOrCreate(keys.resolve("alice"));

        assertThat(again.publicKey()).isEqualTo(alice.publicKey());
        assertThat(again.created()).isFalse();
        assertThat(alice.created()).isTrue();
        assertThat(SigningKey.isPublicKey(alice.publicKey())).isTrue();
        assertThat(SigningKey.isPublicKey("ed25519:AAAA")).isFalse();
        if (Files.getFileStore(keys).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(keys.resolve("alice")))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
    }

    @Test
    void aRecordForgedWithEveryFileRewrittenIsCaughtByItsMissingSignature() throws Exception {
        forgeLastAs(Optional.empty());

        assertThat(new ChainVerifier().verify(fixture.ledger, policy, Optional.empty()).problems())
                .extracting(ChainProblem::seq, ChainProblem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, Kind.SIGNATURE));
    }

    @Test
    void aRecordSignedByAKeyNotAllowedForItsRoleIsCaught() throws Exception {
        forgeLastAs(Optional.of(mallory));

        assertThat(new ChainVerifier().verify(fixture.ledger, policy, Optional.empty()).problems())
                .singleElement().satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(Kind.SIGNATURE);
                    assertThat(p.message()).contains("does not allow");
                });
    }

    @Test
    void aSignatureCopiedFromAnotherRecordDoesNotVerify() throws Exception {
        SignoffRecord first = fixture.ledger.records().get(0);
        fixture.tamper("UPDATE signoff SET signature = '" + first.seal().orElseThrow().signature()
                + "' WHERE seq = 2");

        assertThat(new ChainVerifier().verify(fixture.ledger, policy, Optional.empty()).problems())
                .extracting(ChainProblem::seq, ChainProblem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, Kind.SIGNATURE));
    }

    @Test
    void unsignedRecordsAreAcceptedWhereTheWorkspaceListsNoSigners() {
        fixture.ledger.append(LedgerFixture.signoff("p1", "Owner", "Bob", 4));

        assertThat(new ChainVerifier().verify(fixture.ledger, policy, Optional.empty()).intact()).isTrue();
    }

    /** Replaces the newest record by Mallory's, recomputing the chain, rewriting the head and the witness. */
    private void forgeLastAs(Optional<SigningKey> key) throws Exception {
        SignoffRecord second = fixture.ledger.records().get(1);
        Signoff forged = LedgerFixture.signoff("p1", "Lead", "Mallory", 3);
        String hash = ChainHash.next(second.chainHash(), forged);
        fixture.tamper("DELETE FROM signoff WHERE seq = 3",
                ChainVerifierTest.insert(3, forged, second.chainHash(), hash));
        key.ifPresent(k -> {
            Seal seal = k.seal(3, hash);
            try {
                fixture.tamper("UPDATE signoff SET signer_key = '" + seal.publicKey() + "', signature = '"
                        + seal.signature() + "' WHERE seq = 3");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Files.writeString(fixture.ledger.headFile(), "3 " + hash + "\n");
        fixture.ledger.witness().reset(Optional.of(new ChainHead(3, hash)));
    }
}
